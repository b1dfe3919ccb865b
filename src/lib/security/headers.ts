/**
 * The HTTP headers every response of the site gets on a static host, as data, and the `_headers` file
 * (Netlify / Cloudflare Pages syntax) that carries them. Pure: src/integrations/headers-file.ts writes the
 * file on every build and scripts/checks/rules/headers.ts checks it.
 */
import { formatCsp, type Policy } from './csp.ts';

/** Referrer policies that never send a full URL to another origin. */
export const STRICT_REFERRER_POLICIES = ['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'];

/** Powerful features the site never uses; the Permissions-Policy must switch each off ("feature=()"). */
export const DENIED_FEATURES = ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'browsing-topics'];

/** How long (seconds) browsers keep to HTTPS after one visit: one year, the minimum the HSTS guidance asks for. */
export const HSTS_MAX_AGE = 31_536_000;

/** The header policy for pages whose meta policies are given: the union of their sources, plus frame-ancestors 'none'. */
export function headerPolicyFor(metaPolicies: readonly Policy[]): Policy {
  const merged: Policy = new Map();
  for (const policy of metaPolicies) {
    for (const [name, sources] of policy) {
      const list = merged.get(name) ?? [];
      for (const s of sources) if (!list.includes(s)) list.push(s);
      merged.set(name, list);
    }
  }
  merged.set('frame-ancestors', ["'none'"]);
  return merged;
}

/** The headers every page gets, for a given CSP header policy. */
export function requiredHeaders(csp: Policy): [string, string][] {
  return [
    ['Content-Security-Policy', formatCsp(csp)],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['Permissions-Policy', DENIED_FEATURES.map((f) => `${f}=()`).join(', ')],
    // HTTPS only, for a year (browsers ignore the header on plain HTTP, so local previews are unaffected). A host
    // should drop it when this domain may ever be served over plain HTTP within that year (a preview host
    // without TLS, a domain that changes hands), and not add includeSubDomains unless every subdomain is HTTPS.
    ['Strict-Transport-Security', `max-age=${HSTS_MAX_AGE}`],
    ['X-Frame-Options', 'DENY'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
  ];
}

/** The _headers file text for a CSP header policy. */
export function renderHeadersFile(csp: Policy): string {
  const lines = [
    '# Headers for static hosts (Netlify, Cloudflare Pages, ...): applied to every response. Written on every',
    '# build by src/integrations/headers-file.ts from the CSP Astro writes into each page (security.csp in',
    "# astro.config.mjs), plus frame-ancestors 'none', which a <meta> policy cannot set.",
    '# Strict-Transport-Security keeps browsers on HTTPS for a year: drop it if this domain may be served over',
    '# plain HTTP within that time (a preview host without TLS, a domain that changes hands).',
    '/*',
    ...requiredHeaders(csp).map(([k, v]) => `  ${k}: ${v}`),
    '',
    '# Astro hashes the names of its bundled assets, so they never change: cache them for a year.',
    '/_astro/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ];
  return lines.join('\n');
}
