/**
 * The origin the site is built for (Astro's `site`): every canonical link, sitemap and feed entry, JSON-LD
 * `url` and citation is absolute on it. A production build (`npm run build`) needs the public origin in
 * SITE_URL and refuses to run without one; a local build (`npm start`, the tests, the benchmarks) sets
 * CODEX_CLAIMS_LOCAL=1 and gets http://127.0.0.1:4321, which the pages then label as a local build.
 */
import type { AstroIntegration } from 'astro';

/** The origin of local builds: the address `npm run preview` serves. */
export const LOCAL_ORIGIN = 'http://127.0.0.1:4321';

/** Whether an origin is a loopback address (a local build's, not a public one). */
export function isLocalOrigin(origin: string | URL | undefined): boolean {
  if (!origin) return true;
  const host = new URL(origin).hostname;
  return host === 'localhost' || host === '127.0.0.1' || host === '[::1]' || host.endsWith('.localhost');
}

/** How to fix a missing or unusable SITE_URL (pinned in tests/unit/view/site-url.test.ts). */
export const SITE_URL_HELP =
  'Set SITE_URL to the public origin the site is deployed at, for example\n' +
  '  SITE_URL=https://claims.example.org npm run build\n' +
  '(add BASE_PATH=/codex-claims/ for a sub-path). For a local preview use `npm start`, or set CODEX_CLAIMS_LOCAL=1 to build\n' +
  `with the local origin ${LOCAL_ORIGIN}; such a build is labelled "local build" on every page.`;

/**
 * The site origin for a build, or the problem with the environment. `command` is Astro's (build, dev,
 * preview, sync); only `build` without CODEX_CLAIMS_LOCAL=1 needs a real SITE_URL.
 */
export function resolveSite(env: Record<string, string | undefined>, command: string): { site: string } | { problem: string } {
  const local = env.CODEX_CLAIMS_LOCAL === '1';
  const raw = env.SITE_URL?.trim();
  if (!raw) {
    if (command !== 'build' || local) return { site: LOCAL_ORIGIN };
    return {
      problem: `SITE_URL is not set: a production build would point every canonical link, sitemap entry, feed entry and citation at ${LOCAL_ORIGIN}.\n${SITE_URL_HELP}`,
    };
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { problem: `SITE_URL="${raw}" is not an absolute URL (expected something like https://claims.example.org).\n${SITE_URL_HELP}` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { problem: `SITE_URL="${raw}" must start with https:// (or http://).\n${SITE_URL_HELP}` };
  if (command === 'build' && !local && isLocalOrigin(url))
    return { problem: `SITE_URL="${raw}" is a loopback address, not a public origin.\n${SITE_URL_HELP}` };
  return { site: url.origin };
}

/** The integration: stops `astro build` with SITE_URL_HELP when the build has no usable origin. */
export function siteUrlGuard(): AstroIntegration {
  return {
    name: 'codex-claims:site-url',
    hooks: {
      'astro:config:setup': ({ command }) => {
        const resolved = resolveSite(process.env, command);
        if ('problem' in resolved) throw new Error(resolved.problem);
      },
    },
  };
}
