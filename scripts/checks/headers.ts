/**
 * Gate: the headers file for static hosts (dist/_headers, written by src/integrations/headers-file.ts; Netlify/Cloudflare
 * syntax, also applied by scripts/lib/static-server.ts). Every page must get a Content-Security-Policy header
 * equal to the pages' CSP meta plus frame-ancestors 'none' (which a meta policy cannot set), and
 * X-Content-Type-Options, Referrer-Policy and Permissions-Policy.
 * CLI: `npx tsx scripts/checks/headers.ts [dist]` checks dist/_headers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHeaders } from '../lib/static-server.ts';
import { checkCsp, formatCsp, type Policy, parseCsp } from './csp.ts';

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

/** Whether two policies have the same directives with the same sources (order-insensitive). */
export function samePolicy(a: Policy, b: Policy): boolean {
  if (a.size !== b.size) return false;
  for (const [name, sources] of a) {
    const other = b.get(name);
    if (!other || other.length !== sources.length || !sources.every((s) => other.includes(s))) return false;
  }
  return true;
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

/** The headers a path gets from a parsed _headers file (later rules override earlier ones, as static-server.ts applies them). */
export function headersFor(rules: ReturnType<typeof parseHeaders>, path: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of rules) {
    const re = new RegExp(`^${rule.pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    if (re.test(path)) for (const [k, v] of rule.headers) out.set(k.toLowerCase(), v);
  }
  return out;
}

/** Why the headers a page gets are not right, one sentence each; empty when they are. */
export function headerProblems(headers: Map<string, string>, metaPolicies: readonly Policy[]): string[] {
  const problems: string[] = [];
  const fix = 'rebuild: src/integrations/headers-file.ts writes dist/_headers from the built pages';
  const csp = headers.get('content-security-policy');
  const expected = headerPolicyFor(metaPolicies);
  if (!csp) problems.push(`no Content-Security-Policy header: ${fix}`);
  else if (!samePolicy(parseCsp(csp), expected))
    problems.push(
      `Content-Security-Policy header differs from the pages' CSP meta plus frame-ancestors 'none'.\n    expected: ${formatCsp(expected)}\n    got:      ${csp}\n    Fix: ${fix}`,
    );
  if (headers.get('x-content-type-options')?.toLowerCase() !== 'nosniff') problems.push('X-Content-Type-Options must be "nosniff"');
  const referrer = headers.get('referrer-policy')?.toLowerCase();
  if (!referrer || !STRICT_REFERRER_POLICIES.includes(referrer))
    problems.push(`Referrer-Policy must be one of ${STRICT_REFERRER_POLICIES.join(', ')}; got ${referrer ?? 'none'}`);
  const permissions = (headers.get('permissions-policy') ?? '').replace(/\s+/g, '');
  for (const feature of DENIED_FEATURES)
    if (!permissions.split(',').includes(`${feature}=()`)) problems.push(`Permissions-Policy must switch off ${feature} ("${feature}=()")`);
  return problems;
}

/** Checks dist/_headers against the CSP of the built pages: the problems for an HTML page path ("/"). */
export function checkHeadersFile(dist: string): { problems: string[]; metaPolicies: Policy[] } {
  const report = checkCsp(dist);
  const metaPolicies = [...report.policies.keys()].map(parseCsp);
  let text: string;
  try {
    text = readFileSync(join(dist, '_headers'), 'utf8');
  } catch {
    return { problems: [`${join(dist, '_headers')} is missing: the build writes it (src/integrations/headers-file.ts)`], metaPolicies };
  }
  const rules = parseHeaders(text);
  const problems = ['/', '/sources/', '/data/claims.json'].flatMap((path) =>
    headerProblems(headersFor(rules, path), metaPolicies).map((p) => `${path}: ${p}`),
  );
  return { problems, metaPolicies };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2] ?? 'dist';
  const { problems } = checkHeadersFile(dist);
  console.log(`headers: ${problems.length} problems.`);
  for (const p of problems) console.log(`  - ${p}`);
  if (problems.length > 0) process.exit(1);
}
