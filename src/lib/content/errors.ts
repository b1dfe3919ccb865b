/** Content errors that teach: each names the file and line, the claim, the field, what was expected, and the fix. */

/** One problem found in the content. */
export interface ContentError {
  /** Repository-relative file path. */
  file: string;
  /** 1-based line, 0 when unknown. */
  line: number;
  /** 1-based column of the line, 0 when unknown (not printed: editors jump to the line). */
  column: number;
  /** Global claim id ("<source>/<id>") when the problem is in a claim. */
  claim: string | null;
  /** The field at fault, e.g. "quote" or "qualifiers.benchmark". */
  field: string;
  /** What is wrong, in one sentence. */
  message: string;
  /** What was expected. */
  expected: string;
  /** What was found (quoted). */
  got: string;
  /** How to fix it. */
  hint: string;
}

/** Quotes a found value for a message, shortened to stay readable. */
export function show(value: unknown): string {
  if (value === undefined) return '(missing)';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '(invalid date)' : value.toISOString().slice(0, 10);
  // A long text is cut inside its quotes, so the message still reads "…" Expected …, not an open quote.
  if (typeof value === 'string') return JSON.stringify(value.length > 116 ? `${value.slice(0, 116)}…` : value);
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

/** Formats an error on one line, as printed by the build and by content:check. */
export function formatError(e: ContentError): string {
  const where = `${e.file}${e.line ? `:${e.line}` : ''}`;
  const claim = e.claim ? ` claim "${e.claim}"` : '';
  return `${where}${claim} field "${e.field}": ${e.message} Expected ${e.expected}; got ${e.got}. Fix: ${e.hint}`;
}

/** Formats a list of errors as one report. */
export function formatErrors(errors: readonly ContentError[]): string {
  const plural = errors.length === 1 ? 'problem' : 'problems';
  return `Content has ${errors.length} ${plural}:\n${errors.map((e) => `  - ${formatError(e)}`).join('\n')}`;
}

/** Orders as String.prototype.localeCompare does, without building a collator per comparison. */
const COLLATOR = new Intl.Collator();

/** Finds the closest candidates to a mistyped id, for "did you mean" hints. */
export function closest(value: string, candidates: Iterable<string>, max = 3): string[] {
  const limit = Math.max(2, Math.floor(value.length / 3));
  const scored: [string, number][] = [];
  for (const c of candidates) {
    // The length difference and the bag distance are lower bounds of the distance: cheap ways to skip the many far candidates.
    if (Math.abs(c.length - value.length) > limit || bagDistance(value, c) > limit) continue;
    const d = distance(value, c, limit);
    if (d <= limit) scored.push([c, d]);
  }
  scored.sort((a, b) => a[1] - b[1] || COLLATOR.compare(a[0], b[0]));
  return scored.slice(0, max).map(([c]) => c);
}

/** How many characters one text has that the other lacks (the larger side): a lower bound of the edit distance. */
function bagDistance(a: string, b: string): number {
  const counts = new Map<string, number>();
  for (const ch of a) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  for (const ch of b) counts.set(ch, (counts.get(ch) ?? 0) - 1);
  let extra = 0;
  let missing = 0;
  for (const n of counts.values()) {
    if (n > 0) extra += n;
    else missing -= n;
  }
  return Math.max(extra, missing);
}

/**
 * Levenshtein distance of a and b, or a number above `limit` as soon as every path exceeds it
 * (a row's minimum never decreases): exact up to the limit, and fast for the many far candidates
 * (a page of citations to a broken source asks for hundreds of suggestions).
 */
function distance(a: string, b: string, limit: number): number {
  const row = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) row[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0;
    row[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j] ?? 0;
      const d = Math.min(tmp + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      row[j] = d;
      if (d < best) best = d;
      prev = tmp;
    }
    if (best > limit) return limit + 1;
  }
  return row[b.length] ?? 0;
}

/**
 * "Did you mean ...?" when a near id exists, otherwise how to add the missing thing. `otherwise` follows
 * the suggestion (empty when adding the thing is not the fix).
 */
export function suggest(value: string, candidates: readonly string[], noun: string, otherwise = `Otherwise add the ${noun}.`): string {
  const near = closest(value, candidates);
  if (near.length > 0) return `did you mean ${near.map((c) => `"${c}"`).join(' or ')}?${otherwise ? ` ${otherwise}` : ''}`;
  return `no ${noun} has a similar id: use an existing one or add the ${noun}.`;
}
