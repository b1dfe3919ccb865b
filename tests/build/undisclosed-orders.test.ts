/**
 * The "not disclosed" table is sortable without JavaScript: each order is a pre-rendered page, linked above
 * the table, holding the same rows as the table on /discrepancies/kind/unsupported/ in its own order;
 * /discrepancies/ counts these findings and links each order's page instead of repeating the table. The
 * whole table with every column is over a page's budget, so those tables have the fact, its sources and its
 * severity, and each section's rows with every column (what each source states, why it matters) are a page
 * of their own, /discrepancies/not-disclosed/<section>/, linked above every table: every row on exactly one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, inject, it } from 'vitest';

const dist = inject('dist');
type Node = ReturnType<typeof parseDocument>;
const page = (path: string): Node => parseDocument(readFileSync(join(dist, path, 'index.html'), 'utf8'));
const SEVERITY_RANK: Record<string, number> = { High: 3, Medium: 2, Low: 1, Info: 0 };

/** A page's "not disclosed" table. */
function table(doc: Node) {
  const found = DomUtils.findOne((e) => e.name === 'table' && (e.attribs.class ?? '').split(' ').includes('undisclosed'), doc.children);
  if (!found) throw new Error('no table.undisclosed on the page');
  return found;
}

/** The rows of a page's "not disclosed" table: finding id, severity label, the sources it links (index: its Sources cell; detail: after each value). */
function rows(doc: Node): { id: string; severity: string; sources: string[] }[] {
  return DomUtils.findAll((e) => e.name === 'tr' && e.attribs['data-finding'] !== undefined, table(doc).children).map((tr) => {
    const cell = (label: string) => DomUtils.findOne((e) => e.name === 'td' && e.attribs['data-label'] === label, tr.children);
    const sources = [
      ...new Set(
        DomUtils.findAll(
          (e) => e.name === 'a' && !(e.attribs.class ?? '').includes('value'),
          (cell('Sources') ?? cell('What the sources state'))?.children ?? [],
        ).map((a) => a.attribs.href ?? ''),
      ),
    ].sort();
    return { id: tr.attribs['data-finding'] ?? '', severity: DomUtils.textContent(cell('Severity') ?? tr).trim(), sources };
  });
}

/** The links to the table's section pages on a page (the current section, on its own page, is not a link). */
const sectionLinks = (doc: Node): string[] => {
  const list = DomUtils.findOne((e) => e.attribs?.['data-undisclosed-sections'] !== undefined, doc.children);
  return DomUtils.findAll((e) => e.name === 'a', list?.children ?? []).map((a) => a.attribs.href ?? '');
};

/** The order links above a page's table. */
const orderLinks = (doc: Node): string[] => {
  const nav = DomUtils.findOne((e) => e.name === 'nav' && e.attribs['data-undisclosed-orders'] !== undefined, doc.children);
  return DomUtils.findAll((e) => e.name === 'a', nav?.children ?? []).map((a) => a.attribs.href ?? '');
};

/** Every link of a page's main element. */
const mainLinks = (doc: Node): string[] => {
  const main = DomUtils.findOne((e) => e.name === 'main', doc.children);
  return DomUtils.findAll((e) => e.name === 'a', main?.children ?? []).map((a) => a.attribs.href ?? '');
};

describe('the "not disclosed" table in every order', () => {
  const index = rows(page('discrepancies/kind/unsupported'));
  const orders = ['by-subject', 'by-severity', 'by-sources'];

  it('/discrepancies/ links to every order instead of repeating the table; the kind page links to each other order; each order page holds the same rows', () => {
    expect(index.length).toBeGreaterThan(10);
    expect(DomUtils.findOne((e) => e.name === 'table', page('discrepancies').children)).toBeNull();
    for (const order of orders) expect(mainLinks(page('discrepancies'))).toContain(`/discrepancies/not-disclosed/${order}/#not-disclosed`);
    expect(orderLinks(page('discrepancies/kind/unsupported'))).toEqual([
      '/discrepancies/not-disclosed/by-severity/#not-disclosed',
      '/discrepancies/not-disclosed/by-sources/#not-disclosed',
    ]);
    for (const order of orders) {
      const doc = page(`discrepancies/not-disclosed/${order}`);
      expect(
        rows(doc)
          .map((r) => r.id)
          .sort(),
        order,
      ).toEqual(index.map((r) => r.id).sort());
      expect(orderLinks(doc), order).toHaveLength(orders.length - 1);
    }
  });

  it('by subject is the order of /discrepancies/kind/unsupported/; by severity and by sources put the most first', () => {
    expect(rows(page('discrepancies/not-disclosed/by-subject')).map((r) => r.id)).toEqual(index.map((r) => r.id));
    const bySeverity = rows(page('discrepancies/not-disclosed/by-severity')).map((r) => SEVERITY_RANK[r.severity] ?? -1);
    expect(bySeverity).not.toContain(-1);
    expect(bySeverity).toEqual([...bySeverity].sort((a, b) => b - a));
    const bySources = rows(page('discrepancies/not-disclosed/by-sources')).map((r) => r.sources.length);
    expect(bySources).toEqual([...bySources].sort((a, b) => b - a));
    expect(new Set(bySources).size).toBeGreaterThan(1);
  });

  it('each section of the table is a page with every column, linked above every table; together they hold every row exactly once', () => {
    const sections = sectionLinks(page('discrepancies/kind/unsupported'));
    expect(sections.length).toBeGreaterThan(1);
    for (const link of sections) expect(link).toMatch(/^\/discrepancies\/not-disclosed\/(?!by-)[a-z0-9-]+\/$/);
    for (const order of orders) expect(sectionLinks(page(`discrepancies/not-disclosed/${order}`)), order).toEqual(sections);
    const seen: string[] = [];
    const byId = new Map(index.map((r) => [r.id, r]));
    for (const link of sections) {
      const doc = page(link);
      const detail = rows(doc);
      expect(detail.length, link).toBeGreaterThan(0);
      expect(table(doc).attribs['data-undisclosed'], link).toBe('detail');
      // The other sections are links, this one is marked current: the list names every section.
      expect(sectionLinks(doc), link).toEqual(sections.filter((s) => s !== link));
      for (const r of detail) {
        // The same severity and sources as the index's row; what each source states links its claim.
        expect({ severity: r.severity, sources: r.sources }, `${link} ${r.id}`).toEqual({
          severity: byId.get(r.id)?.severity,
          sources: byId.get(r.id)?.sources,
        });
        const tr = DomUtils.findOne((e) => e.name === 'tr' && e.attribs['data-finding'] === r.id, doc.children);
        const values = DomUtils.findAll((e) => e.name === 'a' && (e.attribs.class ?? '').includes('value'), tr?.children ?? []);
        expect(values.length, `${link} ${r.id}`).toBeGreaterThan(0);
        for (const a of values) expect(a.attribs.href).toMatch(/^\/claims\/[^/]+\/[^/]+\/$/);
        const why = DomUtils.findOne((e) => e.name === 'td' && e.attribs['data-label'] === 'Why it matters', tr?.children ?? []);
        expect(why, `${link} ${r.id}: no "Why it matters" cell`).not.toBeNull();
      }
      seen.push(...detail.map((r) => r.id));
    }
    expect(seen.length).toBe(index.length);
    expect([...seen].sort()).toEqual(index.map((r) => r.id).sort());
    // Every "not disclosed" finding of the export is a row.
    const exported = (JSON.parse(readFileSync(join(dist, 'data', 'discrepancies.json'), 'utf8')) as { id: string; kind: string }[])
      .filter((f) => f.kind === 'unsupported')
      .map((f) => f.id);
    expect([...seen].sort()).toEqual(exported.sort());
  });

  it('the table’s pages are in the sitemap', () => {
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] as string).pathname);
    for (const path of [
      ...sectionLinks(page('discrepancies/kind/unsupported')),
      ...orders.map((o) => `/discrepancies/not-disclosed/${o}/`),
    ])
      expect(locs, path).toContain(path);
  });
});
