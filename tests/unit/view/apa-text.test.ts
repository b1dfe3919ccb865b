/**
 * The APA reference of "cite this" (src/view/citations.ts apaText) is the text citeproc makes (citeprocApaText):
 * for every source, claim and finding of the real content, and for the titles and URLs citeproc rewrites.
 */
import { describe, expect, it } from 'vitest';
import { apaText, type CslItem, citeprocApaText, claimCsl, findingCsl, sourceCsl } from '../../../src/view/citations.ts';
import { realSite } from './site.ts';

describe('apaText', () => {
  const site = { ...realSite(), history: new Map<string, string>() };

  it('is citeproc’s text for every source, claim and finding of the content', () => {
    const records: CslItem[] = [
      ...site.content.sources.map((s) => sourceCsl(s, `https://example.org/sources/${s.slug}/`)),
      ...site.content.claims.map((c, i) => claimCsl(c, site, `https://example.org/claims/${c.id}/`, i % 2 ? '2026-11-30' : '2025-02')),
      ...site.analysis.findings.map((f) => findingCsl(f, site, `https://example.org/discrepancies/${f.id}/`, '2026-12-01')),
    ];
    expect(records.length).toBeGreaterThan(250);
    const differing = records.filter((r) => apaText(r) !== citeprocApaText(r)).map((r) => r.id);
    expect(differing).toEqual([]);
  }, 60_000); // citeproc takes 7-25 ms a record

  const claim: CslItem = {
    id: 'x',
    'citation-key': 'x',
    type: 'entry',
    title: 'GPT-5.3-Codex, release date: 2026-02-05 (claim by OpenAI)',
    author: [{ literal: 'Codex Claims' }],
    'container-title': 'Codex Claims open data',
    issued: { 'date-parts': [[2026, 11, 30]] },
    URL: 'https://example.org/claims/x/',
    note: 'Quoted from …',
  };
  it.each([
    ['an apostrophe', { title: "the model's score (claim by a blog)" }],
    ['straight quotes', { title: 'a "fast" model (claim by a blog)' }],
    ['curly quotes', { title: 'GPT-5.3-Codex, name: “Codex” (claim by a blog)' }],
    ['a final full stop', { title: 'It is fast.' }],
    ['a final question mark', { title: 'Is it fast?' }],
    ['inline markup', { title: 'a <i>fast</i> model' }],
    ['an ampersand', { title: 'Q&A (claim by a blog)' }],
    ['a lower-case start', { title: 'tokens per second (claim by a blog)' }],
    ['a URL with a query', { URL: 'https://example.org/claims/x/?a=1&b=2' }],
    ['no note', { note: undefined }],
    ['another year', { issued: { 'date-parts': [[2025]] } }],
    ['a webpage with a publisher', { type: 'webpage', author: undefined, publisher: 'OpenAI', 'container-title': undefined }],
  ] as const)('is citeproc’s text for a record with %s', (_what, change) => {
    const record = { ...claim, ...change } as CslItem;
    expect(apaText(record)).toBe(citeprocApaText(record));
  });
});
