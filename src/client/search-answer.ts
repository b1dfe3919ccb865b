/**
 * How the search page answers a query that Pagefind, as asked, answers badly or not at all: a misspelt word
 * corrected, the best terms kept when no page has them all (src/lib/search/query.ts), and the note above the
 * results that says what was searched instead. Loaded by src/client/search-page.ts.
 */
import { closestEntities, type EntityHint, fallbackTerms, spellingSuggestion } from '../lib/search/query.ts';
import { el } from './dom.ts';

/** What the note above the results says about the last query (null: nothing to say). */
export type Note =
  | { kind: 'corrected'; asked: string; searched: string }
  | { kind: 'fallback'; asked: string; searched: string; dropped: string[] }
  | { kind: 'none'; asked: string; suggestion: string | null; entities: EntityHint[] };

/** Filter counts as Pagefind gives them: filter key → value → number of results. */
export type FilterCounts = Record<string, Record<string, number>>;

/**
 * What Pagefind's search() answers (Pagefind 1.6): the results (each loads its card's data on demand), and
 * per filter value the results it would leave given the other checked filters (`filters`) and alone (`totalFilters`).
 */
export type PagefindResult = {
  filters?: FilterCounts;
  totalFilters?: FilterCounts;
  results: { id: string; data(): Promise<unknown> }[];
};

/**
 * A query's results: a misspelt word corrected (to the nearest word of the vocabulary) when the query as
 * typed finds nothing or the correction names an entity exactly; else all its terms; else the best terms
 * (fallbackTerms: unknown words dropped, then the largest subset with results, names kept). Each step asks
 * only for the index chunks of its own words. With nothing at all, the note offers a spelling and the
 * closest pages.
 */
export async function answer(
  term: string,
  run: (q: string) => Promise<PagefindResult | null>,
  hints: Lookups,
): Promise<{ result: PagefindResult | null; searched: string; note: Note | null }> {
  const first = await run(term);
  const terms = term.split(' ').filter((t) => t !== '');
  if (!first || term.startsWith('"') || terms.length === 0) return { result: first, searched: term, note: null };
  const fixed = spellingSuggestion(terms, hints.vocabulary, (t) => hints.known.has(t));
  if (fixed !== null && (first.results.length === 0 || Object.hasOwn(hints.bestBets, fixed))) {
    const result = await run(fixed);
    if (result && result.results.length > 0) return { result, searched: fixed, note: { kind: 'corrected', asked: term, searched: fixed } };
  }
  if (first.results.length > 0) return { result: first, searched: term, note: null };
  const counts = new Map<string, number>();
  for (const t of terms) counts.set(t, (await run(t))?.results.length ?? 0);
  const kept = await fallbackTerms(
    terms,
    counts,
    async (ts) => (await run(ts.join(' ')))?.results.length ?? 0,
    (t) => hints.names.has(t),
  );
  if (kept.length > 0 && kept.length < terms.length) {
    const searched = kept.join(' ');
    const result = await run(searched);
    if (result && result.results.length > 0) {
      const dropped = terms.filter((t) => !kept.includes(t));
      return { result, searched, note: { kind: 'fallback', asked: term, searched, dropped } };
    }
  }
  const entities = closestEntities(fixed?.split(' ') ?? terms, hints.entities);
  return { result: first, searched: term, note: { kind: 'none', asked: term, suggestion: fixed, entities } };
}

/** What the build writes next to the index for this page (searchHints in src/integrations/pagefind.ts). */
export interface Hints {
  bestBets: Record<string, string>;
  entities: EntityHint[];
  vocabulary: string[];
}
export const NO_HINTS: Hints = { bestBets: {}, entities: [], vocabulary: [] };

/** The hints with the vocabulary as a set and the words of entity names (kept in the fallback before other words). */
export interface Lookups extends Hints {
  known: Set<string>;
  names: Set<string>;
}
export function lookups(hints: Hints): Lookups {
  return {
    ...hints,
    known: new Set(hints.vocabulary),
    names: new Set(hints.entities.flatMap((e) => e.names.flatMap((n) => n.split(' ')))),
  };
}

/** Writes the note above the results (see Note): what was searched instead, or what to try when nothing matched. */
export function showNote(root: HTMLElement, base: string, note: Note | null): void {
  const box = root.querySelector<HTMLElement>('[data-search-note]');
  if (!box) return;
  box.replaceChildren();
  box.hidden = note === null;
  if (!note) return;
  const query = (q: string): HTMLAnchorElement => {
    const a = el('a', 'search-note-query', q);
    a.href = `${base}search/?q=${encodeURIComponent(q).replace(/%20/g, '+')}`;
    return a;
  };
  if (note.kind === 'corrected') {
    box.append(el('strong', '', 'Showing results for '), query(note.searched), `: no page has “${note.asked}” as typed.`);
  } else if (note.kind === 'fallback') {
    box.append(
      el('strong', '', 'No page has every word of your query. '),
      `Showing results for `,
      query(note.searched),
      note.dropped.length > 0 ? `, without “${note.dropped.join('”, “')}”.` : '.',
    );
  } else {
    box.append(el('strong', '', `Nothing matches “${note.asked}”. `));
    if (note.suggestion) box.append('Did you mean ', query(note.suggestion), '? ');
    if (note.entities.length > 0) {
      box.append('Closest pages: ');
      note.entities.forEach((e, i) => {
        const a = el('a', 'search-note-entity', e.name);
        a.href = `${base}${e.url.replace(/^\//, '')}`;
        box.append(...(i > 0 ? [', '] : []), a, ` (${e.kind.toLowerCase()})`);
      });
      box.append('.');
    } else if (!note.suggestion) box.append('Try fewer or other words, or browse every page in the A–Z index below.');
  }
}
