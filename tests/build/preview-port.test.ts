/**
 * `npm run preview` (scripts/preview.ts, also the serving half of `npm start`) never serves silently on
 * another port than the one asked for: with the port taken it fails, naming the port and how to choose
 * another; a PORT that is no port number is refused; on a free port the last line it prints is the address
 * it actually serves, and that address answers.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { afterAll, describe, expect, inject, it } from 'vitest';

/** A server holding a free port on 127.0.0.1, and that port. */
function occupy(): Promise<{ server: Server; port: number }> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen({ host: '127.0.0.1', port: 0 }, () => {
      const address = server.address();
      resolve({ server, port: typeof address === 'object' && address ? address.port : 0 });
    });
  });
}

const npmPreview = (env: Record<string, string>) =>
  spawnSync('npm', ['run', '--silent', 'preview'], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 120_000 });

describe('npm run preview and its port', () => {
  it('fails with exit 1 when the port is taken, naming the port and how to choose another', async () => {
    const { server, port } = await occupy();
    try {
      const run = npmPreview({ PORT: String(port) });
      expect(run.stderr).toBe(
        `preview: port ${port} on 127.0.0.1 is already in use (another server, perhaps an earlier npm start, is listening there). Stop that server, or choose another port: PORT=4400 npm start (or PORT=4400 npm run preview).\n`,
      );
      expect(run.stdout).toBe('');
      expect(run.status).toBe(1);
    } finally {
      server.close();
    }
  });

  it('refuses a PORT that is not a port number, with exit 2', () => {
    const run = npmPreview({ PORT: '43210x' });
    expect(run.stderr).toBe(
      'preview: PORT "43210x" is not a port number (a whole number from 1 to 65535), for example: PORT=4400 npm start\n',
    );
    expect(run.status).toBe(2);
  });

  let child: ChildProcess | null = null;
  afterAll(() => {
    if (child?.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
  });

  it('on a free port, prints the address it serves as its last line, and serves the build there', async () => {
    const { server, port } = await occupy();
    await new Promise((resolve) => server.close(resolve)); // now free
    const proc = spawn('npm', ['run', '--silent', 'preview'], {
      env: { ...process.env, PORT: String(port), OUT_DIR: inject('dist') },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = proc;
    const line = await new Promise<string>((resolve, reject) => {
      let out = '';
      proc.stdout?.on('data', (chunk: Buffer) => {
        out += chunk.toString('utf8');
        const last = out.split('\n').find((l) => l.startsWith('Serving '));
        if (last !== undefined) resolve(last);
      });
      proc.once('exit', (code) => reject(new Error(`preview exited with ${code} before serving:\n${out}`)));
    });
    expect(line).toBe(`Serving the last build at http://127.0.0.1:${port}/ (Ctrl-C to stop)`);
    const response = await fetch(`http://127.0.0.1:${port}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<html');
  });
});
