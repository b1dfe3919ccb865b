/**
 * Launches the system Chromium (Debian's /usr/bin/chromium) through playwright-core, with the flags this
 * machine needs (no sandbox as root, no background networking: the network is closed).
 */
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Path of the Chromium binary: CHROMIUM_PATH, or the Debian package's. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error('Chromium not found. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH).');
  return found;
}

/** Flags for a headless, offline, reproducible Chromium. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Starts Chromium. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
}
