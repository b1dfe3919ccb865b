/**
 * Writes dist/_headers (the file static hosts such as Netlify or Cloudflare Pages read) in
 * `astro:build:done`, from the CSP that Astro wrote into the built pages: the same policy as a header,
 * plus frame-ancestors 'none' (which a <meta> policy cannot set), nosniff, a strict Referrer-Policy and a
 * Permissions-Policy. Generated on every build, it can never go stale when a stylesheet's hash changes.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkCsp, parseCsp } from '../../scripts/checks/csp.ts';
import { headerPolicyFor, renderHeadersFile } from '../../scripts/checks/headers.ts';

/** The headers-file integration. */
export function headersFile(): AstroIntegration {
  return {
    name: 'codex-claims:headers-file',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const policies = [...checkCsp(dist).policies.keys()].map(parseCsp);
        if (policies.length === 0) throw new Error('No page carries a CSP meta: is security.csp set in astro.config.mjs?');
        writeFileSync(join(dist, '_headers'), renderHeadersFile(headerPolicyFor(policies)));
        logger.info(`Wrote _headers from the CSP of ${policies.length} distinct page polic${policies.length === 1 ? 'y' : 'ies'}.`);
      },
    },
  };
}
