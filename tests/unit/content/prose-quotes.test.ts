/** The site's own quotation marks (issue #12, mechanism 8): what counts as a quote, and where it must occur. */
import { describe, expect, it } from 'vitest';
import type { ContentError } from '../../../src/lib/content/errors.ts';
import { prepareSnapshot } from '../../../src/lib/content/quote.ts';
import { reporter } from '../../../src/lib/content/report.ts';
import { anySnapshot, checkProseQuotes, ownSnapshot, quotedStrings } from '../../../src/lib/content/rules/prose-quotes.ts';
import { caseVariantIn } from '../../../src/lib/content/span.ts';

const BLOG = prepareSnapshot('The model ran on thousands of GPUs.\nIt was “self\u2011building”, the post says.');
const VENDOR = prepareSnapshot('Our most capable agentic coding model so far.');

/** The messages a note gets when checked against `scope`. */
function problems(note: string, scope = ownSnapshot(BLOG, 'content/sources/blog/snapshot.txt', 'The note', "this claim's")): string[] {
  const errors: ContentError[] = [];
  checkProseQuotes(note, scope, 'note', reporter(errors, 'content/sources/blog/index.mdx', 'blog/gpus'));
  return errors.map((e) => `${e.message} | ${e.hint}`);
}

describe('quotedStrings', () => {
  it.each([
    ['straight quotes', 'It says "thousands of GPUs" here.', ['thousands of GPUs']],
    ['curly quotes', 'It says \u201cthousands of GPUs\u201d here.', ['thousands of GPUs']],
    ['a quote wrapped onto the next line, shown as one line', 'It says "thousands\n  of GPUs".', ['thousands of GPUs']],
    ['single-word quotes count too', 'It writes "self-building".', ['self-building']],
    ['a <Cite> tag is markup, not a quote', 'Said so <Cite claim="blog/gpus" /> twice.', []],
    ['single quotes are apostrophes as often as quotes', "the post's 'own' words", []],
  ])('%s', (_, prose, expected) => {
    expect(quotedStrings(prose).map((q) => q.text)).toEqual(expected);
  });

  it('does not pair marks across a blank line (a new paragraph)', () => {
    expect(quotedStrings('An inch mark 5" here.\n\nAnd "thousands of GPUs" there.').map((q) => q.text)).toEqual(['thousands of GPUs']);
  });

  it('gives the offset of the opening mark', () => {
    expect(quotedStrings('ab "cd"')).toEqual([{ text: 'cd', offset: 3 }]);
  });
});

describe('checkProseQuotes', () => {
  it("accepts the snapshot's words with typographic and whitespace variants", () => {
    expect(problems('It says "thousands  of GPUs" and "self-building".')).toEqual([]);
  });

  it('rejects a quote that differs only in letter case, and shows the snapshot’s own letters', () => {
    expect(problems('"Thousands" is recorded as more than 1,000.')).toEqual([
      'The note quotes "Thousands", which content/sources/blog/snapshot.txt does not contain. | copy the words with the snapshot\'s own letters (it has "thousands"), or remove the quotation marks where the words are the site\'s.',
    ]);
  });

  it("holds a claim's note to its own source: another source's words do not count", () => {
    const note = 'Unlike the vendor\'s "most capable agentic coding model".';
    expect(problems(note)).toHaveLength(1);
    expect(problems(note, anySnapshot([BLOG, VENDOR], 'The page text'))).toEqual([]);
  });

  it('reports words no snapshot holds, with the general fix', () => {
    expect(problems('"a million GPUs"', anySnapshot([BLOG, VENDOR], 'The page text'))).toEqual([
      "The page text quotes \"a million GPUs\", which no source's snapshot contains. | quote the source's own words, or remove the quotation marks where the words are the site's.",
    ]);
  });
});

describe('caseVariantIn', () => {
  it("returns the snapshot's own characters of a match that ignores case, respecting word boundaries", () => {
    expect(caseVariantIn('THE MODEL', BLOG)).toBe('The model');
    expect(caseVariantIn('Self-Building', BLOG)).toBe('self\u2011building');
    expect(caseVariantIn('housands', BLOG)).toBeNull();
  });
});
