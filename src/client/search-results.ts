/**
 * How the search page draws one result card from Pagefind's result data (type, title, value, source, excerpt).
 * Loaded by src/client/search-page.ts.
 */
import { leadLength, recordLead } from '../lib/search/excerpt.ts';
import { el } from './dom.ts';

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
