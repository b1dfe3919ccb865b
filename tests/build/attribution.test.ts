/**
 * Attribution in the built site (issue #12, mechanism 5): a claim the source attributes to another party
 * ("OpenAI announced…") says so on its claim page, naming and linking that party; a claim the source
 * states itself has no such line. /data/claims.json is the list of claims and their attributedTo.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mainSite } from './main-site.ts';

interface Row {
  id: string;
  attributedTo: string | null;
}

const dist = mainSite();
const rows = JSON.parse(readFileSync(join(dist, 'data/claims.json'), 'utf8')) as Row[];
const page = (id: string) => readFileSync(join(dist, 'claims', id, 'index.html'), 'utf8');

describe('attributed claims', () => {
  it('each attributed claim’s page names the party it is attributed to, and links its page', () => {
    const attributed = rows.filter((r) => r.attributedTo !== null);
    expect(attributed.length).toBeGreaterThan(0);
    const problems = attributed.flatMap((r) => {
      const line = /<dt>Attributed to<\/dt><dd>([\s\S]*?)<\/dd>/.exec(page(r.id))?.[1];
      if (line === undefined) return [`${r.id}: no "Attributed to" line`];
      return line.includes(`href="/organizations/${r.attributedTo}/"`)
        ? []
        : [`${r.id}: the line does not link /organizations/${r.attributedTo}/: ${line}`];
    });
    expect(problems).toEqual([]);
  });

  it('a claim the source states itself has no attribution line', () => {
    const own = rows.filter((r) => r.attributedTo === null);
    expect(own.length).toBeGreaterThan(0);
    expect(own.filter((r) => page(r.id).includes('<dt>Attributed to</dt>')).map((r) => r.id)).toEqual([]);
  });
});
