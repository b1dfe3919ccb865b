/** Rule: a source's own fields: its shape, real dates, and a snapshot that matches its recorded sha256. */
import { type SourceFrontmatter, sourceSchema } from '../../../schemas/source.ts';
import type { Source, SourceKind, Tier } from '../../types.ts';
import { parseDate } from '../../values.ts';
import { show } from '../errors.ts';
import type { PreparedSnapshot } from '../quote.ts';
import type { Report } from '../report.ts';
import type { RawSource } from '../types.ts';
import { parseShape } from '../zod-issues.ts';
import { checkQuote } from './claim-quote.ts';

/** Reliability tier derived from a source's kind. */
export function tierOf(kind: SourceKind): Tier {
  switch (kind) {
    case 'vendor':
      return 1;
    case 'press':
    case 'reference':
      return 2;
    case 'wiki':
    case 'glossary':
    case 'blog':
      return 3;
    case 'marketing':
      return 4;
  }
}

/** A stated date, checked to be real; null when the source does not state it or it is not a date (reported). */
function checkDate(value: unknown, field: string, report: Report): string | null {
  if (value === null) return null;
  const date = parseDate(value);
  if (date) return date;
  report({
    field,
    message: `"${field}" is not a real date.`,
    expected: 'a real date written as YYYY-MM-DD, YYYY-MM or YYYY, or null when the source does not state it',
    got: show(value),
    hint: 'write the date exactly as the source states it, or null. Never guess a date.',
  });
  return null;
}

/** The snapshot exists and is byte for byte the one whose sha256 was recorded. */
function checkSnapshot(entry: RawSource, recorded: string, report: Report, reportInSnapshot: Report): void {
  if (entry.snapshot === null) {
    reportInSnapshot(
      {
        field: 'snapshot',
        message: 'The source has no snapshot.',
        expected: 'a byte-identical copy of the document in snapshot.txt beside index.mdx',
        got: '(missing file)',
        hint: 'copy the original document there (npm run source:add does it for you).',
      },
      { line: 0, column: 0 },
    );
  } else if (entry.snapshotSha256 !== recorded) {
    report({
      field: 'sha256',
      message: 'snapshot.txt does not match its recorded sha256: the archived text changed.',
      expected: `sha256 ${recorded}`,
      got: `sha256 ${entry.snapshotSha256}`,
      hint: 'restore snapshot.txt byte for byte from the original document. Update sha256 only when archiving a new capture on purpose.',
    });
  }
}

/**
 * Checks a source's own fields; returns the frontmatter and the typed source, or null when its shape is wrong.
 * `snapshot` is the source's snapshot folded once by the caller (null when it has none).
 */
export function checkSource(
  entry: RawSource,
  report: Report,
  reportInSnapshot: Report,
  locate: (field: string) => { line: number; column: number },
  snapshot: PreparedSnapshot | null,
): { frontmatter: SourceFrontmatter; source: Source } | null {
  const fm = parseShape(sourceSchema, entry.data, 'the frontmatter', report, locate);
  if (!fm) return null;
  const published = checkDate(fm.published, 'published', report);
  const retrieved = checkDate(fm.retrieved, 'retrieved', report);
  checkSnapshot(entry, fm.sha256, report, reportInSnapshot);
  const notClaims: Source['notClaims'] = [];
  fm.notClaims.forEach((n, i) => {
    const at = (problem: Parameters<Report>[0]) =>
      report({ ...problem, field: 'notClaims', message: `notClaims[${i}] (${problem.field}): ${problem.message}` });
    const resolved = checkQuote(n, snapshot, entry.snapshotFile, at);
    if (resolved && resolved !== true)
      notClaims.push({
        quote: resolved.exact,
        span: resolved.span,
        reason: n.reason,
        claim: n.claim === undefined ? null : `${entry.id}/${n.claim}`,
        note: n.note ?? null,
      });
  });
  const source: Source = {
    slug: entry.id,
    title: fm.title,
    titled: fm.titled,
    publisher: fm.publisher,
    url: fm.url,
    published,
    retrieved,
    kind: fm.kind,
    tier: tierOf(fm.kind),
    tierRationale: fm.tierRationale,
    sha256: fm.sha256,
    description: fm.description,
    file: entry.file,
    notClaims,
    coverage: fm.coverage,
  };
  return { frontmatter: fm, source };
}
