import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { foldForIndex, nameVariants, normalizeQuery } from '../../../src/lib/search/normalize.ts';
import { eachReturns } from '../cases.ts';

describe('normalizeQuery: however a name is typed, the query is the same', () => {
  eachReturns(normalizeQuery, '%j → %j', [
    ['GPT\u20115.3\u2011Codex', 'gpt 5.3 codex'], // OpenAI's non-breaking hyphens
    ['gpt-5.3-codex', 'gpt 5.3 codex'],
    ['gpt 5.3 codex', 'gpt 5.3 codex'],
    ['  GPT   5.3\tCodex ', 'gpt 5.3 codex'],
    ['Terminal\u2013Bench 2.0', 'terminal bench 2.0'], // en dash
    ['terminal-bench', 'terminal bench'],
    ['SWE\u2010Bench\u00A0Pro', 'swe bench pro'], // hyphen U+2010 and a no-break space
    ['ＯＳＷｏｒｌｄ', 'osworld'], // full-width letters
    ['τ²-bench', 'τ2 bench'], // superscript two
    ['osw\u00ADorld', 'osworld'], // soft hyphen
    ['/v1/chat/completions', 'v1 chat completions'],
    ['input_tokens', 'input tokens'],
    ['', ''],
  ]);

  test('a quoted phrase stays an exact-phrase search, typographic quotes included', () => {
    expect(normalizeQuery('“GPT‑5.3‑Codex is”')).toBe('"gpt-5.3-codex is"');
    expect(normalizeQuery('"nearly  doubled"')).toBe('"nearly doubled"');
  });

  test('property: dash, space and case variants of a name normalize alike, and normalizing twice changes nothing', () => {
    const dash = fc.constantFrom('-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212', ' ', '  ', '\u00A0');
    const word = fc.stringMatching(/^[a-z0-9.]{1,6}$/).filter((w) => !w.startsWith('.') && !w.endsWith('.'));
    fc.assert(
      fc.property(fc.array(fc.tuple(word, dash), { minLength: 1, maxLength: 5 }), fc.boolean(), (parts, upper) => {
        const typed = parts.map(([w, d], i) => (i === 0 ? w : `${d}${w}`)).join('');
        const plain = parts.map(([w]) => w).join(' ');
        const shown = upper ? typed.toUpperCase() : typed;
        expect(normalizeQuery(shown)).toBe(normalizeQuery(plain));
        expect(normalizeQuery(normalizeQuery(shown))).toBe(normalizeQuery(shown));
      }),
    );
  });
});

describe('foldForIndex', () => {
  test('turns every dash into "-" and every space into " ", and drops invisible characters, keeping the rest', () => {
    expect(foldForIndex('GPT\u20115.3\u2011Codex scores 77.3\u202F% — “quoted”\u200B')).toBe('GPT-5.3-Codex scores 77.3 % - “quoted”');
  });
  test('leaves plain text alone', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9 .,:;%()"'-]*$/), (text) => {
        expect(foldForIndex(text)).toBe(text);
      }),
    );
  });
});

describe('nameVariants', () => {
  test('hyphenated and versioned names get spaced and joined spellings', () => {
    const v = nameVariants('Terminal-Bench 2.0', ['TB2']);
    expect(v).toEqual(expect.arrayContaining(['terminal bench 2.0', 'terminalbench2.0', 'tb2', 'tb 2']));
  });
  test('camel case and letter/digit runs are split', () => {
    expect(nameVariants('HumanEval')).toContain('human eval');
    expect(nameVariants('OSWorld-Verified')).toEqual(expect.arrayContaining(['osworld verified', 'os world verified', 'osworldverified']));
    expect(nameVariants('tau2-bench')).toContain('tau 2 bench');
  });
  test('Unicode dashes in a name or alias are folded first', () => {
    expect(nameVariants('GPT\u20115.3\u2011Codex')).toEqual(expect.arrayContaining(['gpt 5.3 codex', 'gpt5.3codex', 'gpt 5.3 codex']));
  });
  test('lowercase, unique, never the name itself and never empty', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.array(fc.string({ maxLength: 12 }), { maxLength: 4 }), (name, aliases) => {
        const v = nameVariants(name, aliases);
        expect(new Set(v).size).toBe(v.length);
        for (const s of v) {
          expect(s).toBe(s.toLowerCase());
          expect(s.trim()).not.toBe('');
          expect(s).not.toBe(foldForIndex(name.normalize('NFKC')).toLowerCase().replace(/\s+/g, ' ').trim());
        }
      }),
    );
  });
});
