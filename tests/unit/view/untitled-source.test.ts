/** A source without a title of its own: citations give the site's description labelled as such, never as the document's title. */
import { describe, expect, it } from 'vitest';
import { citationOf, claimCitation, sourceCsl } from '../../../src/view/citations.ts';
import { claim, property, siteData, source } from './site.ts';

describe('citing a claim of an untitled source', () => {
  const props = [property('developer', 'text')];
  const wiki = { ...source('wiki', 'wiki', null, 'Entry in a wiki about agents'), titled: false };
  const c = claim(props, 'wiki', 'dev', 'm', 'developer', 'openai');
  const site = siteData({
    sources: [wiki],
    entities: [{ id: 'm', kind: 'model', name: 'M', aliases: [], description: 'test', file: 'content/models/m.mdx' }],
    properties: props,
    claims: [c],
  });

  const LABEL = 'Untitled document (described by Codex Claims as: Entry in a wiki about agents)';

  it("labels the description as the site's in a claim's CSL record and BibTeX, never as the document's title", () => {
    const cite = claimCitation(c, site, 'https://example.org/claims/wiki/dev/', '2026-03-01');
    expect(cite.csl.note).toContain(LABEL);
    expect(cite.csl.note).not.toContain('“Entry in a wiki about agents”');
    expect(cite.bibtex).toContain(`note = {Quoted from the archived snapshot of ${LABEL}`);
    expect(cite.bibtex).not.toMatch(/title = \{Entry in a wiki about agents\}/);
  }, 60_000); // citation-js loads citeproc and its styles on first use: seconds on a busy machine

  it('titles the source record with the label, in CSL-JSON and in BibTeX', () => {
    const cite = citationOf(sourceCsl(wiki, 'https://example.org/sources/wiki/'));
    expect(cite.csl.title).toBe(LABEL);
    // BibTeX keeps the capitals of proper names in braces.
    expect(cite.bibtex).toContain('title = {Untitled document (described by {Codex} {Claims} as: Entry in a wiki about agents)}');
    expect(cite.text).toContain(LABEL);
  });
});
