/**
 * A search as a URL: /search/?q=terminal+bench&type=Claim&model=GPT-5.3-Codex. The search page writes its
 * state here on every search and reads it on load, so a copied address restores the same results.
 * Pure (URLSearchParams only), shared by the search page and the tests.
 */

/** The filter keys, in the order the filter pane shows them; each is also its URL parameter name. */
export const FILTER_KEYS = ['type', 'model', 'benchmark', 'source', 'finding kind'] as const;
/** One filter key. */
export type FilterKey = (typeof FILTER_KEYS)[number];

/** A query and the selected filter values (a key with several values matches any of them). */
export interface SearchState {
  q: string;
  filters: Partial<Record<FilterKey, string[]>>;
}

const isFilterKey = (key: string): key is FilterKey => (FILTER_KEYS as readonly string[]).includes(key);

/** Reads a search from a query string ("?q=…&type=Claim"); unknown parameters and empty values are ignored. */
export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const [key, value] of params) {
    if (!isFilterKey(key) || value.trim() === '') continue;
    const values = filters[key] ?? [];
    if (!values.includes(value)) values.push(value);
    filters[key] = values;
  }
  return { q: params.get('q')?.trim() ?? '', filters };
}

/**
 * Keeps only the filter values the index has (`known`: Pagefind's filters(), key → value → count), so an
 * address naming a value that does not exist (?type=NoSuchType) is ignored, as an unknown parameter is,
 * instead of silently filtering every result out with nothing on the page to clear it.
 */
export function knownFilters(filters: SearchState['filters'], known: unknown): SearchState['filters'] {
  const index = (typeof known === 'object' && known !== null ? known : {}) as Record<string, unknown>;
  const out: SearchState['filters'] = {};
  for (const key of FILTER_KEYS) {
    const values = index[key];
    const have = typeof values === 'object' && values !== null ? (values as Record<string, unknown>) : {};
    const kept = (filters[key] ?? []).filter((v) => Object.hasOwn(have, v));
    if (kept.length > 0) out[key] = kept;
  }
  return out;
}

/** Writes a search as a query string with a leading "?" ("" when there is nothing to keep), filters in FILTER_KEYS order. */
export function writeSearchState(state: { q: string; filters: Readonly<Record<string, readonly string[] | undefined>> }): string {
  const params = new URLSearchParams();
  if (state.q.trim() !== '') params.set('q', state.q.trim());
  for (const key of FILTER_KEYS) for (const value of state.filters[key] ?? []) params.append(key, value);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** A filter as Pagefind takes it: one value, or `{ any: [...] }` for several. */
export type PagefindFilter = string | { any: string[] };

/**
 * Filters for Pagefind: values of one key are alternatives (type Claim or Finding), keys combine (a
 * Claim about GPT-5.2). Pagefind would AND an array of values, so several become `{ any: [...] }`.
 */
export function toPagefindFilters(filters: Readonly<Record<string, readonly string[] | undefined>>): Record<string, PagefindFilter> {
  const out: Record<string, PagefindFilter> = {};
  for (const [key, values] of Object.entries(filters)) {
    if (!values || values.length === 0) continue;
    out[key] = values.length === 1 ? (values[0] as string) : { any: [...values] };
  }
  return out;
}
