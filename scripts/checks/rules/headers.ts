/**
 * Rule "headers": the headers file for static hosts (dist/_headers, written by src/integrations/headers-file.ts
 * from src/lib/security/headers.ts; Netlify/Cloudflare syntax, also applied by scripts/lib/static-server.ts).
 * Every page must get a Content-Security-Policy header equal to the pages' CSP meta plus frame-ancestors
 * 'none' (which a meta policy cannot set), and X-Content-Type-Options, Referrer-Policy, Permissions-Policy and
 * Strict-Transport-Security.
 */
import { formatCsp, type Policy, parseCsp } from '../../../src/lib/security/csp.ts';
import { DENIED_FEATURES, HSTS_MAX_AGE, headerPolicyFor, STRICT_REFERRER_POLICIES } from '../../../src/lib/security/headers.ts';
import { parseHeaders } from '../../lib/static-server.ts';
import type { CheckReport, Problem } from '../base/problem.ts';
import type { Site } from '../base/site.ts';
import { checkCsp } from './csp.ts';

/** Whether two policies have the same directives with the same sources (order-insensitive). */
export function samePolicy(a: Policy, b: Policy): boolean {
  if (a.size !== b.size) return false;
  for (const [name, sources] of a) {
    const other = b.get(name);
    if (!other || other.length !== sources.length || !sources.every((s) => other.includes(s))) return false;
  }
  return true;
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
  if (/(^|,)interest-cohort=/.test(permissions))
    problems.push('Permissions-Policy names interest-cohort, which no browser knows (FLoC was withdrawn) and some warn about: drop it');
  const hsts = headers.get('strict-transport-security');
  const maxAge = Number(/(?:^|;)\s*max-age=(\d+)/i.exec(hsts ?? '')?.[1] ?? Number.NaN);
  if (!(maxAge >= HSTS_MAX_AGE))
    problems.push(`Strict-Transport-Security must be sent with max-age of at least ${HSTS_MAX_AGE} (one year); got ${hsts ?? 'none'}`);
  return problems;
}

/** Result of the headers rule. */
export interface HeadersReport extends CheckReport {
  /** The distinct CSP meta policies of the pages, which the header must match. */
  metaPolicies: Policy[];
}

/** Checks dist/_headers against the CSP of the built pages, for an HTML page, a folder and a data file. */
export function checkHeadersFile(site: Site): HeadersReport {
  const metaPolicies = [...checkCsp(site).policies.keys()].map(parseCsp);
  const paths = ['/', '/sources/', '/data/claims.json'];
  const checked = `${paths.length} paths`;
  if (!site.files.includes('_headers'))
    return {
      rule: 'headers',
      metaPolicies,
      checked,
      problems: [
        { rule: 'headers', file: '_headers', message: 'dist/_headers is missing: the build writes it (src/integrations/headers-file.ts)' },
      ],
    };
  const rules = parseHeaders(site.text('_headers'));
  const problems: Problem[] = paths.flatMap((path) =>
    headerProblems(headersFor(rules, path), metaPolicies).map((message) => ({ rule: 'headers', file: '_headers', url: path, message })),
  );
  return { rule: 'headers', problems, metaPolicies, checked };
}
