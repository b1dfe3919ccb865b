/** Route data of the reader points of issue #13: repeated values merged, qualifier notes, the not-disclosed table's order. */
import { describe, expect, it } from 'vitest';
import { benchmarkBars, factsFor, findingView, mergeRepeats, qualifierNotes, undisclosedOrder } from '../../../src/view/index.ts';
import { claim, entity, layout, property, realSite, siteData, source } from './site.ts';

/** Two sources on one benchmark: the blog gives the same figure twice (text and table) and once at another effort. */
function repeating() {
  const props = [
    property('benchmark-score', 'number', {
      unit: '%',
      requiredQualifiers: ['benchmark'],
      qualifierNotes: { effort: { source: 'launch', quote: 'All at xhigh.' } },
    }),
  ];
  const entities = [
    entity('openai', 'organization', { name: 'OpenAI' }),
    entity('m', 'model', { name: 'M', vendor: 'openai' }),
    entity('b', 'benchmark'),
  ];
  const sources = [source('launch', 'vendor', 'OpenAI'), source('blog', 'blog', 'Blog')];
  const c = (src: string, id: string, raw: string, q: Record<string, string>) =>
    claim(props, src, id, 'm', 'benchmark-score', raw, { benchmark: 'b', ...q });
  const claims = [
    c('launch', 'score', '77.3', { effort: 'xhigh' }),
    c('blog', 'score', '77.3', {}),
    c('blog', 'score-table', '77.3', {}),
    c('blog', 'score-high', '77.3', { effort: 'high' }),
  ];
  return siteData({ sources, entities, properties: props, claims }, layout([], { 'benchmark-score': { benchmarkRole: 'score' } }));
}

describe('a value a source states twice', () => {
  it('is one value of the fact, its second claim kept as a repeat; other circumstances stay apart', () => {
    const data = repeating();
    const fact = factsFor('m', data)[0];
    expect(fact?.values.map((v) => [v.claimId, v.repeats.map((r) => r.claimId)])).toEqual([
      ['launch/score', []],
      ['blog/score', ['blog/score-table']],
      ['blog/score-high', []],
    ]);
  });

  it('is one bar of the benchmark chart', () => {
    expect(benchmarkBars('b', repeating()).map((b) => b.claimId)).toEqual(['launch/score', 'blog/score', 'blog/score-high']);
  });

  it('merges nothing from different sources', () => {
    const data = repeating();
    const values = factsFor('m', data)[0]?.values ?? [];
    expect(mergeRepeats(values.map((v) => ({ ...v, source: { ...v.source, slug: v.claimId } }))).length).toBe(values.length);
  });
});

describe('qualifier notes', () => {
  it('gives the registry’s note for the qualifiers shown, with their values in order of appearance', () => {
    const data = repeating();
    const notes = qualifierNotes(
      factsFor('m', data).flatMap((f) => f.values),
      data,
    );
    expect(notes.map((n) => [n.key, n.label, n.values, n.source.name, n.quote])).toEqual([
      ['effort', 'Reasoning effort', ['xhigh', 'high'], 'OpenAI', 'All at xhigh.'],
    ]);
  });

  it('gives none when no value shows the qualifier', () => {
    const data = repeating();
    const values = factsFor('m', data).flatMap((f) => f.values.filter((v) => v.qualifiers.length === 0));
    expect(qualifierNotes(values, data)).toEqual([]);
  });
});

describe('the not-disclosed table (real content)', () => {
  const data = realSite();
  const rows = undisclosedOrder(data.analysis.findings.map((f) => findingView(f, data)));
  it('holds every not-disclosed finding once, each with why it matters and what was searched', () => {
    const ids = data.analysis.findings.filter((f) => f.kind === 'unsupported').map((f) => f.id);
    expect(rows.map((r) => r.id).sort()).toEqual([...ids].sort());
    for (const r of rows) {
      expect(r.why, r.id).toMatch(/^\S.*\.$/);
      expect(
        r.searched?.sources.map((s) => s.name),
        r.id,
      ).toEqual(['OpenAI']);
    }
  });
  it('orders them by subject, then as the subject’s page lists its facts', () => {
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [rows[i - 1], rows[i]];
      if (!a || !b) continue;
      const bySubject = a.subject.name.localeCompare(b.subject.name);
      expect(bySubject <= 0, `${a.id} before ${b.id}`).toBe(true);
      if (bySubject === 0) expect(a.place[0] * 1000 + a.place[1] <= b.place[0] * 1000 + b.place[1], `${a.id} before ${b.id}`).toBe(true);
    }
  });
});
