/**
 * The /search/ page's script (bundled by Astro, loaded only there): a small search UI over Pagefind's JS
 * API (pagefind.js in the index bundle, Pagefind 1.6: options, init, preload, search, filters and each
 * result's data()). It:
 * - restores the query and filters from the address (?q=…&type=Claim) and writes them back on every
 *   search, so a copied address shows the same results;
 * - normalizes queries (src/lib/search/normalize.ts), so "GPT‑5.3‑Codex", "gpt-5.3-codex" and
 *   "gpt 5.3 codex" search alike, and makes the values checked within one filter alternatives;
 * - puts the page of an entity named exactly by the query first (src/lib/search/rank.ts);
 * - says in a live region how many results there are ("12 results for “osworld”"), and renders the first
 *   RESULTS_PER_PAGE of them as cards with their type, value and source, "Show more results" for the next
 *   (src/client/search-results.ts): a card's text is loaded only when the card is rendered;
 * - shows the filters as one group of checkboxes per key in FILTER_KEYS order, with counts a screen reader
 *   reads as "Finding (53 results)" (src/client/search-filters.ts), and runs filter-only searches (no
 *   query) through Pagefind's faceted search, so filters work alone; a filter with a checked value keeps its
 *   other values shown, each with what checking it too would add (alternativeCounts);
 * - searches questions and sentences as people type them (src/lib/search/query.ts): stop words are dropped;
 *   when no result has every term, a misspelt word is corrected or the best terms are kept, and a note
 *   above the results says so; a query that finds nothing offers a spelling suggestion and the closest pages;
 * - loads Pagefind (its script, WebAssembly and metadata, and the filter counts when the address checks a
 *   filter) when the page opens, the filter counts otherwise when a filter group is first opened, and then only
 *   what each query needs: its words' index chunks (preloaded while typing goes on) and the fragments of
 *   the cards it renders; never the whole index;
 * - keeps the header search box in step with the query, and sends it and the `/` and Ctrl/Cmd-K shortcuts
 *   to this page's search box; in the box, Enter searches at once, Escape clears it and ArrowDown goes to
 *   the first result.
 * Pagefind runs on the main thread (noWorker): for an index this small a search takes a few milliseconds
 * there, less than a round trip to a worker.
 */
import { normalizeQuery } from '../lib/search/normalize.ts';
import { queryTerms } from '../lib/search/query.ts';
import { promoteBestBet } from '../lib/search/rank.ts';
import { knownFilters, readSearchState, toPagefindFilters, writeSearchState } from '../lib/search/state.ts';
import { el } from './dom.ts';
import { answer, type FilterCounts, type Hints, lookups, NO_HINTS, type Note, type PagefindResult, showNote } from './search-answer.ts';
import { FilterPane, type Filters } from './search-filters.ts';
import { ResultList } from './search-results.ts';

/** The parts of Pagefind's JS API (pagefind.js, Pagefind 1.6) this page uses. */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string, options?: { filters?: unknown }): Promise<void>;
  search(term: string | null, options: { filters?: unknown }): Promise<PagefindResult | null>;
  filters(): Promise<FilterCounts>;
}

/**
 * What the page root offers tests and scripts/bench-search.ts (as `root.searchPage`): a search run at once,
 * as the header box runs it (no typing delay), and every result of the search shown. After each search the
 * root also fires a `searchresults` event, its detail `{ count }`.
 */
export interface SearchPageHandle {
  search(term: string): void;
  readonly results: readonly PagefindResult['results'][number][];
}

/**
 * Ranking: an entity's name and its spelling variants count most (so "osworld" lands on the benchmark's
 * page, not on one of the claims that mention it), then titles, then stated values.
 */
const RANKING = { termFrequency: 0.8, metaWeights: { name: 10, aliases: 6, title: 5, value: 2, source: 1, about: 1 } };
/** Words of an excerpt (Pagefind's excerptLength). */
const EXCERPT_WORDS = 22;
/** While typing goes on, how long it must pause before the next search runs (each keystroke would be a search of its own). */
const DEBOUNCE_MS = 10;

/** Loads pagefind.js from the bundle and sets it up (main thread, this site's ranking and excerpt length). */
async function loadPagefind(bundle: string): Promise<Pagefind> {
  const url = `${bundle}pagefind.js`;
  let pagefind: Pagefind;
  try {
    pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
  } catch (error) {
    throw new Error(`Pagefind did not load from ${url} (${error instanceof Error ? error.message : String(error)}).`);
  }
  if (typeof pagefind.search !== 'function' || typeof pagefind.filters !== 'function')
    throw new Error(`${url} has no search() or filters(): this Pagefind version does not fit src/client/search-page.ts.`);
  await pagefind.options({ basePath: bundle, excerptLength: EXCERPT_WORDS, noWorker: true, ranking: RANKING });
  await pagefind.init();
  warmSegmenter(document.documentElement.lang || 'en');
  return pagefind;
}

/**
 * Splits a text once with Intl.Segmenter, as Pagefind's search() does to every query. The first use of a
 * segmenter in a page is slow (it loads the segmentation data), so done while the page loads it is not paid by
 * the reader's first search (docs/benchmarks.md, 2026-12-08).
 */
function warmSegmenter(language: string): void {
  new Intl.Segmenter(language, { granularity: 'grapheme' }).segment('a')[Symbol.iterator]().next();
}

/** The summary of a search: "12 results for “osworld”", "3 results" for filters alone, else the page's default message. */
function summaryText(term: string, faceted: boolean, count: number, otherwise: string): string {
  const results = count === 0 ? 'No results' : count === 1 ? '1 result' : `${count} results`;
  if (term !== '') return `${results} for “${term}”`;
  return faceted ? results : otherwise;
}

function required<T extends Element>(root: HTMLElement, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`The search page has no ${selector}: src/pages/search/index.astro and src/client/search-page.ts disagree.`);
  return found;
}

async function start(root: HTMLElement): Promise<void> {
  const bundle = root.dataset.bundle ?? '/pagefind/';
  const base = root.dataset.base ?? '/';
  const input = required<HTMLInputElement>(root, '#search-input');
  const clear = required<HTMLButtonElement>(root, '[data-search-clear]');
  const summary = required<HTMLElement>(root, '[data-search-summary]');
  // The summary before any search, as the page writes it ("Type a query, or choose filters …").
  const defaultMessage = summary.textContent ?? '';
  const cards = required<HTMLUListElement>(root, '[data-search-results]');
  const list = new ResultList(cards, required<HTMLElement>(root, '[data-search-more]'), base);
  const header = document.querySelector<HTMLInputElement>('#site-search');

  const hintsLoaded: Promise<Hints> = fetch(`${bundle}search-hints.json`)
    .then((r) => (r.ok ? (r.json() as Promise<Hints>) : NO_HINTS))
    .catch(() => NO_HINTS);
  const pagefind = await loadPagefind(bundle);
  const initial = readSearchState(location.search);
  // Counts over the whole site: the pane's values, and the counts shown when nothing narrows them. Loading them
  // loads Pagefind's filter index, after which every search also counts every filter value over its results
  // (at 2,000 sources a broad query's first result came 6.7 s after typing with it loaded, against 0.3 s
  // without: docs/benchmarks.md). So every group starts closed, beside the results or above them, and unless
  // the address checks a filter the counts wait until the reader opens a group.
  const lazy = Object.keys(initial.filters).length === 0;
  let everything: FilterCounts = lazy ? {} : await pagefind.filters();
  const hints = lookups(await hintsLoaded);

  let term = '';
  let searchId = 0;
  const loadCounts = (): void => {
    pagefind
      .filters()
      .then((counts) => {
        everything = counts;
        pane.fill(counts);
        launch(term, pane.checked);
      })
      .catch((error: unknown) => showFailure(root, 'failed', error));
  };
  const pane = new FilterPane(
    required<HTMLElement>(root, '[data-filter-pane]'),
    lazy ? null : everything,
    (filters) => launch(term, filters),
    loadCounts,
  );

  /** Runs a search, and shows its failure above the box if it fails. */
  function launch(asked: string, filters: Filters): void {
    run(asked, filters).catch((error: unknown) => showFailure(root, 'failed', error));
  }

  /** Searches `asked` (as typed) with `filters`, then shows the results, counts, summary and note, unless a newer search started meanwhile. */
  async function run(asked: string, filters: Filters): Promise<void> {
    term = asked.trim();
    if (header && header.value !== term) header.value = term;
    if (document.activeElement !== input && input.value !== term) input.value = term;
    clear.hidden = input.value === '';
    pane.check(filters);
    const query = writeSearchState({ q: term, filters });
    if (query !== location.search) history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
    root.dataset.status = 'searching';
    const id = ++searchId;
    const pagefindFilters = toPagefindFilters(filters);
    // Filters without a query list everything they match (faceted); with neither, the page waits for input.
    const faceted = Object.keys(pagefindFilters).length > 0;
    const searched = queryTerms(normalizeQuery(term)).join(' ');
    let result: PagefindResult | null = { results: [] };
    let note: Note | null = null;
    // The words the results are for (after a correction, the corrected ones); '' for filters alone.
    let answeredTerms = '';
    // A filter-only search has no per-query totals (Pagefind answers zeros): a checked value then shows its count over everything.
    let total: FilterCounts = everything;
    if (searched === '' && faceted) {
      result = await pagefind.search(null, { filters: pagefindFilters });
    } else if (searched !== '') {
      const answered = await answer(searched, (q) => pagefind.search(q, { filters: pagefindFilters }), hints);
      result = answered.result;
      note = answered.note;
      answeredTerms = answered.searched;
      if (result) promoteBestBet(result.results, answered.searched, hints.bestBets);
      total = result?.totalFilters ?? everything;
    }
    // A copy: the counts of filters with a checked value are replaced below, and `everything` must stay as it is.
    const available = { ...(result && (searched !== '' || faceted) ? (result.filters ?? {}) : everything) };
    if (result) Object.assign(available, await alternativeCounts(answeredTerms, filters));
    if (id !== searchId) return;
    const results = result?.results ?? [];
    if (Object.keys(available).length > 0) pane.update(available, total);
    list.show(results);
    summary.textContent = summaryText(term, faceted, results.length, defaultMessage);
    showNote(root, base, note);
    // State for tests and the benchmark: data-status="searching" | "ready" (or "failed", showFailure), data-count = number of results,
    // data-answered = the query (as typed) whose results are shown.
    root.dataset.count = String(results.length);
    root.dataset.answered = asked;
    root.dataset.status = 'ready';
    root.dispatchEvent(new CustomEvent('searchresults', { detail: { count: results.length } }));
  }
  const search = (asked: string): void => launch(asked, pane.checked);

  /**
   * The counts of each filter that has a checked value, for its other values: within a filter the checked values
   * are alternatives, so another value's count is what checking it too would add, the results of the same words
   * and of the other filters' checked values (Pagefind's own counts for that filter are zero for every unchecked
   * value of a filter whose values exclude each other, such as the type).
   */
  async function alternativeCounts(terms: string, filters: Filters): Promise<FilterCounts> {
    const counts: FilterCounts = {};
    for (const key of Object.keys(filters)) {
      if ((filters[key] ?? []).length === 0) continue;
      const others = toPagefindFilters(Object.fromEntries(Object.entries(filters).filter(([k]) => k !== key)));
      const faceted = Object.keys(others).length > 0;
      if (terms === '' && !faceted) {
        counts[key] = everything[key] ?? {};
        continue;
      }
      const wider = await pagefind.search(terms === '' ? null : terms, { filters: others });
      counts[key] = wider?.filters?.[key] ?? {};
    }
    return counts;
  }

  // The first keystroke after a pause searches at once; the next ones, while the typing goes on, wait until it
  // pauses for DEBOUNCE_MS (each keystroke would be a search of its own), their words' index chunks preloaded meanwhile.
  let timer: ReturnType<typeof setTimeout> | undefined;
  let waiting = false;
  const searchTyped = (): void => {
    clearTimeout(timer);
    timer = undefined;
    waiting = false;
    search(input.value);
  };
  const pause = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      if (waiting) searchTyped();
    }, DEBOUNCE_MS);
  };
  input.addEventListener('input', (event) => {
    clear.hidden = input.value === '';
    if ((event as InputEvent).isComposing) return;
    if (timer === undefined) {
      search(input.value);
      pause();
      return;
    }
    const words = queryTerms(normalizeQuery(input.value)).join(' ');
    if (words !== '') void pagefind.preload(words).catch(() => {});
    waiting = true;
    pause();
  });
  input.addEventListener('compositionend', searchTyped);
  input.addEventListener('keydown', (event) => {
    if (event.isComposing) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      searchTyped();
    } else if (event.key === 'Escape' && input.value !== '') {
      event.preventDefault();
      input.value = '';
      searchTyped();
    } else if (event.key === 'ArrowDown') {
      const first = root.querySelector<HTMLAnchorElement>('.sr-result .sr-link');
      if (first) {
        event.preventDefault();
        first.focus();
      }
    }
  });
  // In the results, the arrow keys go from title to title; up from the first goes back to the box.
  cards.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...cards.querySelectorAll<HTMLAnchorElement>('.sr-result .sr-link')];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (at === -1) return;
    const next = event.key === 'ArrowDown' ? links[at + 1] : (links[at - 1] ?? input);
    if (!next) return;
    event.preventDefault();
    next.focus();
  });
  clear.addEventListener('click', () => {
    input.value = '';
    searchTyped();
    input.focus();
  });
  routeShortcuts(root, input, search);

  const handle: SearchPageHandle = {
    search,
    get results() {
      return list.results;
    },
  };
  Object.assign(root, { searchPage: handle });

  // Filter values the index does not have are ignored, as unknown parameters are (readSearchState).
  const filters = knownFilters(initial.filters, everything) as Filters;
  pane.check(filters, true);
  input.value = initial.q;
  launch(initial.q, filters);
  root.dataset.started = '';
  if (initial.q === '' && Object.keys(filters).length === 0) input.focus();
}

/** On this page the header box, `/` and Ctrl/Cmd-K lead to the page's own search box. */
function routeShortcuts(root: HTMLElement, input: HTMLInputElement, search: (term: string) => void): void {
  const header = document.querySelector<HTMLFormElement>('form.search-form');
  header?.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = new FormData(header).get('q');
    const term = typeof value === 'string' ? value : '';
    input.value = term;
    search(term);
    input.focus();
  });
  window.addEventListener(
    'keydown',
    (event) => {
      const target = event.target as HTMLElement | null;
      const typing = target !== null && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
      const slash = event.key === '/' && !typing;
      const mod = event.key === 'k' && (event.ctrlKey || event.metaKey);
      if (!slash && !mod) return;
      if (!root.isConnected) return;
      event.preventDefault();
      event.stopPropagation();
      input.focus();
      input.select();
    },
    { capture: true },
  );
}

/** Says above the search box that search failed, and why (data-status="failed"). */
function showFailure(root: HTMLElement, what: 'could not start' | 'failed', error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  const note = el('p', 'search-error', `Search ${what}: ${message}`);
  note.setAttribute('role', 'alert');
  root.prepend(note);
  root.dataset.status = 'failed';
}

// Last, so every declaration above is initialized before the page starts.
const root = document.querySelector<HTMLElement>('[data-search-page]');
if (root) start(root).catch((error: unknown) => showFailure(root, 'could not start', error));
