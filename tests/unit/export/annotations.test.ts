/** The W3C Web Annotation export on a literal snapshot: selectors, re-anchoring, rejection, the suite's MUSTs. */
import { describe, expect, it } from 'vitest';
import { foldText, resolveSpan, type Span } from '../../../src/lib/content/span.ts';
import {
  type AnnotatedSource,
  anchorQuote,
  annotationCollection,
  claimAnnotation,
  type TextPositionSelector,
  type TextQuoteSelector,
} from '../../../src/lib/export/annotations.ts';
import { annotationMustFailures, collectionMustFailures } from './w3c-annotation.ts';

const SNAPSHOT = [
  'Introducing GPT\u20115.3\u2011Codex \u{1f680}',
  'Benchmark\tGPT\u20115.3\u2011Codex\tGPT\u20115.2\u2011Codex',
  'Terminal-Bench 2.0\t77.3%\t64.0%',
  'OSWorld-Verified\t64.7%\t38.2%',
  'Repeated later: Terminal-Bench 2.0\t77.3%\t64.0% in the appendix.',
].join('\n');

const SOURCE: AnnotatedSource = {
  slug: 'vendor-post',
  title: 'Introducing GPT-5.3-Codex',
  url: 'https://example.com/introducing',
  pageUrl: 'https://claims.example/sources/vendor-post/',
  sha256: 'a'.repeat(64),
  retrieved: '2026-02-06',
  snapshot: SNAPSHOT,
};

/** A claim as the validator hands it on: its quote resolved to a span (the first, where the test's quote repeats) and given in the snapshot's characters. */
const claim = (id: string, typed: string) => {
  const found = resolveSpan(typed, foldText(SNAPSHOT));
  const missing = !found.ok && found.reason === 'not-found';
  const span = found.ok ? found.span : found.reason === 'not-found' ? { start: 0, end: typed.length } : (found.occurrences[0] as Span);
  return {
    id: `vendor-post/${id}`,
    quote: missing ? typed : SNAPSHOT.slice(span.start, span.end),
    span,
    statement: `GPT-5.3-Codex: ${id}`,
    url: `https://claims.example/claims/vendor-post/${id}/`,
  };
};

type Target = { source: string; selector: [TextQuoteSelector, TextPositionSelector]; 'schema:sha256': string };
const targetOf = (a: object) => (a as { target: Target }).target;

describe('claimAnnotation', () => {
  it('selects the snapshot characters (typographic hyphens, tabs) with a prefix and suffix that make them unique', () => {
    const a = claimAnnotation(claim('terminal-bench', 'Terminal-Bench 2.0 77.3% 64.0%'), SOURCE);
    const [quote, position] = targetOf(a).selector;
    expect(quote.exact).toBe('Terminal-Bench 2.0\t77.3%\t64.0%');
    expect(anchorQuote(SNAPSHOT, { type: 'TextQuoteSelector', exact: quote.exact }).ok).toBe(false);
    const anchored = anchorQuote(SNAPSHOT, quote);
    expect(anchored.ok && SNAPSHOT.slice(anchored.start, anchored.end)).toBe(quote.exact);
    expect(anchored.ok && anchored.start).toBe(SNAPSHOT.indexOf('Terminal-Bench'));
    expect(targetOf(a)['schema:sha256']).toBe(SOURCE.sha256);
    expect(targetOf(a).source).toBe(SOURCE.url);
    // The emoji before the quote is two UTF-16 code units and one code point: W3C counts code points.
    expect(position.start).toBe(SNAPSHOT.indexOf('Terminal-Bench') - 1);
    expect([...SNAPSHOT].slice(position.start, position.end).join('')).toBe(quote.exact);
  });

  it('leaves out prefix and suffix when the exact text is already unique', () => {
    const [quote] = targetOf(claimAnnotation(claim('osworld', 'OSWorld-Verified 64.7%'), SOURCE)).selector;
    expect(quote).toEqual({ type: 'TextQuoteSelector', exact: 'OSWorld-Verified\t64.7%' });
  });

  it('targets the source page on this site when the source states no URL', () => {
    expect(targetOf(claimAnnotation(claim('osworld', 'OSWorld-Verified 64.7%'), { ...SOURCE, url: null })).source).toBe(SOURCE.pageUrl);
  });

  it('names the claim when its span does not hold its quote', () => {
    expect(() => claimAnnotation(claim('gone', 'SWE-Bench Pro 56.8%'), SOURCE)).toThrow(
      'claim vendor-post/gone: its span [0, 19) does not hold its quote in the snapshot of vendor-post; run npm run content:check',
    );
  });

  it('passes every MUST assertion of the W3C Web Annotation test suite, alone and in a collection', () => {
    const a = claimAnnotation(claim('terminal-bench', 'Terminal-Bench 2.0 77.3% 64.0%'), SOURCE);
    const collection = annotationCollection(
      'https://claims.example/data/annotations.jsonld',
      'All claims',
      [a],
      'https://creativecommons.org/licenses/by/4.0/',
    );
    expect(annotationMustFailures({ '@context': (collection as { '@context': unknown })['@context'], ...a })).toEqual([]);
    expect(collectionMustFailures(collection)).toEqual([]);
  });

  it('the suite catches a broken annotation (no target, a selector without exact)', () => {
    expect(
      annotationMustFailures({ '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'https://x.example/a', type: 'Annotation' }),
    ).not.toEqual([]);
    const broken = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'https://x.example/a',
      type: 'Annotation',
      target: { source: 'https://x.example/', selector: { type: 'TextQuoteSelector', prefix: 'a' } },
    };
    expect(annotationMustFailures(broken).join('\n')).toMatch(/4\.2\.4-textQuoteSelectorValid/);
  });
});

describe('anchorQuote', () => {
  it('rejects a selector whose exact text occurs twice and has no prefix or suffix, saying how often it occurs', () => {
    const result = anchorQuote(SNAPSHOT, { type: 'TextQuoteSelector', exact: 'Terminal-Bench 2.0' });
    expect(result).toEqual({
      ok: false,
      matches: 2,
      message: 'the selector\'s text "Terminal-Bench 2.0" occurs 2 times in the snapshot: add a prefix and suffix that make it unique',
    });
  });

  it('rejects a selector whose text does not occur', () => {
    expect(anchorQuote(SNAPSHOT, { type: 'TextQuoteSelector', exact: 'SWE-Lancer' })).toMatchObject({ ok: false, matches: 0 });
  });
});
