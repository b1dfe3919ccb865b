/** Quote spans: the snapshot's own characters at the place a quote matches, under quote.ts's tolerant matching. */
import { describe, expect, it } from 'vitest';
import { foldForQuote, prepareSnapshot, quoteOccursIn } from '../../../src/lib/content/quote.ts';
import { codePointOffset, foldSnapshot, quoteSpan, quoteSpans } from '../../../src/lib/content/span.ts';

const SNAPSHOT = [
  '\ufeffIntroducing GPT\u20115.3\u2011Codex',
  '',
  'Today we\u2019re releasing GPT\u20115.3\u2011Codex, OpenAI\u2019s most capable agentic coding model so far.',
  'Terminal-Bench 2.0\t77.3%\t\n64.0%',
  'Emoji \u{1f600} then Terminal-Bench 2.0 again.',
].join('\n');

describe('quoteSpan', () => {
  it('returns the snapshot characters (typographic dashes and apostrophes, tabs and newlines) at the match', () => {
    const span = quoteSpan("Today we're releasing GPT-5.3-Codex, OpenAI's most capable", SNAPSHOT);
    expect(span?.exact).toBe('Today we\u2019re releasing GPT\u20115.3\u2011Codex, OpenAI\u2019s most capable');
    expect(SNAPSHOT.slice(span?.start, span?.end)).toBe(span?.exact);
    expect(quoteSpan('Terminal-Bench 2.0 77.3% 64.0%', SNAPSHOT)?.exact).toBe('Terminal-Bench 2.0\t77.3%\t\n64.0%');
  });

  it('finds a span exactly when quoteOccursIn accepts the quote, and the span folds to the quote', () => {
    const prepared = prepareSnapshot(SNAPSHOT);
    for (const quote of ['GPT-5.3-Codex', '77.3%', '7.3%', 'Codex, OpenAI', 'odex', 'capable  agentic', 'nowhere', '64.0% Emoji']) {
      const span = quoteSpan(quote, SNAPSHOT);
      expect(span !== null, quote).toBe(quoteOccursIn(quote, prepared));
      if (span) expect(foldForQuote(span.exact)).toBe(foldForQuote(quote));
    }
  });

  it('lists every occurrence, in order', () => {
    const spans = quoteSpans('Terminal-Bench 2.0', foldSnapshot(SNAPSHOT));
    expect(spans.map((s) => s.exact)).toEqual(['Terminal-Bench 2.0', 'Terminal-Bench 2.0']);
    expect(spans[0]?.start).toBeLessThan(spans[1]?.start as number);
  });
});

describe('codePointOffset', () => {
  it('counts a character outside the BMP once and the BOM as a character', () => {
    const at = SNAPSHOT.indexOf('then');
    expect(codePointOffset(SNAPSHOT, at)).toBe(at - 1);
    expect(codePointOffset(SNAPSHOT, 1)).toBe(1);
  });
});
