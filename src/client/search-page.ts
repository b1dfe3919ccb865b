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
import { leadLength, recordLead } from '../lib/search/excerpt.ts';
import { normalizeQuery } from '../lib/search/normalize.ts';
import { closestEntities, type EntityHint, fallbackTerms, queryTerms, spellingSuggestion } from '../lib/search/query.ts';
import { promoteBestBet } from '../lib/search/rank.ts';
import { FILTER_KEYS, knownFilters, readSearchState, toPagefindFilters, writeSearchState } from '../lib/search/state.ts';

type Filters = Record<string, string[]>;

/** The parts of a Pagefind result's data the template uses (fields set by src/lib/search/records.ts). */
interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined>;
}

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
    search(
      term: string | null,
      options: unknown,
    ): Promise<{ totalFilters?: unknown; results: { id: string; data(): Promise<unknown> }[] } | null>;
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

/** What the note above the results says about the last query (null: nothing to say). */
type Note =
  | { kind: 'corrected'; asked: string; searched: string }
  | { kind: 'fallback'; asked: string; searched: string; dropped: string[] }
  | { kind: 'none'; asked: string; suggestion: string | null; entities: EntityHint[] };
interface Notes {
  last: Note | null;
}

type PagefindResult = { totalFilters?: unknown; results: { id: string; data(): Promise<unknown> }[] };

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

/**
 * A query's results: a misspelt word corrected (to the nearest word of the vocabulary) when the query as
 * typed finds nothing or the correction names an entity exactly; else all its terms; else the best terms
 * (fallbackTerms: unknown words dropped, then the largest subset with results, names kept). Each step asks
 * only for the index chunks of its own words. With nothing at all, the note offers a spelling and the
 * closest pages.
 */
async function answer(
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
interface Hints {
  bestBets: Record<string, string>;
  entities: EntityHint[];
  vocabulary: string[];
}
const NO_HINTS: Hints = { bestBets: {}, entities: [], vocabulary: [] };

/** The hints with the vocabulary as a set and the words of entity names (kept in the fallback before other words). */
interface Lookups extends Hints {
  known: Set<string>;
  names: Set<string>;
}
function lookups(hints: Hints): Lookups {
  return {
    ...hints,
    known: new Set(hints.vocabulary),
    names: new Set(hints.entities.flatMap((e) => e.names.flatMap((n) => n.split(' ')))),
  };
}

/** How many result cards load their text as soon as results arrive, without waiting to scroll into view. */
const EAGER_CARDS = 4;

/** Writes the note above the results (see Note): what was searched instead, or what to try when nothing matched. */
function showNote(root: HTMLElement, base: string, note: Note | null): void {
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

/** Keeps only text and <mark> from Pagefind's excerpt HTML. */
function excerptNodes(html: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
  const out: Node[] = [];
  for (const node of doc.body.firstElementChild?.childNodes ?? []) {
    if (node.nodeType === Node.TEXT_NODE) out.push(document.createTextNode(node.textContent ?? ''));
    else if (node instanceof Element) {
      const text = document.createTextNode(node.textContent ?? '');
      if (node.tagName === 'MARK') {
        const mark = document.createElement('mark');
        mark.append(text);
        out.push(mark);
      } else out.push(text);
    }
  }
  return out;
}

/** Removes the first `count` characters from a run of text and <mark> nodes. */
function dropLeading(nodes: Node[], count: number): void {
  let left = count;
  while (left > 0 && nodes.length > 0) {
    const node = nodes[0] as Node;
    const text = node.textContent ?? '';
    if (text.length <= left) {
      nodes.shift();
      left -= text.length;
    } else {
      node.textContent = text.slice(left);
      left = 0;
    }
  }
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.append(...children);
  return node;
}

/** One result: type, linked title, value and source, excerpt. */
function renderResult(data: ResultData, base: string): Element {
  const meta = data.meta;
  const type = data.filters?.type?.[0] ?? 'Page';
  const link = el('a', 'sr-link', meta.title ?? data.url);
  link.href = data.url;
  const item = el('li', 'sr-result', el('p', 'sr-type', el('span', `sr-badge sr-${type.toLowerCase()}`, type)), el('h3', 'sr-title', link));
  const facts = el('p', 'sr-facts');
  if (meta.value) facts.append(el('span', 'sr-fact', 'Value: ', el('strong', 'sr-value', meta.value)));
  if (meta.source) {
    // A claim's source page sits next to it: /claims/<source>/<id>/ → /sources/<source>/.
    const slug = type === 'Claim' ? /\/claims\/([^/]+)\/[^/]+\/$/.exec(data.url)?.[1] : undefined;
    const source = slug ? el('a', 'sr-source', meta.source) : el('span', 'sr-source', meta.source);
    if (slug && source instanceof HTMLAnchorElement) source.href = `${base}sources/${slug}/`;
    facts.append(el('span', 'sr-fact', `${type === 'Finding' ? 'Sources' : 'Source'}: `, source));
  }
  if (facts.childNodes.length > 0) item.append(facts);
  const excerpt = excerptNodes(data.excerpt);
  dropLeading(excerpt, leadLength(excerpt.map((n) => n.textContent ?? '').join(''), recordLead(type, meta)));
  if (excerpt.some((n) => (n.textContent ?? '').trim() !== '')) item.append(el('p', 'sr-excerpt', ...excerpt));
  return item;
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
