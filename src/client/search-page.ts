/**
 * The /search/ page's script (bundled by Astro, loaded only there). It loads Pagefind's Component UI from
 * the index bundle, then:
 * - restores the query and filters from the address (?q=…&type=Claim) and writes them back on every
 *   search, so a copied address shows the same results;
 * - normalizes queries (src/lib/search/normalize.ts), so "GPT‑5.3‑Codex", "gpt-5.3-codex" and
 *   "gpt 5.3 codex" search alike, and makes the values checked within one filter alternatives;
 * - puts the page of an entity named exactly by the query first (src/lib/search/rank.ts);
 * - renders each result with its type, value and source;
 * - runs filter-only searches (no query) through Pagefind's faceted mode, so filters work alone;
 * - searches questions and sentences as people type them (src/lib/search/query.ts): stop words are dropped;
 *   when no result has every term, a misspelt word is corrected or the best terms are kept, and a note
 *   above the results says so; a query that finds nothing offers a spelling suggestion and the closest pages;
 * - loads Pagefind when the box is focused, and then only what each query needs (its words' index chunks
 *   and the shown results' fragments);
 * - keeps the header search box in step with the query, and sends it and the `/` and Ctrl/Cmd-K shortcuts
 *   to this page's search box.
 * Pagefind runs on the main thread (no-worker on <pagefind-config>): for an index this small a search
 * takes a few milliseconds there, less than a round trip to a worker.
 */
import { normalizeQuery } from '../lib/search/normalize.ts';
import { queryTerms } from '../lib/search/query.ts';
import { promoteBestBet } from '../lib/search/rank.ts';
import { FILTER_KEYS, knownFilters, readSearchState, toPagefindFilters, writeSearchState } from '../lib/search/state.ts';
import { el } from './dom.ts';
import { answer, type Hints, type Lookups, lookups, NO_HINTS, type Notes, type PagefindResult, showNote } from './search-answer.ts';
import { type ResultData, renderResult } from './search-results.ts';

type Filters = Record<string, string[]>;

/** The parts of Pagefind's Component UI instance this page uses (pagefind-component-ui.js, Pagefind 1.6). */
interface Instance {
  faceted: boolean;
  on(event: 'search', callback: (term: string, filters: Filters) => void): void;
  on(event: 'results', callback: (result: { results: unknown[] }) => void): void;
  on(event: 'filters' | 'loading', callback: () => void): void;
  triggerLoad(): Promise<void>;
  triggerSearch(term: string): void;
  triggerSearchWithFilters(term: string, filters: Filters): void;
  __search__(term: string, filters: unknown): Promise<void>;
  __pagefind__: {
    preload(term: string): Promise<void>;
    filters(): Promise<unknown>;
    search(term: string | null, options: unknown): Promise<PagefindResult | null>;
  } | null;
}

declare global {
  interface Window {
    PagefindComponents?: { configureInstance(name: string, options: Record<string, unknown>): Instance };
  }
}

/**
 * Ranking: an entity's name and its spelling variants count most (so "osworld" lands on the benchmark's
 * page, not on one of the claims that mention it), then titles, then stated values.
 */
const RANKING = { termFrequency: 0.8, metaWeights: { name: 10, aliases: 6, title: 5, value: 2, source: 1, about: 1 } };

async function start(root: HTMLElement): Promise<void> {
  const bundle = root.dataset.bundle ?? '/pagefind/';
  const base = root.dataset.base ?? '/';
  const hints: Promise<Hints> = fetch(`${bundle}search-hints.json`)
    .then((r) => (r.ok ? (r.json() as Promise<Hints>) : NO_HINTS))
    .catch(() => NO_HINTS);
  await import(/* @vite-ignore */ `${bundle}pagefind-component-ui.js`);
  const components = window.PagefindComponents;
  if (!components) throw new Error(`Pagefind's Component UI did not load from ${bundle}pagefind-component-ui.js.`);
  const instance = components.configureInstance('default', { bundlePath: bundle, ranking: RANKING });
  if (typeof instance.__search__ !== 'function')
    throw new Error('This Pagefind version has no __search__: update src/client/search-page.ts.');

  const search = instance.__search__.bind(instance);
  instance.__search__ = (term, filters) => {
    const pagefindFilters = toPagefindFilters((filters ?? {}) as Filters);
    // Filters without a query list everything they match (Pagefind's faceted mode); with neither, the
    // page waits for input instead of listing the whole site.
    instance.faceted = Object.keys(pagefindFilters).length > 0;
    const asked = term ?? '';
    return search(queryTerms(normalizeQuery(asked)).join(' '), pagefindFilters).then(() => {
      root.dataset.answered = asked;
    });
  };

  // Beside the results there is room to show the Type filter open; above them, on a phone, all start closed.
  if (matchMedia('(min-width: 56rem)').matches) root.querySelector('pagefind-filter-pane')?.setAttribute('open', 'type');

  const results = root.querySelector('pagefind-results') as
    | (HTMLElement & { resultTemplate?: (data: ResultData) => Element; results?: { load?: () => void }[] })
    | null;
  if (results) results.resultTemplate = (data) => renderResult(data, base);

  const initial = readSearchState(location.search);
  let restored = false;
  const header = document.querySelector<HTMLInputElement>('#site-search');
  instance.on('search', (term, filters) => {
    if (header && header.value !== term) header.value = term;
    if (!restored) return;
    const query = writeSearchState({ q: term, filters });
    if (query !== location.search) history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
  });
  instance.on('filters', () => {
    orderFilterGroups(root);
    nameFilterCounts(root);
  });
  // State for tests and the benchmark: data-status="searching" | "ready", data-count = number of results,
  // data-answered = the query (as typed) whose results are shown.
  instance.on('loading', () => {
    root.dataset.status = 'searching';
  });
  instance.on('results', (result) => {
    // Pagefind loads a result's text when its card scrolls into view, a frame later; the first cards are
    // in view anyway, so start loading them now.
    for (const card of results?.results?.slice(0, EAGER_CARDS) ?? []) card.load?.();
    root.dataset.count = String(result.results.length);
    root.dataset.status = 'ready';
    showNote(root, base, notes.last);
  });

  const input = (): HTMLInputElement | null => root.querySelector('pagefind-input input');
  // Focus loads Pagefind itself (script, WebAssembly, entry); the index chunks wait for the query's words.
  root.addEventListener('focusin', (event) => {
    if (event.target === input()) void instance.triggerLoad();
  });
  routeShortcuts(root, instance, input);

  await instance.triggerLoad();
  const notes: Notes = { last: null };
  adjustResults(instance, lookups(await hints), notes);
  // Filter values the index does not have are ignored, as unknown parameters are (readSearchState).
  const filters = knownFilters(initial.filters, await instance.__pagefind__?.filters());
  restored = true;
  instance.triggerSearchWithFilters(initial.q, filters as Filters);
  root.dataset.started = '';
  if (initial.q === '' && Object.keys(filters).length === 0) input()?.focus();
}

/**
 * Three fixes to Pagefind's answers before the UI sees them:
 * - a query that is exactly an entity's name puts that entity's page first (best bets from the build's
 *   search-hints.json, src/lib/search/rank.ts);
 * - a query no result matches in full is answered as well as it can be (see answer) and `notes` says how;
 * - Pagefind 1.6 answers a filter-only search (no query) with zero "total" counts, and the filter pane shows
 *   a checked value's total ("Finding 0"); with no query, the totals are the counts over everything.
 */
function adjustResults(instance: Instance, hints: Lookups, notes: Notes): void {
  const pagefind = instance.__pagefind__;
  if (!pagefind) return;
  const search = pagefind.search.bind(pagefind);
  let everything: Promise<unknown> | null = null;
  pagefind.search = async (term, options) => {
    if (term === null) {
      notes.last = null;
      const result = await search(term, options);
      if (!result) return result;
      everything ??= pagefind.filters();
      result.totalFilters = await everything;
      return result;
    }
    const answered = await answer(term, (q) => search(q, options), hints);
    notes.last = answered.note;
    if (answered.result) promoteBestBet(answered.result.results, answered.searched, hints.bestBets);
    return answered.result;
  };
}

/** How many result cards load their text as soon as results arrive, without waiting to scroll into view. */
const EAGER_CARDS = 4;

/** On this page the header box, `/` and Ctrl/Cmd-K lead to the page's own search box. */
function routeShortcuts(root: HTMLElement, instance: Instance, input: () => HTMLInputElement | null): void {
  const header = document.querySelector<HTMLFormElement>('form.search-form');
  header?.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = new FormData(header).get('q');
    instance.triggerSearch(typeof value === 'string' ? value : '');
    input()?.focus();
  });
  window.addEventListener(
    'keydown',
    (event) => {
      const target = event.target as HTMLElement | null;
      const typing = target !== null && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
      const slash = event.key === '/' && !typing;
      const mod = event.key === 'k' && (event.ctrlKey || event.metaKey);
      if (!slash && !mod) return;
      const box = input();
      if (!box || !root.isConnected) return;
      event.preventDefault();
      event.stopPropagation();
      box.focus();
      box.select();
    },
    { capture: true },
  );
}

/** Keeps the filter groups in FILTER_KEYS order (Pagefind sorts them alphabetically). */
function orderFilterGroups(root: HTMLElement): void {
  const pane = root.querySelector('.pf-filter-pane');
  if (!pane) return;
  const groups = [...pane.querySelectorAll<HTMLElement>(':scope > .pf-filter-group')];
  const rank = (el: HTMLElement): number => {
    const name = el.dataset.filterName ?? el.querySelector('.pf-filter-group-name')?.textContent?.toLowerCase() ?? '';
    const at = (FILTER_KEYS as readonly string[]).indexOf(name);
    return at === -1 ? FILTER_KEYS.length : at;
  };
  const sorted = [...groups].sort((a, b) => rank(a) - rank(b));
  if (sorted.some((el, i) => el !== groups[i])) pane.append(...sorted);
}

/**
 * Pagefind labels a filter checkbox "Finding53" to a screen reader: the value and the count run together.
 * Hidden words make it "Finding (53 results)". Re-run after every filter update, as counts change.
 */
function nameFilterCounts(root: HTMLElement): void {
  for (const count of root.querySelectorAll<HTMLElement>('.pf-filter-checkbox-count')) {
    let before = count.previousElementSibling;
    if (!before?.classList.contains('sr-count-open')) {
      before = el('span', 'visually-hidden sr-count-open', ' (');
      count.before(before);
    }
    let after = count.nextElementSibling;
    if (!after?.classList.contains('sr-count-close')) {
      after = el('span', 'visually-hidden sr-count-close');
      count.after(after);
    }
    after.textContent = count.textContent?.trim() === '1' ? ' result)' : ' results)';
  }
}

function showFailure(root: HTMLElement, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  const note = el('p', 'search-error', `Search could not start: ${message}`);
  note.setAttribute('role', 'alert');
  root.prepend(note);
}

// Last, so every declaration above is initialized before the page starts.
const root = document.querySelector<HTMLElement>('[data-search-page]');
if (root) start(root).catch((error: unknown) => showFailure(root, error));
