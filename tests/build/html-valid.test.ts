/**
 * Valid HTML: every page of the main build (shared by the suites) must pass html-validate with the
 * repository's .htmlvalidate.json (recommended preset) and the W3C Nu Html Checker, with zero errors. Both
 * validators are first shown to catch real errors; every rule the html-validate config turns off must be
 * justified in scripts/checks/rules/html-validate.ts, and every Nu message the suite accepts in
 * scripts/checks/rules/nu.ts.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { assertClean } from '../../scripts/checks/base/problem.ts';
import { htmlPages, loadSite } from '../../scripts/checks/base/site.ts';
import { changedRules, checkHtml, loadConfig, RULE_CHANGES, validateHtml } from '../../scripts/checks/rules/html-validate.ts';
import { checkNu, NU_ALLOWED, nuProblems } from '../../scripts/checks/rules/nu.ts';

const dist = inject('dist');
const site = loadSite(dist);

describe('html-validate configuration', () => {
  it('extends a full preset and justifies every rule it changes', () => {
    const config = loadConfig();
    expect(config.extends).toEqual(expect.arrayContaining([expect.stringMatching(/^html-validate:(recommended|standard)$/)]));
    const changed = changedRules(config);
    for (const rule of changed)
      expect(
        RULE_CHANGES[rule],
        `.htmlvalidate.json changes "${rule}" without a reason in RULE_CHANGES (scripts/checks/rules/html-validate.ts)`,
      ).toBeTruthy();
    expect(Object.keys(RULE_CHANGES).sort(), 'RULE_CHANGES justifies a rule that .htmlvalidate.json does not change').toEqual(
      changed.sort(),
    );
  });

  it('catches real errors: duplicate ids, bad nesting, missing alt, a form without a submit button, inline styles', async () => {
    const bad = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bad</title></head><body>
      <main><p id="x">One</p><p id="x">Two <div>block in a paragraph</div></p>
      <img src="/a.png"><form action="/search/"><input type="search" name="q" aria-label="Search"></form>
      <span style="color: red">red</span></main></body></html>`;
    const rules = (await validateHtml(bad, 'bad.html')).map((p) => p.code);
    expect(rules).toEqual(expect.arrayContaining(['no-dup-id', 'wcag/h37', 'wcag/h32', 'no-inline-style']));
    expect(rules.some((r) => r === 'element-permitted-content' || r === 'close-order')).toBe(true);
  });

  it('accepts a valid page', async () => {
    const good = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Good</title></head><body>
      <main><h1>Good</h1><p>Fine.</p><form action="/search/"><input type="search" name="q" aria-label="Search"><button type="submit">Search</button></form></main></body></html>`;
    expect(await validateHtml(good, 'good.html')).toEqual([]);
  });
});

describe('the W3C Nu Html Checker', () => {
  it('catches what html-validate let through: a script after </html> (the fault /search/ had)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'codex-claims-nu-'));
    try {
      writeFileSync(
        join(dir, 'bad.html'),
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bad</title></head><body><p>x</p></body></html><script type="module">1</script>',
      );
      writeFileSync(
        join(dir, 'good.html'),
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Good</title></head><body><p>x</p><script type="module">1</script></body></html>',
      );
      const { problems } = await nuProblems(dir, ['bad.html', 'good.html']);
      expect(problems.map((p) => `${p.file}: ${p.message}`)).toEqual(expect.arrayContaining(['bad.html: Stray start tag “script”.']));
      expect(problems.filter((p) => p.file === 'good.html')).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('accepts only a few messages, each with a reason', () => {
    expect(NU_ALLOWED.length).toBeLessThanOrEqual(5);
    for (const allowed of NU_ALLOWED) expect(allowed.reason.length, String(allowed.pattern)).toBeGreaterThan(40);
  });
});

describe('the built site', () => {
  it('every page passes html-validate with zero errors', async () => {
    const report = await checkHtml(site);
    expect(report.pages).toBe(htmlPages(dist).length);
    expect(report.pages).toBeGreaterThan(20);
    assertClean(report);
  });

  it('every page passes the Nu Html Checker, but for the allowed messages', async () => {
    const report = await checkNu(site);
    assertClean(report);
  });
});
