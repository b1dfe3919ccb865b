/**
 * How the search page draws its results: one card per result from Pagefind's result data (type, title,
 * value, source, excerpt), a first page of RESULTS_PER_PAGE cards and "Show more results" for the next.
 * A card's data (its fragment file) is loaded only when the card is rendered. Loaded by src/client/search-page.ts.
 */
import { leadLength, recordLead } from '../lib/search/excerpt.ts';
import { el } from './dom.ts';
import type { PagefindResult } from './search-answer.ts';

/** The parts of a Pagefind result's data the template uses (fields set by src/lib/search/records.ts). */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined>;
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

/** One result: type, linked title, value and source, excerpt. */
export function renderResult(data: ResultData, base: string): Element {
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

/** How many cards the first page of results shows, and how many each "Show more results" adds. */
export const RESULTS_PER_PAGE = 10;

/** A card that could not load its data still says so, in place, instead of leaving a blank. */
function failedCard(): HTMLLIElement {
  return el('li', 'sr-result sr-failed', el('p', '', 'This result could not be loaded. Search again, or reload the page.'));
}

/**
 * The result list of the current search: `show` replaces it with the first page of cards, `more` appends the
 * next page. Each page's cards start as placeholders and become cards as their data arrives, in order; a card of
 * a search that has since been replaced is dropped.
 */
export class ResultList {
  #results: PagefindResult['results'] = [];
  #rendered = 0;
  #generation = 0;
  readonly list: HTMLUListElement;
  readonly more: HTMLElement;
  readonly base: string;
  /** `list`: the <ul> of cards; `more`: the block holding the "Show more results" button; `base`: the site's base path. */
  constructor(list: HTMLUListElement, more: HTMLElement, base: string) {
    this.list = list;
    this.more = more;
    this.base = base;
    more.querySelector('button')?.addEventListener('click', () => {
      void this.showMore().then((card) => card?.querySelector<HTMLAnchorElement>('.sr-link')?.focus());
    });
  }

  /** Every result of the current search, rendered or not. */
  get results(): readonly PagefindResult['results'][number][] {
    return this.#results;
  }

  /** Replaces the list with the first page of `results`. */
  show(results: PagefindResult['results']): void {
    this.#generation++;
    this.#results = results;
    this.#rendered = 0;
    this.list.replaceChildren();
    void this.showMore();
  }

  /** Renders the next page of cards; resolves to the first of them once it is drawn (null when there was none). */
  showMore(): Promise<Element | null> {
    const generation = this.#generation;
    const page = this.#results.slice(this.#rendered, this.#rendered + RESULTS_PER_PAGE);
    this.#rendered += page.length;
    const cards = page.map((result) => {
      const placeholder = el('li', 'sr-placeholder');
      placeholder.setAttribute('aria-hidden', 'true');
      this.list.append(placeholder);
      return result
        .data()
        .then((data) => renderResult(data as ResultData, this.base))
        .catch(() => failedCard())
        .then((card) => {
          if (generation !== this.#generation) return null;
          placeholder.replaceWith(card);
          return card;
        });
    });
    this.list.setAttribute('aria-busy', String(cards.length > 0));
    void Promise.all(cards).then(() => {
      if (generation === this.#generation) this.list.setAttribute('aria-busy', 'false');
    });
    this.#updateMore();
    return cards[0] ?? Promise.resolve(null);
  }

  #updateMore(): void {
    const left = this.#results.length - this.#rendered;
    this.more.hidden = left <= 0;
    const count = this.more.querySelector('[data-search-more-count]');
    if (count) count.textContent = `Showing ${this.#rendered} of ${this.#results.length} results.`;
  }
}
