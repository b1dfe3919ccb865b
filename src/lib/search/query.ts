/**
 * Queries as people type them: questions and sentences ("how many parameters does gpt-5.3-codex have"),
 * typos ("termnal bench") and names the index lacks. Pure functions used by the search page
 * (src/client/search-page.ts), which runs Pagefind and hands the counts back here:
 * - {@link queryTerms} drops stop words, so a question searches for what it asks about;
 * - {@link fallbackTerms} picks the terms to keep when no page has all of them (best terms first);
 * - {@link spellingSuggestion} and {@link closestEntities} fill the zero-result page, from the words and
 *   entities the build lists in search-hints.json.
 */

/**
 * Words that carry no meaning for this index: question words, auxiliaries, articles, pronouns and common
 * prepositions. Negations ("not", "no") and comparatives stay: they change what is asked.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or of in on at to for from by with about as into onto than then ' +
    'how many much what which who whom whose when where why is are was were be been being am ' +
    'do does did doing done has have had having can could should would will shall may might must ' +
    'i me my we our you your it its they them their he she his her this that these those there here ' +
    'get got gets say says said tell show find give any some all'
  ).split(' '),
);

/** The words of a normalized query (src/lib/search/normalize.ts) without stop words; all of them if every word is one. A quoted phrase is kept whole. */
export function queryTerms(normalized: string): string[] {
  if (/^".+"$/.test(normalized)) return [normalized];
  const words = normalized.split(' ').filter((w) => w !== '');
  const kept = words.filter((w) => !STOP_WORDS.has(w));
  return kept.length > 0 ? kept : words;
}

/**
 * The terms to search for when no result has all of `terms`, given how many results each term has alone
 * (`counts`): terms the index does not know are dropped; then the largest subset of the rest that has
 * results wins (`together` counts a subset's results). Among subsets of one size, the one keeping most words
 * of entity names (`isName`) wins, then the most specific (fewest results), then the earliest. Subsets of
 * up to MAX_FALLBACK_TERMS known terms are tried. Returns the kept terms in their original order, or []
 * when the index knows none of them.
 */
export async function fallbackTerms(
  terms: readonly string[],
  counts: ReadonlyMap<string, number>,
  together: (terms: string[]) => Promise<number>,
  isName: (term: string) => boolean = () => false,
): Promise<string[]> {
  const known = terms.filter((t) => (counts.get(t) ?? 0) > 0).slice(0, MAX_FALLBACK_TERMS);
  if (known.length <= 1) return known;
  for (let size = known.length; size >= 1; size--) {
    let best: { kept: string[]; names: number; results: number } | null = null;
    for (const kept of subsets(known, size)) {
      const results = size === 1 ? (counts.get(kept[0] as string) ?? 0) : await together(kept);
      if (results === 0) continue;
      const names = kept.filter(isName).length;
      if (!best || names > best.names || (names === best.names && results < best.results)) best = { kept, names, results };
    }
    if (best) return best.kept;
  }
  return [];
}

/** At most this many known terms take part in the fallback (2^n subsets at worst). */
export const MAX_FALLBACK_TERMS = 6;

/** The subsets of `items` with `size` elements, in order. */
function subsets<T>(items: readonly T[], size: number): T[][] {
  if (size === 0) return [[]];
  if (items.length < size) return [];
  const [head, ...rest] = items as [T, ...T[]];
  return [...subsets(rest, size - 1).map((s) => [head, ...s]), ...subsets(rest, size)];
}

/** Levenshtein distance, stopping early once it exceeds `max` (then returns max + 1). */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length] as number;
}

/** How many edits a word of this length may be off by and still be taken for a typo: none under 4 letters, 1 up to 6, 2 above. */
function allowedEdits(word: string): number {
  if (word.length < 4 || /\d/.test(word)) return 0;
  return word.length <= 6 ? 1 : 2;
}

/**
 * The nearest word of `vocabulary` (lowercase words of the index: names, titles, properties) to a word the
 * index lacks, or null: words in the vocabulary, numbers and short words stay as typed; ties go to the word
 * listed first (the vocabulary lists the commonest first).
 */
export function correctWord(term: string, vocabulary: readonly string[]): string | null {
  const edits = allowedEdits(term);
  if (edits === 0 || vocabulary.includes(term)) return null;
  let best: string | null = null;
  let bestDistance = edits + 1;
  for (const word of vocabulary) {
    const d = editDistance(term, word, edits);
    if (d < bestDistance) {
      best = word;
      bestDistance = d;
    }
  }
  return best;
}

/** The query with each word that `isKnown` rejects replaced by its correction (correctWord), or null when no word changes. */
export function spellingSuggestion(
  terms: readonly string[],
  vocabulary: readonly string[],
  isKnown: (term: string) => boolean = () => false,
): string | null {
  let changed = false;
  const out = terms.map((term) => {
    const fixed = isKnown(term) ? null : correctWord(term, vocabulary);
    if (fixed === null) return term;
    changed = true;
    return fixed;
  });
  return changed ? out.join(' ') : null;
}

/** An entity as the zero-result page offers it. */
export interface EntityHint {
  name: string;
  /** What it is: "Model", "Benchmark", "Organization", "Product". */
  kind: string;
  /** Its page, from the site root ("/models/gpt-5-2/"). */
  url: string;
  /** Its name's spellings as queries (name, aliases, variants). */
  names: string[];
}

/**
 * The entities closest to a query's terms, best first: each name scores by the share of its words that a
 * term matches exactly (1) or within a typo's distance (0.6), plus the share of the query's terms it covers.
 */
export function closestEntities(terms: readonly string[], entities: readonly EntityHint[], count = 3): EntityHint[] {
  const scoreName = (name: string): number => {
    const words = name.split(' ').filter((w) => w !== '');
    if (words.length === 0) return 0;
    let hits = 0;
    let covered = 0;
    for (const term of terms) {
      let best = 0;
      for (const w of words) {
        if (w === term) best = 1;
        else if (best < 0.6 && allowedEdits(term) > 0 && editDistance(term, w, allowedEdits(term)) <= allowedEdits(term)) best = 0.6;
      }
      hits += best;
      if (best > 0) covered += 1;
    }
    return hits / words.length + covered / Math.max(1, terms.length);
  };
  return entities
    .map((e, i) => ({ e, i, score: Math.max(0, ...e.names.map(scoreName)) }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, count)
    .map((x) => x.e);
}
