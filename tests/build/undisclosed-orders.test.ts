/**
 * The "not disclosed" table is sortable without JavaScript: each order is a pre-rendered page, linked above
 * the table, holding the same rows as the table on /discrepancies/kind/unsupported/ in its own order;
 * /discrepancies/ counts these findings and links each order's page instead of repeating the table.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, inject, it } from 'vitest';

const dist = inject('dist');
type Node = ReturnType<typeof parseDocument>;
const page = (path: string): Node => parseDocument(readFileSync(join(dist, path, 'index.html'), 'utf8'));
const SEVERITY_RANK: Record<string, number> = { High: 3, Medium: 2, Low: 1, Info: 0 };

/** The rows of a page's "not disclosed" table: finding id, severity label, number of sources listed. */
function rows(doc: Node): { id: string; severity: string; sources: number }[] {
  const table = DomUtils.findOne((e) => e.name === 'table' && (e.attribs.class ?? '').split(' ').includes('undisclosed'), doc.children);
  if (!table) throw new Error('no table.undisclosed on the page');
  return DomUtils.findAll((e) => e.name === 'tr' && e.attribs['data-finding'] !== undefined, table.children).map((tr) => {
    const cell = (label: string) => DomUtils.findOne((e) => e.name === 'td' && e.attribs['data-label'] === label, tr.children);
    const sources = new Set(
      DomUtils.findAll(
        (e) => e.name === 'a' && !(e.attribs.class ?? '').includes('value'),
        cell('What the sources state')?.children ?? [],
      ).map((a) => a.attribs.href),
    );
    return { id: tr.attribs['data-finding'] ?? '', severity: DomUtils.textContent(cell('Severity') ?? tr).trim(), sources: sources.size };
  });
}

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
    const bySources = rows(page('discrepancies/not-disclosed/by-sources')).map((r) => r.sources);
    expect(bySources).toEqual([...bySources].sort((a, b) => b - a));
    expect(new Set(bySources).size).toBeGreaterThan(1);
  });
});
