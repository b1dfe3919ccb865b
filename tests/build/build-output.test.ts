/**
 * A clean build prints only what a person should read: no warning, no error, no code frame. The main build's
 * output (reports/test/build.log, written by tests/build/main-site.ts) is read line by line; a line that
 * looks like a warning fails the test with the line itself, so a new warning is seen the day it appears.
 */
import { describe, expect, it } from 'vitest';
import { buildLog } from './main-site.ts';

/** Lines of build output a person must act on: warnings, errors, deprecations, and the frames under them. */
const ALARM = /\[WARN\]|\[ERROR\]|\b[Ww]arning:|\b[Ee]rror:|[Dd]eprecat|╭─|^\s*│/;

describe('the build output', () => {
  it('tells a warning from an ordinary line', () => {
    expect(ALARM.test('12:00:00 [WARN] [vite] [MODULE_LEVEL_DIRECTIVE] The semantics of the module level directive')).toBe(true);
    expect(ALARM.test('   ╭─[ content/models/claude.mdx?astroPropagatedAssets:2:6 ]')).toBe(true);
    expect(ALARM.test('(node:1) DeprecationWarning: something old')).toBe(true);
    expect(ALARM.test('12:00:00 [build] 343 page(s) built in 7.12s')).toBe(false);
    expect(ALARM.test('12:00:00   ├─ /claims/x/privileged-commands-safe-mode-warning/index.html (+3ms)')).toBe(false);
    expect(ALARM.test('12:00:00 [codex-claims:pagefind] Pagefind indexed 54 pages and 267 claims and findings.')).toBe(false);
  });

  it('has no warning, error or code frame', () => {
    const lines = buildLog().split('\n');
    expect(
      lines.some((l) => /Complete!/.test(l)),
      'the log is not of a finished build',
    ).toBe(true);
    expect(lines.filter((l) => ALARM.test(l))).toEqual([]);
  });
});
