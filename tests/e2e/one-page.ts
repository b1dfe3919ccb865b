/** One Chromium page shared by all the tests of a file, for suites that drive a single tab. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../scripts/lib/browser.ts';

/** Launches Chromium before the file's tests, hands its one page (and the browser, for more contexts) to `use`, and closes the browser after them. */
export function useOnePage(use: (page: Page, browser: Browser) => void): void {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
    use(await browser.newPage(), browser);
  });
  afterAll(async () => {
    await browser?.close();
  });
}
