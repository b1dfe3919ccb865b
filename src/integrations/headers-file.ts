/**
 * Writes dist/_headers (the file static hosts such as Netlify or Cloudflare Pages read) in
 * `astro:build:done`, from the CSP that Astro wrote into the built pages: the same policy as a header,
 * plus frame-ancestors 'none' (which a <meta> policy cannot set), nosniff, a strict Referrer-Policy and a
 * Permissions-Policy. Generated on every build, it can never go stale when a stylesheet's hash changes.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { metaCsp, parseCsp } from '../lib/security/csp.ts';
import { headerPolicyFor, renderHeadersFile } from '../lib/security/headers.ts';

/** The built HTML pages (paths relative to `dist` with "/", sorted; Pagefind's own UI files left out). */
function builtPages(dist: string): string[] {
  const files = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((rel) => !rel.startsWith('pagefind/'));
  return files.sort();
}

/** The headers-file integration. */
export function headersFile(): AstroIntegration {
  return {
    name: 'codex-claims:headers-file',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const distinct = new Set<string>();
        for (const file of builtPages(dist)) {
          const policy = metaCsp(readFileSync(join(dist, file), 'utf8'));
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
