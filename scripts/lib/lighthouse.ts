/**
 * Lighthouse against a local URL in the system Chromium, offline: a fresh Chromium per run (as the Lighthouse
 * CLI does) with the flags of Lighthouse's own launcher, and a retry when the trace misses the navigation.
 * Used by the audit (scripts/audit.ts) and the LCP benchmark beside Starlight (scripts/bench-lcp.ts).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse, { desktopConfig } from 'lighthouse';
import { CHROMIUM_ARGS, chromiumPath } from './browser.ts';

/**
 * The flags Lighthouse's own launcher (chrome-launcher) starts Chrome with; without them (RenderDocument in
 * particular) Lighthouse's trace can miss the navigation start (NO_NAVSTART).
 */
const LIGHTHOUSE_FLAGS = [
  '--headless=new',
  '--disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider,CalculateNativeWinOcclusion,InterestFeedContentSuggestions,CertificateTransparencyComponentUpdater,AutofillServerCommunication,PrivacySandboxSettings4,RenderDocument',
  '--disable-extensions',
  '--disable-component-extensions-with-background-pages',
  '--disable-client-side-phishing-detection',
  '--metrics-recording-only',
  '--disable-default-apps',
  '--mute-audio',
  '--no-default-browser-check',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-ipc-flooding-protection',
  '--password-store=basic',
  '--use-mock-keychain',
  '--disable-hang-monitor',
  '--disable-prompt-on-repost',
  '--disable-domain-reliability',
];

/** A free TCP port on the loopback interface. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Starts the system Chromium with a DevTools port for Lighthouse; returns the port and a stop function. */
export async function chromiumForLighthouse(): Promise<{ port: number; stop: () => Promise<void> }> {
  const port = await freePort();
  const profile = mkdtempSync(join(tmpdir(), 'codex-claims-lh-'));
  const child = spawn(
    chromiumPath(),
    [
      ...CHROMIUM_ARGS.filter((a) => a !== '--headless'),
      ...LIGHTHOUSE_FLAGS,
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    {
      stdio: 'ignore',
    },
  );
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/json/version`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`Chromium did not open its DevTools port ${port} within 20 s.`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    port,
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill();
      await exited;
      rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    },
  };
}

/** Lighthouse's report of one run (the LHR). */
export type LighthouseReport = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

/**
 * One Lighthouse run of `url` in a fresh Chromium, with Lighthouse's default mobile settings or its
 * desktop configuration. A trace that misses the navigation (NO_NAVSTART, seen on a loaded machine) is
 * retried up to twice; a third failure throws with Lighthouse's error code.
 */
export async function lighthouseReport(url: string, formFactor: 'mobile' | 'desktop'): Promise<LighthouseReport> {
  for (let attempt = 1; ; attempt++) {
    const chrome = await chromiumForLighthouse();
    try {
      const result = await lighthouse(
        url,
        { port: chrome.port, output: 'json', logLevel: 'error' },
        formFactor === 'desktop' ? desktopConfig : undefined,
      );
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}.`);
      const lhr = result.lhr;
      if (lhr.runtimeError) {
        if (attempt < 3) continue;
        throw new Error(
          `Lighthouse failed on ${url} (${formFactor}) ${attempt} times: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`,
        );
      }
      return lhr;
    } finally {
      await chrome.stop();
    }
  }
}
