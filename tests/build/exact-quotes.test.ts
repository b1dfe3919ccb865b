/**
 * Exact spans in the export: every quote in the built /data/claims.json is the snapshot's own text at the
 * claim's span (UTF-16 code unit offsets), byte for byte: not the editor's typed approximation.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mainSite } from './main-site.ts';

interface Row {
  id: string;
  source: string;
  quote: string;
  spanStart: number;
  spanEnd: number;
}

const dist = mainSite();
const rows = JSON.parse(readFileSync(join(dist, 'data/claims.json'), 'utf8')) as Row[];
const snapshots = new Map<string, Buffer>();
const snapshotOf = (slug: string): Buffer => {
  let bytes = snapshots.get(slug);
  if (!bytes) {
    bytes = readFileSync(join('content/sources', slug, 'snapshot.txt'));
    snapshots.set(slug, bytes);
  }
  return bytes;
};

describe('quotes in /data/claims.json', () => {
  it('has claims', () => {
    expect(rows.length).toBeGreaterThan(0);
  });

  it("are byte-exact substrings of their snapshots, at their spans' offsets", () => {
    const wrong: string[] = [];
    for (const row of rows) {
      const bytes = snapshotOf(row.source);
      if (!bytes.includes(Buffer.from(row.quote, 'utf8'))) wrong.push(`${row.id}: not a byte substring`);
      else if (bytes.toString('utf8').slice(row.spanStart, row.spanEnd) !== row.quote) wrong.push(`${row.id}: not at its span`);
    }
    expect(wrong).toEqual([]);
  });
});
