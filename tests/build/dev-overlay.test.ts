/**
 * `npm run dev` picks up content edits live and shows validation errors in the browser overlay.
 * Starts `astro dev` on a free port against a temp copy of the good fixture (CODEX_CLAIMS_CONTENT),
 * loads a source page in Chromium, then edits the copy's index.mdx: a new description appears on
 * reload; a broken quote turns the page into Astro's error overlay carrying the validator's teaching
 * message (file:line, claim id, "Quote not found in snapshot.txt."); restoring the quote brings the
 * page back. Snapshots are a collection too (src/loaders/snapshots.ts): replacing snapshot.txt with bytes
 * that no longer contain a quote turns the page into the overlay (the sha256 no longer matches), and
 * restoring the bytes brings the page back, with no restart.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/browser.ts';

const GOOD = 'tests/fixtures/content/good';
const INDEX = 'sources/dev-blog-week-with-codex/index.mdx';
const SNAPSHOT = 'sources/dev-blog-week-with-codex/snapshot.txt';

let dir = '';
let server: ChildProcess | undefined;
let log = '';
let browser: Browser | undefined;
let page: Page;
let base = '';
let original = '';
let snapshot: Buffer;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * The environment without Vitest's markers: Astro's dev server skips its request handler when VITEST is
 * set (astro/dist/vite-plugin-astro-server/plugin.js), and NODE_ENV=test would not be a dev server's mode.
 */
function devEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key.startsWith('VITEST') || ['TEST', 'MODE', 'NODE_ENV'].includes(key)) delete env[key];
  return env;
}

/** Polls until `check` returns a value, or fails with the dev server's log after `ms`. */
async function until<T>(what: string, check: () => Promise<T | null>, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  let last: unknown = null;
  while (Date.now() < end) {
    if (server && server.exitCode !== null) break; // the dev server died: no point waiting
    try {
      const value = await check();
      if (value !== null) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(
    `${server?.exitCode != null ? `The dev server exited (code ${server.exitCode})` : 'Timed out'} waiting for ${what} at ${base}. Last error: ${String(last)} (${String((last as { cause?: unknown } | null)?.cause ?? 'no cause')})\nDev server log:\n${log.slice(-4000)}`,
  );
}

/** What the page shows after a fresh load: the error overlay's message, or the page's h1. */
async function load(): Promise<{ overlay: string | null; h1: string | null; lede: string | null }> {
  const response = await page.goto(`${base}sources/dev-blog-week-with-codex/`, { waitUntil: 'load' });
  // Astro answers a page it cannot render with status 500 and its error page, to which Vite's client adds
  // the overlay (a custom element) after load: wait for it then, and only then.
  const overlay = page.locator('vite-error-overlay');
  if ((response?.status() ?? 200) >= 500) await overlay.waitFor({ state: 'attached', timeout: 10_000 });
  if ((await overlay.count()) > 0) {
    return { overlay: (await page.locator('vite-error-overlay #message-content').textContent()) ?? '', h1: null, lede: null };
  }
  const h1 = await page.locator('main h1, h1').first().textContent();
  const lede = await page
    .locator('.lede')
    .first()
    .textContent()
    .catch(() => null);
  return { overlay: null, h1: h1?.trim() ?? null, lede: lede?.trim() ?? null };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'codex-claims-dev-'));
  cpSync(GOOD, dir, { recursive: true });
  original = readFileSync(join(dir, INDEX), 'utf8');
  snapshot = readFileSync(join(dir, SNAPSHOT));
  const port = await freePort();
  base = `http://127.0.0.1:${port}/`;
  // The site's own config, with a private cache folder: the content store (data-store.json) of this dev
  // server must not replace the one that builds running at the same time read.
  const config = join(dir, 'astro.config.mjs');
  writeFileSync(
    config,
    `import site from ${JSON.stringify(resolve('astro.config.mjs'))};\nexport default { ...site, cacheDir: ${JSON.stringify(join(dir, '.astro-cache'))} };\n`,
  );
  server = spawn('npx', ['astro', 'dev', '--config', relative(process.cwd(), config), '--host', '127.0.0.1', '--port', String(port)], {
    cwd: process.cwd(),
    env: { ...devEnv(), CODEX_CLAIMS_CONTENT: dir, BASE_PATH: '/', ASTRO_TELEMETRY_DISABLED: '1' },
    detached: true, // its own process group, so afterAll stops astro and its children together
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (chunk: Buffer) => {
    log += chunk.toString();
  });
  server.stderr?.on('data', (chunk: Buffer) => {
    log += chunk.toString();
  });
  await until(
    'the dev server to serve the source page',
    async () => {
      const res = await fetch(`${base}sources/dev-blog-week-with-codex/`);
      return res.status === 200 ? true : null;
    },
    180_000,
  );
  browser = await launchChromium();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  if (server?.pid) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('npm run dev: live content edits and the error overlay', () => {
  it('renders the source page from the temp content', async () => {
    const shown = await load();
    expect(shown.overlay).toBeNull();
    expect(shown.h1).toBe('My week with GPT-5.3-Codex');
    expect(shown.lede).toBe('A made-up developer blog post used by the content tests.');
  });

  it('shows an edited description after a reload, without a restart', async () => {
    const edited = original.replace(
      'description: A made-up developer blog post used by the content tests.',
      'description: Edited live while the dev server runs.',
    );
    expect(edited).not.toBe(original);
    writeFileSync(join(dir, INDEX), edited);
    const shown = await until('the edited description', async () => {
      const s = await load();
      return s.lede === 'Edited live while the dev server runs.' ? s : null;
    });
    expect(shown.h1).toBe('My week with GPT-5.3-Codex');
  });

  it('turns a broken quote into the error overlay with the teaching message', async () => {
    const broken = original.replace('in one reply.', 'in one response.');
    expect(broken).not.toBe(original);
    writeFileSync(join(dir, INDEX), broken);
    const message = await until('the error overlay', async () => (await load()).overlay);
    expect(message).toContain('Content has 1 problem:');
    expect(message).toMatch(
      /sources\/dev-blog-week-with-codex\/index\.mdx:43 claim "dev-blog-week-with-codex\/max-output-tokens" field "quote"/,
    );
    expect(message).toContain('Quote not found in snapshot.txt.');
    expect(message).toContain('got "It can write up to 128,000 output tokens in one response."');
    expect(message).toContain('Fix: copy the sentence again from');
  });

  it('renders the page again once the quote is fixed', async () => {
    writeFileSync(join(dir, INDEX), original);
    const shown = await until('the page to render again', async () => {
      const s = await load();
      return s.overlay === null && s.h1 !== null ? s : null;
    });
    expect(shown.h1).toBe('My week with GPT-5.3-Codex');
    expect(shown.lede).toBe('A made-up developer blog post used by the content tests.');
  });

  it('re-verifies quotes against an edited snapshot.txt, live, and recovers when it is restored', async () => {
    const edited = snapshot.toString('utf8').replace('in one reply.', 'in one go.');
    expect(edited).not.toBe(snapshot.toString('utf8'));
    writeFileSync(join(dir, SNAPSHOT), edited);
    const message = await until('the error overlay after the snapshot edit', async () => (await load()).overlay);
    expect(message).toContain('sources/dev-blog-week-with-codex/');
    expect(message).toMatch(/sha256|Quote not found in snapshot\.txt\./);
    writeFileSync(join(dir, SNAPSHOT), snapshot);
    const shown = await until('the page to render again after the snapshot is restored', async () => {
      const s = await load();
      return s.overlay === null && s.h1 !== null ? s : null;
    });
    expect(shown.h1).toBe('My week with GPT-5.3-Codex');
  });
});
