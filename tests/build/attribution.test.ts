/**
 * Attribution in the built site (issue #12, mechanism 5): a claim the source attributes to another party
 * ("OpenAI announced…") says so on its claim page, naming and linking that party; a claim the source
 * states itself has no such line. /data/claims.json is the list of claims and their attributedTo. Each
 * claim attributed to a party that publishes a source here is checked against that source: its verdict is
 * computed, never "Nothing to compare", and where the party does not state it the finding says what was
 * searched (src/lib/engine/rules/attribution.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mainSite } from './main-site.ts';

interface Row {
  id: string;
  attributedTo: string | null;
  verdict: string;
}

interface Discrepancy {
  id: string;
  kind: string;
  attributedTo: string | null;
  claims: string[];
  summary: string;
  arithmetic: string[];
}

const dist = mainSite();
const json = <T>(file: string): T => JSON.parse(readFileSync(join(dist, 'data', file), 'utf8')) as T;
const rows = json<Row[]>('claims.json');
const page = (id: string) => readFileSync(join(dist, 'claims', id, 'index.html'), 'utf8');
const verdictLine = (id: string) => /<dt>Verdict<\/dt><dd>([\s\S]*?)<\/dd>/.exec(page(id))?.[1] ?? '';

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

describe('attributed claims checked against the party’s own source', () => {
  const sources = json<{ id: string; publisher: string | null }[]>('sources.json');
  const entities = json<{ id: string; kind: string; name: string; aliases: string[] }[]>('entities.json');
  const findings = json<Discrepancy[]>('discrepancies.json');
  const publishes = (party: string, source: string) => {
    const org = entities.find((e) => e.id === party);
    return sources.some(
      (s) => s.id !== source && s.publisher !== null && org !== undefined && [org.name, ...org.aliases].includes(s.publisher),
    );
  };

  it('every claim attributed to a party that publishes a source here gets a computed verdict, not "Nothing to compare"', () => {
    const checked = rows.filter((r) => r.attributedTo !== null && publishes(r.attributedTo, r.id.split('/')[0] as string));
    expect(checked.length).toBeGreaterThan(0);
    expect(checked.filter((r) => r.verdict === 'uncompared' || verdictLine(r.id).includes('Nothing to compare')).map((r) => r.id)).toEqual(
      [],
    );
  });

  it('the blog’s “OpenAI hints at … agent frameworks”: OpenAI’s announcement does not state it, and the page says what was searched', () => {
    const claimId = 'self-improving-coding-model-article/hinted-agent-frameworks';
    const id = 'unconfirmed-attribution--gpt-5-3-codex--intended-use--attributed-to-openai';
    const line = verdictLine(claimId);
    expect(line).not.toContain('Nothing to compare');
    expect(line).toContain('Not in the attributed party’s source');
    expect(line).toContain(`href="/discrepancies/${id}/"`);
    const f = findings.find((x) => x.id === id);
    expect(f?.kind).toBe('unconfirmed-attribution');
    expect(f?.attributedTo).toBe('openai');
    expect(f?.claims).toEqual(['openai-introducing-gpt-5-3-codex/intended-use', claimId]);
    expect(f?.summary).toMatch(
      /attributes to OpenAI a claim on GPT-5\.3-Codex's intended use; OpenAI's own source, “Introducing GPT-5\.3-Codex”, does not state it: it states “All work in the software lifecycle/,
    );
    expect(f?.arithmetic.at(-1)).toBe(
      'Searched openai-introducing-gpt-5-3-codex for "built to", "designed to", "intended", "use case": no passage states it; the only passages holding a term are OpenAI\'s statements recorded above.',
    );
    const findingPage = readFileSync(join(dist, 'discrepancies', id, 'index.html'), 'utf8');
    expect(
      /<p data-searched>([\s\S]*?)<\/p>/
        .exec(findingPage)?.[1]
        ?.replace(/<[^>]+>/g, '')
        .replace(/\s+/g, ' '),
    ).toBe(
      'OpenAI’s own text (OpenAI) was searched for “built to”, “designed to”, “intended”, “use case”: no passage states it, other than its own statements shown above, which say something else.',
    );
  });
});
