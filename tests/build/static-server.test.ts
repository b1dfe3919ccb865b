/**
 * The static server's `compress` option (scripts/lib/static-server.ts), which `npm run bench:lcp` uses to serve
 * both sites as a compressing host would: text gzipped when the request accepts gzip, other files and requests
 * as built, and nothing compressed without the option.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, serveStatic } from '../../scripts/lib/static-server.ts';

const HTML = `<!doctype html><title>t</title>${'<p>a repeated paragraph</p>'.repeat(200)}`;
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

let dir: string;
let plain: RunningServer;
let compressing: RunningServer;

/** GET `path` with the given Accept-Encoding; the status, Content-Encoding and raw body bytes. */
function get(
  server: RunningServer,
  path: string,
  acceptEncoding?: string,
): Promise<{ status: number; encoding: string | undefined; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, server.url), { headers: acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'codex-claims-static-server-'));
  mkdirSync(join(dir, 'a'));
  writeFileSync(join(dir, 'a', 'index.html'), HTML);
  writeFileSync(join(dir, 'image.png'), PNG);
  writeFileSync(join(dir, '404.html'), '<!doctype html><title>Not found</title>');
  plain = await serveStatic(dir);
  compressing = await serveStatic(dir, { compress: true });
});

afterAll(async () => {
  await plain?.close();
  await compressing?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('static server compression', () => {
  it('gzips a page for a client that accepts gzip, and the body unzips to the file', async () => {
    const res = await get(compressing, '/a/', 'gzip, deflate, br');
    expect(res.status).toBe(200);
    expect(res.encoding).toBe('gzip');
    expect(res.body.length).toBeLessThan(Buffer.byteLength(HTML) / 4);
    expect(gunzipSync(res.body).toString('utf8')).toBe(HTML);
  });

  it('sends the file as built to a client that does not accept gzip, and an image as it is', async () => {
    const noGzip = await get(compressing, '/a/');
    expect(noGzip.encoding).toBeUndefined();
    expect(noGzip.body.toString('utf8')).toBe(HTML);
    const image = await get(compressing, '/image.png', 'gzip');
    expect(image.encoding).toBeUndefined();
    expect(image.body.equals(PNG)).toBe(true);
  });

  it('compresses nothing without the option', async () => {
    const res = await get(plain, '/a/', 'gzip');
    expect(res.encoding).toBeUndefined();
    expect(res.body.toString('utf8')).toBe(HTML);
  });
});
