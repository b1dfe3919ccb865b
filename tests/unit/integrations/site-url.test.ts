import { describe, expect, it } from 'vitest';
import { isLocalOrigin, LOCAL_ORIGIN, resolveSite } from '../../../src/integrations/site-url.ts';

describe('resolveSite: a production build needs a real SITE_URL', () => {
  it('refuses `astro build` without SITE_URL and says how to set it', () => {
    const r = resolveSite({}, 'build');
    expect(r).toHaveProperty('problem');
    const problem = (r as { problem: string }).problem;
    expect(problem).toContain('SITE_URL is not set');
    expect(problem).toContain('SITE_URL=https://claims.example.org npm run build');
    expect(problem).toContain('npm start');
  });

  it('refuses a loopback SITE_URL and one that is not a URL in a production build', () => {
    expect((resolveSite({ SITE_URL: 'http://localhost:4321' }, 'build') as { problem: string }).problem).toContain('loopback');
    expect((resolveSite({ SITE_URL: 'claims.example.org' }, 'build') as { problem: string }).problem).toContain('not an absolute URL');
    expect((resolveSite({ SITE_URL: 'ftp://claims.example.org' }, 'build') as { problem: string }).problem).toContain('https://');
  });

  it('takes the origin of a real SITE_URL', () => {
    expect(resolveSite({ SITE_URL: 'https://claims.example.org/' }, 'build')).toEqual({ site: 'https://claims.example.org' });
  });

  it('keeps the local origin for local builds, the dev server and sync', () => {
    expect(resolveSite({ CODEX_CLAIMS_LOCAL: '1' }, 'build')).toEqual({ site: LOCAL_ORIGIN });
    expect(resolveSite({}, 'dev')).toEqual({ site: LOCAL_ORIGIN });
    expect(resolveSite({}, 'sync')).toEqual({ site: LOCAL_ORIGIN });
    expect(isLocalOrigin(LOCAL_ORIGIN)).toBe(true);
    expect(isLocalOrigin('https://claims.example.org')).toBe(false);
  });
});
