/**
 * Writes dist/_headers (the file static hosts such as Netlify or Cloudflare Pages read) in
 * `astro:build:done`, from the CSP that Astro wrote into the built pages (one page per route): the same policy as a header,
 * plus frame-ancestors 'none' (which a <meta> policy cannot set), nosniff, a strict Referrer-Policy and a
 * Permissions-Policy. Generated on every build, it can never go stale when a stylesheet's hash changes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { metaCsp, parseCsp } from '../lib/security/csp.ts';
import { headerPolicyFor, renderHeadersFile } from '../lib/security/headers.ts';

/**
 * One built HTML page per route, from the build's own list of what each route wrote (`assets`: route → files).
 * Astro writes the same CSP into every page of a route (its hashes are the build's: the configured ones and
 * those of the route's bundled styles and scripts; no page adds its own), so one page per route gives every
 * distinct policy without reading the whole build (1.1 GB of HTML at 1,000 sources).
 */
function onePagePerRoute(assets: Map<string, URL[]>): string[] {
  const files: string[] = [];
  for (const urls of assets.values()) {
    const page = urls.map((url) => fileURLToPath(url)).find((file) => file.endsWith('.html') && !file.split(sep).includes('pagefind'));
    if (page) files.push(page);
  }
  return files.sort();
}

/** The headers-file integration. */
export function headersFile(): AstroIntegration {
  return {
    name: 'codex-claims:headers-file',
    hooks: {
      'astro:build:done': ({ dir, assets, logger }) => {
        const dist = fileURLToPath(dir);
        const distinct = new Set<string>();
        for (const file of onePagePerRoute(assets)) {
          const policy = metaCsp(readFileSync(file, 'utf8'));
          if (policy !== null) distinct.add(policy);
        }
        const policies = [...distinct].map(parseCsp);
        if (policies.length === 0) throw new Error('No page carries a CSP meta: is security.csp set in astro.config.mjs?');
        writeFileSync(join(dist, '_headers'), renderHeadersFile(headerPolicyFor(policies)));
        logger.info(`Wrote _headers from the CSP of ${policies.length} distinct page polic${policies.length === 1 ? 'y' : 'ies'}.`);
      },
    },
  };
}
