/** Exact spans (src/lib/content/span.ts): a typed quote resolves to one span of its snapshot, and the snapshot's characters are what is kept. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointOffset, exactPiece, foldChar, foldText, lineAt, resolveSpan } from '../../../src/lib/content/span.ts';

const SNAPSHOT = 'Intro line\n\nGPT\u20115.3\u2011Codex is \u201cfast\u201d \u2014 25%\tfaster.\nIt is 25% faster than GPT\u20115.2.\n';
const folded = foldText(SNAPSHOT);

describe('resolveSpan', () => {
  it("returns the snapshot's own characters for a quote typed with ASCII hyphens, quotes and spaces", () => {
    const r = resolveSpan('GPT-5.3-Codex is "fast" - 25% faster.', folded);
    expect(r).toEqual({ ok: true, span: { start: 12, end: 49 }, exact: 'GPT\u20115.3\u2011Codex is \u201cfast\u201d \u2014 25%\tfaster.' });
    if (r.ok) expect(SNAPSHOT.slice(r.span.start, r.span.end)).toBe(r.exact);
  });

  it('reports an ambiguous quote with the spans of every occurrence', () => {
    expect(resolveSpan('25% faster', folded)).toEqual({
      ok: false,
      reason: 'ambiguous',
      occurrences: [
        { start: 38, end: 48 },
        { start: 56, end: 66 },
      ],
    });
  });

  it('picks one occurrence with a prefix or a suffix (whitespace and typographic variants tolerated there too)', () => {
    expect(resolveSpan('25% faster', folded, { prefix: 'It is' })).toMatchObject({ ok: true, span: { start: 56, end: 66 } });
    expect(resolveSpan('25% faster', folded, { prefix: '"fast" -' })).toMatchObject({ ok: true, span: { start: 38, end: 48 } });
    expect(resolveSpan('25% faster', folded, { suffix: 'than GPT-5.2' })).toMatchObject({ ok: true, span: { start: 56, end: 66 } });
  });

  it('says when no occurrence has the given context', () => {
    expect(resolveSpan('25% faster', folded, { prefix: 'It was' })).toMatchObject({ ok: false, reason: 'context-not-found' });
  });

  it('respects word boundaries and tolerates nothing else', () => {
    expect(resolveSpan('5% faster', folded)).toEqual({ ok: false, reason: 'not-found' });
    expect(resolveSpan('GPT-5.3-codex is', folded)).toEqual({ ok: false, reason: 'not-found' });
  });
});

describe('exactPiece and lineAt', () => {
  it("maps a typed figure to the exact quote's characters", () => {
    expect(exactPiece('GPT-5.3-Codex', 'GPT\u20115.3\u2011Codex is')).toBe('GPT\u20115.3\u2011Codex');
    expect(exactPiece('slow', 'GPT\u20115.3\u2011Codex is')).toBeNull();
  });

  it('gives 1-based lines of offsets', () => {
    expect(lineAt(SNAPSHOT, 0)).toBe(1);
    expect(lineAt(SNAPSHOT, 12)).toBe(3);
    expect(lineAt(SNAPSHOT, 56)).toBe(4);
  });
});

describe('codePointOffset', () => {
  it('counts a character outside the BMP once and a byte-order mark as a character', () => {
    const text = '\ufeffEmoji \u{1f600} then more';
    const at = text.indexOf('then');
    expect(codePointOffset(text, at)).toBe(at - 1);
    expect(codePointOffset(text, 1)).toBe(1);
  });
});

describe('foldText', () => {
  /** The definition, one code unit at a time: whitespace runs become one space, other units fold with foldChar. */
  function foldOneByOne(text: string): { folded: string; map: number[] } {
    let folded = '';
    const map: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const ch = text[i] as string;
      if (/[\s\u00a0\u2007\u202f\u2060\ufeff]/.test(ch)) {
        if (folded.endsWith(' ')) continue;
        folded += ' ';
      } else folded += foldChar(ch);
      map.push(i);
    }
    map.push(text.length);
    return { folded, map };
  }

  it('folds exactly as the one-unit-at-a-time definition, offsets included, for any mix of letters, spaces, dashes and quotes', () => {
    const unit = fc.constantFrom(
      'a',
      'Z',
      '5',
      '.',
      ' ',
      '  ',
      '\t',
      '\n',
      '\u00a0',
      '\u2011',
      '\u2014',
      '\u2019',
      '\u201c',
      '\ufeff',
      'é',
      '日',
      '\u{1F600}',
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (units) => {
        const text = units.join('');
        const { folded, map } = foldText(text);
        expect({ folded, map }).toEqual(foldOneByOne(text));
      }),
      { numRuns: 500, seed: 20261203 },
    );
  });
});
