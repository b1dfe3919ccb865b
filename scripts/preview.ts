/**
 * npm run preview (and the serving half of npm start): serves the last build at http://127.0.0.1:<PORT>/,
 * PORT defaulting to 4321. Astro's own preview moves to the next free port when the port is taken, so the
 * address the README promises would silently be wrong; this wrapper refuses instead: it fails with a message
 * naming the port and how to choose another (exit 1), and Vite's strictPort covers a server that takes the
 * port between the check and the start. When it serves, the last line it prints is the actual address.
 * Exit 2 on a PORT that is not a port number.
 */
import { createServer } from 'node:net';
import { preview } from 'astro';

const HOST = '127.0.0.1';
const DEFAULT_PORT = 4321;

/** Stops with a message. */
function fail(code: 1 | 2, message: string): never {
  console.error(`preview: ${message}`);
  process.exit(code);
}

const given = process.env.PORT;
const port = given === undefined || given === '' ? DEFAULT_PORT : Number(given);
if (!Number.isInteger(port) || port < 1 || port > 65535)
  fail(2, `PORT "${given}" is not a port number (a whole number from 1 to 65535), for example: PORT=4400 npm start`);

const portTaken = (p: number): string =>
  `port ${p} on ${HOST} is already in use (another server, perhaps an earlier npm start, is listening there). Stop that server, or choose another port: PORT=${p === 4400 ? 4401 : 4400} npm start (or PORT=${p === 4400 ? 4401 : 4400} npm run preview).`;

/** Whether something already listens on HOST:port (a listen attempt that is closed at once). */
function inUse(p: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => (error.code === 'EADDRINUSE' ? resolve(true) : reject(error)));
    probe.listen({ host: HOST, port: p, exclusive: true }, () => probe.close(() => resolve(false)));
  });
}

try {
  if (await inUse(port)) fail(1, portTaken(port));
} catch (error) {
  fail(1, `cannot listen on ${HOST}:${port}: ${error instanceof Error ? error.message : String(error)}.`);
}

let server: Awaited<ReturnType<typeof preview>>;
try {
  server = await preview({ server: { host: HOST, port }, vite: { preview: { strictPort: true } } });
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  if (/already in use|EADDRINUSE/.test(message)) fail(1, portTaken(port));
  fail(1, message);
}
console.log(`Serving the last build at http://${HOST}:${server.port}/ (Ctrl-C to stop)`);
