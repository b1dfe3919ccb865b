/** A source without a title of its own: citations give the site's description labelled as such, never as the document's title. */
import { describe, expect, it } from 'vitest';
import { claimCitation } from '../../../src/view/citations.ts';
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

  it("labels the description as the site's in the text and in BibTeX", () => {
    const cite = claimCitation(c, site, 'https://example.org/claims/wiki/dev/');
    expect(cite.text).toContain('Untitled document (described by Codex Claims as: Entry in a wiki about agents)');
    expect(cite.text).not.toContain('“Entry in a wiki about agents”');
    expect(cite.bibtex).toContain('howpublished = {Untitled document (described by Codex Claims as: Entry in a wiki about agents)},');
  });
});
