/**
 * What the page splits moved, still all there: a long editors' text is one page per section
 * (/<folder>/<id>/about/<section>/), listed on the entity's page, every citation of the text on exactly one
 * section page; a model's timeline and related entities are on its claims page, which its page links; a
 * finding's card names every source of the finding in its summary (the card no longer lists them apart).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, inject, it } from 'vitest';

const dist = inject('dist');
type Node = ReturnType<typeof parseDocument>;
const read = (path: string): string => readFileSync(join(dist, path, 'index.html'), 'utf8');
const page = (path: string): Node => parseDocument(read(path));
const find = (doc: Node, test: (e: { name: string; attribs: Record<string, string> }) => boolean) =>
  DomUtils.findAll((e) => test(e as never), doc.children);
const sitemap = (): string[] =>
  [...readFileSync(join(dist, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] as string).pathname);

/** The entity pages of the built site with their editors' text file: [URL path, content file]. */
function entityPages(): [string, string][] {
  return ['models', 'benchmarks', 'organizations', 'products'].flatMap((folder) =>
    readdirSync(join(dist, folder), { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join('content', folder, `${d.name}.mdx`)))
      .map((d): [string, string] => [`/${folder}/${d.name}/`, join('content', folder, `${d.name}.mdx`)]),
  );
}

/** The claims a text cites (<Cite claim="…" />), as claim permalinks, in order, each as often as it is cited. */
const citations = (mdx: string): string[] => [...mdx.matchAll(/<Cite claim="([^"/]+)\/([^"]+)"/g)].map((m) => `/claims/${m[1]}/${m[2]}/`);

/** The claim permalinks an HTML fragment links from its citations (sup.cite a). */
const cited = (doc: Node): string[] =>
  find(doc, (e) => e.name === 'sup' && e.attribs.class === 'cite').flatMap((sup) =>
    DomUtils.findAll((a) => a.name === 'a', sup.children).map((a) => a.attribs.href ?? ''),
  );

describe('a long editors’ text: one page per section, nothing left behind', () => {
  const paged = entityPages().filter(([path]) => find(page(path), (e) => e.attribs['data-text-sections'] !== undefined).length > 0);

  it('GPT-5.3-Codex’s text (the longest) is split; each section page exists, is titled by its heading, indexed and in the sitemap', () => {
    expect(paged.map(([path]) => path)).toContain('/models/gpt-5-3-codex/');
    const locs = sitemap();
    for (const [path, file] of paged) {
      const doc = page(path);
      const links = find(doc, (e) => e.attribs['data-text-sections'] !== undefined).flatMap((ol) =>
        DomUtils.findAll((a) => a.name === 'a', ol.children).map((a) => ({ href: a.attribs.href ?? '', text: DomUtils.textContent(a) })),
      );
      const headings = [...readFileSync(file, 'utf8').matchAll(/^## (.+)$/gm)].map((m) => (m[1] as string).trim());
      expect(
        links.map((l) => l.text),
        path,
      ).toEqual(headings);
      // The text itself is not on the entity's page any more.
      expect(
        find(doc, (e) => e.name === 'div' && e.attribs.class === 'prose'),
        path,
      ).toHaveLength(0);
      for (const link of links) {
        expect(link.href, path).toMatch(new RegExp(`^${path}about/[a-z0-9-]+/$`));
        const section = page(link.href);
        expect(DomUtils.textContent(find(section, (e) => e.name === 'h1')[0] ?? section).trim(), link.href).toBe(link.text);
        expect(
          find(section, (e) => e.name === 'main' && e.attribs['data-pagefind-body'] !== undefined),
          link.href,
        ).toHaveLength(1);
        // Back to the entity: its crumb, and the list of every section.
        expect(read(link.href), link.href).toContain(`href="${path}"`);
        expect(locs, link.href).toContain(link.href);
      }
    }
  });

  it('every citation of the text is on exactly one of its section pages, in the text’s order', () => {
    for (const [path, file] of paged) {
      const links = find(page(path), (e) => e.attribs['data-text-sections'] !== undefined).flatMap((ol) =>
        DomUtils.findAll((a) => a.name === 'a', ol.children).map((a) => a.attribs.href ?? ''),
      );
      const seen = links.flatMap((href) => {
        const prose = find(page(href), (e) => e.name === 'div' && e.attribs.class === 'prose');
        expect(prose, href).toHaveLength(1);
        return cited(prose[0] as never);
      });
      const expected = citations(readFileSync(file, 'utf8'));
      expect(expected.length, file).toBeGreaterThan(10);
      expect(seen, path).toEqual(expected);
    }
  });

  it('a text that stays on its page keeps every citation there', () => {
    const whole = entityPages().filter(([path]) => !paged.some(([p]) => p === path));
    expect(whole.length).toBeGreaterThan(3);
    for (const [path, file] of whole) {
      const expected = citations(readFileSync(file, 'utf8'));
      if (expected.length === 0) continue;
      expect(cited(page(path)), path).toEqual(expected);
    }
  });
});

describe('a model’s timeline and related entities are on its claims page', () => {
  it('GPT-5.3-Codex’s page links them; its claims page has them', () => {
    const model = read('models/gpt-5-3-codex');
    expect(model).not.toContain('id="timeline"');
    expect(model).toContain('href="/models/gpt-5-3-codex/claims/"');
    const claims = page('models/gpt-5-3-codex/claims');
    expect(find(claims, (e) => e.name === 'h2' && e.attribs.id === 'timeline')).toHaveLength(1);
    expect(find(claims, (e) => e.name === 'h2' && e.attribs.id === 'related')).toHaveLength(1);
    const count = Number(/(\d+) related entities/.exec(model)?.[1] ?? Number.NaN);
    const chips = find(claims, (e) => e.name === 'a' && e.attribs.class === 'chip');
    expect(chips.length).toBe(count);
  });
});

describe('finding cards', () => {
  it('the summary of each card on /discrepancies/ names every source of its finding', () => {
    const sources = JSON.parse(readFileSync(join(dist, 'data', 'sources.json'), 'utf8')) as {
      id: string;
      title: string | null;
      publisher: string | null;
      siteDescription: string | null;
    }[];
    const findings = JSON.parse(readFileSync(join(dist, 'data', 'discrepancies.json'), 'utf8')) as { id: string; sources: string[] }[];
    const cards = find(page('discrepancies'), (e) => e.name === 'li' && (e.attribs.class ?? '').split(' ').includes('card'));
    expect(cards.length).toBeGreaterThan(5);
    const problems: string[] = [];
    for (const card of cards) {
      const id = card.attribs['data-finding'] ?? '';
      const summary = DomUtils.textContent(DomUtils.findOne((e) => e.name === 'p', card.children) ?? card);
      for (const slug of findings.find((f) => f.id === id)?.sources ?? ['(not in the export)']) {
        const s = sources.find((x) => x.id === slug);
        const names = [s?.title, s?.publisher, s?.siteDescription].filter((n): n is string => Boolean(n)).map((n) => n.slice(0, 30));
        if (!names.some((n) => summary.includes(n))) problems.push(`${id}: the summary names no ${slug} (${names.join(' / ')})`);
      }
    }
    expect(problems).toEqual([]);
  });
});
