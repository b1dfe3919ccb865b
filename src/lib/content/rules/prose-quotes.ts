/**
 * Rule: words the site's own prose puts in double quotation marks are a source's words (issue #12,
 * mechanism 8). Applies to editors' notes (content/notes), claim `note:` fields, source summaries (the MDX
 * body of content/sources/<id>/index.mdx) and entity bodies (models, benchmarks, organizations, products).
 * A quote matches with the tolerance of a claim's quote (span.ts: whitespace runs, typographic quotes,
 * dashes and hyphens), never letter case: "Thousands" is not the snapshot's "thousands".
 */
import { type ContentError, show } from '../errors.ts';
import type { PreparedSnapshot } from '../quote.ts';
import { type Report, reporter } from '../report.ts';
import { caseVariantIn, lineAt, occursIn } from '../span.ts';
import type { RawEntry } from '../types.ts';

/**
 * A quote: straight "..." or curly “...”. It may wrap onto the next line (prose is wrapped), never across a
 * blank line (a new paragraph). Single quotes are not read as quotes: they are also apostrophes.
 */
const QUOTED = /"((?:[^"\n]|\n(?![ \t]*\n))+)"|\u201c((?:[^\u201d\n]|\n(?![ \t]*\n))+)\u201d/g;
/** <Cite claim="..." /> tags: their attribute quotes are markup, not quotation. */
const CITE_TAG = /<Cite\b[^>]*\/>/g;

/** One quoted string of a prose text: the words between the marks, and the offset of its opening mark. */
export interface QuotedText {
  /** The quoted words, trimmed. */
  text: string;
  /** Offset of the opening quotation mark in the prose. */
  offset: number;
}

/** The quoted strings of a prose text (an MDX body or a note field), outside <Cite> tags. */
export function quotedStrings(prose: string): QuotedText[] {
  const text = prose.replace(CITE_TAG, (tag) => ' '.repeat(tag.length));
  const out: QuotedText[] = [];
  for (const m of text.matchAll(QUOTED)) {
    // A quote wrapped onto the next line is shown as one line, as the snapshot's whitespace is matched.
    const quoted = (m[1] ?? m[2] ?? '').replace(/\s+/g, ' ').trim();
    if (quoted) out.push({ text: quoted, offset: m.index });
  }
  return out;
}

/** What a prose text is checked against: the snapshots its quotes may come from, and how to name them. */
export interface QuoteScope {
  /** The snapshots a quote may occur in. */
  snapshots: readonly PreparedSnapshot[];
  /** Who quotes, for the message: "The note", "The summary", "The page text". */
  speaker: string;
  /** Where the words were not found, for the message: "no source's snapshot contains" or "content/sources/x/snapshot.txt does not contain". */
  missing: string;
  /** The expected text, for the message. */
  expected: string;
}

const TOLERANCE = 'only whitespace runs and typographic quotes, dashes and hyphens may differ; letter case must match';

/** The scope of content/notes and of entity bodies: any source's snapshot (they speak across sources). */
export function anySnapshot(snapshots: readonly PreparedSnapshot[], speaker: string): QuoteScope {
  return {
    snapshots,
    speaker,
    missing: "which no source's snapshot contains",
    expected: `quoted words copied from a snapshot (${TOLERANCE})`,
  };
}

/** The scope of a claim's note or a source's summary: that source's own snapshot only. */
export function ownSnapshot(snapshot: PreparedSnapshot, snapshotFile: string, speaker: string, whose: string): QuoteScope {
  return {
    snapshots: [snapshot],
    speaker,
    missing: `which ${snapshotFile} does not contain`,
    expected: `quoted words copied from ${whose} snapshot, ${snapshotFile} (${TOLERANCE})`,
  };
}

/**
 * Reports each quoted string of `prose` that occurs in none of the scope's snapshots; `at` turns the offset
 * of a quote in `prose` into the position to report (or null for the field's own position).
 */
export function checkProseQuotes(
  prose: string,
  scope: QuoteScope,
  field: string,
  report: Report,
  at: (offset: number) => { line: number; column: number } | undefined = () => undefined,
): void {
  for (const q of quotedStrings(prose)) {
    if (scope.snapshots.some((s) => occursIn(q.text, s))) continue;
    const variant = scope.snapshots.map((s) => caseVariantIn(q.text, s)).find((v) => v !== null);
    const fix = variant
      ? `copy the words with the snapshot's own letters (it has ${show(variant)}), or remove the quotation marks where the words are the site's.`
      : "quote the source's own words, or remove the quotation marks where the words are the site's.";
    report(
      {
        field,
        message: `${scope.speaker} quotes ${show(q.text)}, ${scope.missing}.`,
        expected: scope.expected,
        got: show(q.text),
        hint: fix,
      },
      at(q.offset),
    );
  }
}

/** Checks the quoted text of an MDX body (a note, a source summary, an entity page), reporting at the quote's own line. */
export function checkBodyQuotes(entry: RawEntry, scope: QuoteScope, errors: ContentError[]): void {
  const bodyStart = Math.max(0, entry.text.lastIndexOf(entry.body));
  checkProseQuotes(entry.body, scope, 'body', reporter(errors, entry.file, null), (offset) => ({
    line: lineAt(entry.text, bodyStart + offset),
    column: 0,
  }));
}
