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
    ['Permissions-Policy', [...DENIED_FEATURES.map((f) => `${f}=()`), 'interest-cohort=()'].join(', ')],
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
