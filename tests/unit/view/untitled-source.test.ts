/** A source without a title of its own: citations give the site's description labelled as such, never as the document's title. */
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, sourceRows, toCsv } from '../../../src/lib/export.ts';
import { citationOf, claimCitation, sourceCsl } from '../../../src/view/citations.ts';
import { sourceRef } from '../../../src/view/claims.ts';
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

  it("exports the description as the site's (siteDescription), with title null, in JSON and CSV rows", () => {
    const titled = source('blog', 'blog', 'Blog Inc', 'A title of its own');
    const rows = sourceRows([wiki, titled], [c]);
    expect(rows.map((r) => [r.id, r.title, r.siteDescription])).toEqual([
      ['wiki', null, 'Entry in a wiki about agents'],
      ['blog', 'A title of its own', null],
    ]);
    const [header, wikiLine, blogLine] = toCsv(rows, CSV_COLUMNS.sources).split('\r\n');
    expect(header?.startsWith('id,title,siteDescription,publisher,')).toBe(true);
    expect(wikiLine?.startsWith('wiki,,Entry in a wiki about agents,,')).toBe(true);
    expect(blogLine?.startsWith('blog,A title of its own,,Blog Inc,')).toBe(true);
  });

  it('names it on pages and feeds by the description marked "(untitled)"', () => {
    expect(sourceRef(wiki, site).title).toBe('Entry in a wiki about agents (untitled)');
  });
});
