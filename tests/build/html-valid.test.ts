/**
 * Valid HTML: every page of the main build (shared by the suites) must pass html-validate with the
 * repository's .htmlvalidate.json (recommended preset) with zero errors. The validator and its config are
 * first shown to catch real errors, and every rule the config turns off must be justified in
 * scripts/checks/rules/html-validate.ts.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { assertClean } from '../../scripts/checks/base/problem.ts';
import { htmlPages, loadSite, type Site } from '../../scripts/checks/base/site.ts';
import { changedRules, checkHtml, loadConfig, RULE_CHANGES, validateHtml } from '../../scripts/checks/rules/html-validate.ts';

let dist: string;
let site: Site;

beforeAll(() => {
  dist = inject('dist');
  site = loadSite(dist);
});

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

describe('the built site', () => {
  it('every page passes html-validate with zero errors', async () => {
    const report = await checkHtml(site);
    expect(report.pages).toBe(htmlPages(dist).length);
    expect(report.pages).toBeGreaterThan(20);
    assertClean(report);
  });
});
