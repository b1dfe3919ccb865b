/** src/lib/security/headers.ts: the header policy merged from the pages' policies, and the _headers file. */
import { describe, expect, it } from 'vitest';
import { parseCsp } from '../../../src/lib/security/csp.ts';
import { DENIED_FEATURES, headerPolicyFor, renderHeadersFile } from '../../../src/lib/security/headers.ts';

describe('the headers file', () => {
  it("merges the pages' policies source by source and adds frame-ancestors 'none'", () => {
    const merged = headerPolicyFor([parseCsp("script-src 'self' 'sha256-a='"), parseCsp("script-src 'self' 'sha256-b='; img-src data:")]);
    expect(merged.get('script-src')).toEqual(["'self'", "'sha256-a='", "'sha256-b='"]);
    expect(merged.get('img-src')).toEqual(['data:']);
    expect(merged.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('gives every path the security headers and caches the hashed assets for a year', () => {
    const text = renderHeadersFile(headerPolicyFor([parseCsp("default-src 'self'")]));
    expect(text).toMatch(/^\/\*\n {2}Content-Security-Policy: default-src 'self'; frame-ancestors 'none'$/m);
    expect(text).toMatch(/^ {2}X-Content-Type-Options: nosniff$/m);
    for (const feature of DENIED_FEATURES) expect(text).toContain(`${feature}=()`);
    expect(text).not.toContain('interest-cohort');
    expect(text).toMatch(/^ {2}Strict-Transport-Security: max-age=31536000$/m);
    expect(text).toMatch(/^\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable$/m);
  });
});
