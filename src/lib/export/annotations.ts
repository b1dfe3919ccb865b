/**
 * W3C Web Annotation (https://www.w3.org/TR/annotation-model/) export: each claim as an annotation whose
 * target is its source, selected by a TextQuoteSelector (exact text with a prefix and suffix that make it
 * unique in the snapshot) and a TextPositionSelector (Unicode code point offsets into the snapshot, as the
 * model requires), with the snapshot's sha256; the claim is the body. Pure.
 */
import { codePointOffset } from '../content/span.ts';

/** A claim's span with the snapshot's characters at it: [start, end) in UTF-16 code units. */
interface Span {
  start: number;
  end: number;
  exact: string;
}

/** The JSON-LD context: the Web Annotation context plus schema.org for `schema:sha256`. */
export const ANNOTATION_CONTEXT = ['http://www.w3.org/ns/anno.jsonld', { schema: 'https://schema.org/' }] as const;

/** Media type of the annotation files. */
export const ANNOTATION_MEDIA_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';

/** A W3C TextQuoteSelector. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

/** A W3C TextPositionSelector: [start, end) in Unicode code points. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** Context added on each side of the quote per step until prefix + exact + suffix is unique. */
const CONTEXT_STEP = 16;

function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/** The shortest prefix/suffix (in steps of 16 characters) that make the span's text occur once in the snapshot. */
export function quoteSelector(text: string, span: Span): TextQuoteSelector {
  for (let n = 0; ; n += CONTEXT_STEP) {
    const prefix = text.slice(Math.max(0, span.start - n), span.start);
    const suffix = text.slice(span.end, span.end + n);
    const hits = occurrences(text, prefix + span.exact + suffix);
    const whole = span.start - n <= 0 && span.end + n >= text.length;
    if (hits.length === 1 || whole) {
      return { type: 'TextQuoteSelector', exact: span.exact, ...(prefix ? { prefix } : {}), ...(suffix ? { suffix } : {}) };
    }
  }
}

/** The selector's span in code points of the snapshot text. */
export function positionSelector(text: string, span: Span): TextPositionSelector {
  return { type: 'TextPositionSelector', start: codePointOffset(text, span.start), end: codePointOffset(text, span.end) };
}

/** Where a TextQuoteSelector anchors in a text: [start, end) of its exact text, in UTF-16 indexes. */
export type Anchor = { ok: true; start: number; end: number } | { ok: false; matches: number; message: string };

/**
 * Re-anchors a TextQuoteSelector in a text as an annotation client would: prefix + exact + suffix must
 * occur exactly once. An ambiguous selector (several matches) is rejected, as is one that does not occur.
 */
export function anchorQuote(text: string, selector: TextQuoteSelector): Anchor {
  const prefix = selector.prefix ?? '';
  const hits = occurrences(text, prefix + selector.exact + (selector.suffix ?? ''));
  if (hits.length === 1) {
    const start = (hits[0] as number) + prefix.length;
    return { ok: true, start, end: start + selector.exact.length };
  }
  return {
    ok: false,
    matches: hits.length,
    message:
      hits.length === 0
        ? `the selector's text ${JSON.stringify(selector.exact)} does not occur in the snapshot`
        : `the selector's text ${JSON.stringify(selector.exact)} occurs ${hits.length} times in the snapshot: add a prefix and suffix that make it unique`,
  };
}

/** What the export needs to know about a claim. */
export interface AnnotatedClaim {
  /** Global claim id ("source/local"). */
  id: string;
  /** The claim's quote: the snapshot's own characters at its span. */
  quote: string;
  /** Where the quote is in the snapshot (UTF-16 code units, end exclusive), as the validator resolved it. */
  span: { start: number; end: number };
  /** The claim stated in words, e.g. "GPT-5.3-Codex, benchmark score (benchmark: Terminal-Bench 2.0): 77.3%". */
  statement: string;
  /** Absolute URL of the claim's permalink. */
  url: string;
}

/** What the export needs to know about a source. */
export interface AnnotatedSource {
  slug: string;
  title: string;
  /** The live URL, when the source states it. */
  url: string | null;
  /** Absolute URL of the source's page on this site. */
  pageUrl: string;
  /** The snapshot's sha256 (hex). */
  sha256: string;
  /** When the snapshot was captured (YYYY-MM-DD, YYYY-MM or YYYY), null when unknown. */
  retrieved: string | null;
  /** The snapshot text. */
  snapshot: string;
}

/** One claim as a Web Annotation; throws (naming the claim) when its span does not hold its quote in the snapshot. */
export function claimAnnotation(claim: AnnotatedClaim, source: AnnotatedSource): object {
  const span = { ...claim.span, exact: source.snapshot.slice(claim.span.start, claim.span.end) };
  if (span.exact === '' || span.exact !== claim.quote)
    throw new Error(
      `claim ${claim.id}: its span [${span.start}, ${span.end}) does not hold its quote in the snapshot of ${source.slug}; run npm run content:check`,
    );
  return {
    id: `${claim.url}#annotation`,
    type: 'Annotation',
    motivation: 'describing',
    body: [
      { type: 'TextualBody', purpose: 'describing', format: 'text/plain', language: 'en', value: claim.statement },
      { id: claim.url, type: 'Text', format: 'text/html' },
    ],
    target: {
      type: 'SpecificResource',
      source: source.url ?? source.pageUrl,
      ...(/^\d{4}-\d{2}-\d{2}$/.test(source.retrieved ?? '')
        ? { state: { type: 'TimeState', sourceDate: `${source.retrieved}T00:00:00Z` } }
        : {}),
      'schema:sha256': source.sha256,
      selector: [quoteSelector(source.snapshot, span), positionSelector(source.snapshot, span)],
    },
  };
}

/** An AnnotationCollection with one embedded page holding every annotation. */
export function annotationCollection(id: string, label: string, items: readonly object[], license: string): object {
  return {
    '@context': ANNOTATION_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label,
    'schema:license': license,
    total: items.length,
    first: { id: `${id}#page-1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}
