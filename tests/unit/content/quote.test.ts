/** Quote matching: only whitespace runs and typographic quotes, dashes and hyphens are tolerated. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMarkup, foldForQuote, prepareSnapshot, quoteOccursIn } from '../../../src/lib/content/quote.ts';
import { eachReturns } from '../cases.ts';

const SNAPSHOT = [
  'Introducing GPT\u20115.3\u2011Codex',
  '',
  'Today we\u2019re releasing GPT\u20115.3\u2011Codex, OpenAI\u2019s most capable agentic coding model so far.',
  'Benchmark\tGPT\u20115.3\u2011Codex\tGPT\u20115.2\u2011Codex',
  'Terminal-Bench 2.0\t77.3%\t\n64.0%',
  'Its API name is \u201cgpt-5.3-codex\u201d \u2014 the \u2018short\u2019 name.',
  'Prices fell by \u221220%\u00a0to\u202f$1.25.',
].join('\n');

const snapshot = prepareSnapshot(SNAPSHOT);
const occurs = (quote: string): boolean => quoteOccursIn(quote, snapshot);

describe('foldForQuote', () => {
  it('folds any whitespace run (spaces, tabs, newlines, no-break spaces) to one space and trims', () => {
    expect(foldForQuote(' a \t\n b\u00a0\u00a0c\u202fd\u2007e\r\nf ')).toBe('a b c d e f');
  });

  it('folds typographic single and double quotes to straight ones', () => {
    expect(foldForQuote('\u2018a\u2019 \u201cb\u201d \u201ac\u201b \u201ed\u201f')).toBe(`'a' "b" 'c' "d"`);
  });

  it('folds hyphen and dash variants U+2010 to U+2015 and the minus sign to "-"', () => {
    expect(foldForQuote('a\u2010b\u2011c\u2012d\u2013e\u2014f\u2015g\u2212h')).toBe('a-b-c-d-e-f-g-h');
  });

  it('changes nothing else: case, letters, digits, punctuation and ellipses stay as they are', () => {
    const text = 'GPT-5.3-Codex scores 77.3%, "roughly" (sic)... \u2026 ; A\u00e9\u00df';
    expect(foldForQuote(text)).toBe(text);
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'B', ' ', '\t', '\n', '\u00a0', '\u2011', '\u2014', '\u2019', '\u201c', '.', '1') }),
        (s) => {
          expect(foldForQuote(foldForQuote(s))).toBe(foldForQuote(s));
        },
      ),
    );
  });
});

describe('quoteOccursIn', () => {
  it('finds a quote copied verbatim', () => {
    expect(occurs('Today we\u2019re releasing GPT\u20115.3\u2011Codex')).toBe(true);
  });

  it('tolerates straight quotes and ASCII hyphens for their typographic variants', () => {
    expect(occurs("Today we're releasing GPT-5.3-Codex, OpenAI's most capable agentic coding model so far.")).toBe(true);
    expect(occurs('Its API name is "gpt-5.3-codex" - the \'short\' name.')).toBe(true);
  });

  it('tolerates typographic variants in the quote where the snapshot has plain ones', () => {
    expect(occurs('Terminal\u2010Bench 2.0')).toBe(true);
    expect(occurs('Prices fell by -20%')).toBe(true);
  });

  it('tolerates a different whitespace run across table cells and lines', () => {
    expect(occurs('Terminal-Bench 2.0 77.3% 64.0%')).toBe(true);
    expect(occurs('Terminal-Bench   2.0\n77.3%  64.0%')).toBe(true);
    expect(occurs('-20% to $1.25.')).toBe(true);
    expect(occurs('Codex\n\nToday')).toBe(true);
  });

  it('ignores whitespace around the quote', () => {
    expect(occurs('  \n77.3%\t')).toBe(true);
  });

  it.each([
    ['a changed letter', "Today we're releasing GPT-5.3-Codez"],
    ['a changed digit', 'Terminal-Bench 2.0 77.4% 64.0%'],
    ['different case', "today we're releasing GPT-5.3-Codex"],
    ['a missing comma', "GPT-5.3-Codex OpenAI's most capable"],
    ['an ellipsis for skipped words', "Today we're releasing ... most capable"],
    ['a typographic ellipsis', "Today we're releasing \u2026 most capable"],
    ['a skipped word', "OpenAI's capable agentic coding model"],
    ['a removed space', 'Terminal-Bench 2.077.3%'],
    ['an added space inside a word', 'Termi nal-Bench'],
    ['a dash where the snapshot has none', 'GPT-5.3-Codex-OpenAI'],
    ['a straight quote where the snapshot has none', '"Terminal-Bench 2.0'],
    ['an apostrophe dropped', 'Today were releasing'],
  ])('rejects %s', (_, quote) => {
    expect(occurs(quote)).toBe(false);
  });

  it('rejects an empty or whitespace-only quote', () => {
    expect(occurs('')).toBe(false);
    expect(occurs(' \t\n\u00a0')).toBe(false);
  });

  it('finds any run of consecutive snapshot words, joined by any whitespace', () => {
    const words = SNAPSHOT.split(/\s+/).filter(Boolean);
    const space = fc.constantFrom(' ', '  ', '\t', '\n', '\r\n', '\u00a0', ' \n\t ');
    fc.assert(
      fc.property(
        fc.nat(words.length - 1),
        fc.integer({ min: 1, max: 8 }),
        fc.array(space, { minLength: 8, maxLength: 8 }),
        (start, count, gaps) => {
          const picked = words.slice(start, start + count);
          const quote = picked.map((w, i) => (i === 0 ? w : `${gaps[i] ?? ' '}${w}`)).join('');
          expect(occurs(quote)).toBe(true);
        },
      ),
    );
  });
});

describe('findMarkup', () => {
  eachReturns(findMarkup, 'finds markup in %j', [
    ['<script>alert(1)</script>', '<script>'],
    ['text </b> more', '</b>'],
    ['<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
    ['<Cite claim="a/b" />', '<Cite claim="a/b" />'],
    ['an MDX {expression} here', '{expression}'],
    ['a JavaScript: URL', 'JavaScript:'],
  ]);

  it.each(['77.3% > 64.0% and 2 < 3', 'a < b > c', 'GPT-5.3-Codex', '<= 90', '{unclosed', '<3 love'])('finds no markup in %j', (quote) => {
    expect(findMarkup(quote)).toBeNull();
  });
});
