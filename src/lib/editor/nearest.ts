/**
 * The passage of a snapshot nearest to a quote that is not in it (content:check shows it under "Quote not found"):
 * the sentence, list item or table row sharing the most words with the quote (Dice coefficient of their word sets,
 * compared case-insensitively with typographic variants folded), ties to the earlier passage. Pure.
 */
import { foldChar, lineAt, passages } from '../content/span.ts';

const words = (text: string): Set<string> =>
  new Set(
    [...text]
      .map(foldChar)
      .join('')
      .toLowerCase()
      .split(/[^\p{L}\p{N}.%$]+/u)
      .map((w) => w.replace(/\.$/, ''))
      .filter((w) => w.length > 0),
  );

/** The nearest passage to `quote` in `snapshot`, its 1-based line and its share of shared words; null when none shares a word. */
export function nearestPassage(snapshot: string, quote: string): { text: string; line: number; similarity: number } | null {
  const want = words(quote);
  let best: { text: string; line: number; similarity: number } | null = null;
  for (const span of passages(snapshot)) {
    const text = snapshot.slice(span.start, span.end);
    const have = words(text);
    let shared = 0;
    for (const w of want) if (have.has(w)) shared++;
    const similarity = want.size + have.size === 0 ? 0 : (2 * shared) / (want.size + have.size);
    if (shared > 0 && (best === null || similarity > best.similarity)) best = { text, line: lineAt(snapshot, span.start), similarity };
  }
  return best;
}
