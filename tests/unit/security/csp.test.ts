/** src/lib/security/csp.ts: a policy parsed, serialized and read from a page's <meta>. */
import { describe, expect, it } from 'vitest';
import { formatCsp, isCspMeta, metaCsp, parseCsp } from '../../../src/lib/security/csp.ts';

describe('CSP policies', () => {
  it('parse into directives in order, the first occurrence of a directive winning, and serialize stably', () => {
    const policy = parseCsp("default-src 'self';img-src 'self' data:; ;SCRIPT-src 'self' 'sha256-x=';script-src *");
    expect([...policy.keys()]).toEqual(['default-src', 'img-src', 'script-src']);
    expect(policy.get('script-src')).toEqual(["'self'", "'sha256-x='"]);
    expect(formatCsp(policy)).toBe("default-src 'self'; img-src 'self' data:; script-src 'self' 'sha256-x='");
  });

  it("are read from a page's first CSP <meta>, whatever the attribute case, and not from text or comments", () => {
    const html = `<!doctype html><html><head><meta charset="utf-8"><!-- <meta http-equiv="content-security-policy" content="no"> -->
      <script>const s = '<meta http-equiv="content-security-policy" content="nor this">';</script>
      <meta HTTP-EQUIV="Content-Security-Policy" content="default-src 'self'"><meta http-equiv="content-security-policy" content="second">`;
    expect(metaCsp(html)).toBe("default-src 'self'");
    expect(metaCsp('<!doctype html><title>none</title>')).toBeNull();
    expect(isCspMeta('meta', new Map([['http-equiv', 'refresh']]))).toBe(false);
  });
});
