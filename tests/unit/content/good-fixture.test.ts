/** The good fixture tree validates cleanly and yields the expected typed content. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Content } from '../../../src/lib/content/validate.ts';
import type { Value } from '../../../src/lib/types.ts';
import { check, GOOD_DIR } from './fixture.ts';

let content: Content;
let messages: string[];

beforeAll(() => {
  ({ content, messages } = check(GOOD_DIR));
});

const claim = (id: string) => {
  const found = content.claims.find((c) => c.id === id);
  if (!found) throw new Error(`claim ${id} missing`);
  return found;
};

describe('good fixture', () => {
  it('validates with zero errors', () => {
    expect(messages).toEqual([]);
  });

  it('has the expected sources, entities, properties and claim count', () => {
    expect(content.claims).toHaveLength(11);
    expect(content.sources.map((s) => [s.slug, s.kind, s.tier, s.published, s.retrieved])).toEqual([
      ['dev-blog-week-with-codex', 'blog', 3, '2026-02', '2026-02-10'],
      ['openai-launch-post', 'vendor', 1, '2026-02-05', null],
    ]);
    expect(content.entities.map((e) => `${e.kind}:${e.id}`)).toEqual([
      'product:codex-cli',
      'model:gpt-5-2-codex',
      'model:gpt-5-3-codex',
      'organization:openai',
      'benchmark:swe-bench-pro',
      'benchmark:terminal-bench-2-0',
    ]);
    expect(content.properties.map((p) => `${p.id}:${p.valueType}:${p.unit}`)).toEqual([
      'availability:enum:null',
      'benchmark-score:number:%',
      'human-baseline:number:%',
      'max-output-tokens:number:tokens',
      'model-identifier:text:null',
      'most-capable-agentic-coding-model:boolean:null',
      'release-date:date:null',
      'training-data-size:number:tokens',
    ]);
    expect(content.notes).toEqual([]);
  });

  it('covers every value type with its properties', () => {
    expect(new Set(content.properties.map((p) => p.valueType))).toEqual(new Set(['number', 'text', 'enum', 'boolean', 'date']));
  });

  it('types every claim value (exact, bound, approx, range, scaled, text, boolean, date, enum)', () => {
    const values: Record<string, [Value, string | null]> = Object.fromEntries(content.claims.map((c) => [c.id, [c.value, c.unit]]));
    expect(values).toEqual({
      'dev-blog-week-with-codex/training-data-size': [{ type: 'number', value: 1.5e12, decimals: -11 }, 'tokens'],
      'dev-blog-week-with-codex/swe-bench-pro-hardest': [{ type: 'range', min: 10, max: 20, decimals: 0 }, '%'],
      'dev-blog-week-with-codex/terminal-bench-smoke-tests': [{ type: 'bound', op: '>', value: 90, decimals: 0 }, '%'],
      'dev-blog-week-with-codex/max-output-tokens': [{ type: 'number', value: 128000, decimals: 0 }, 'tokens'],
      'dev-blog-week-with-codex/model-identifier': [{ type: 'text', value: 'gpt-5.3-codex' }, null],
      'openai-launch-post/terminal-bench-gpt-5-3-codex': [{ type: 'number', value: 77.3, decimals: 1 }, '%'],
      'openai-launch-post/terminal-bench-gpt-5-2-codex': [{ type: 'number', value: 64, decimals: 1 }, '%'],
      'openai-launch-post/release-date': [{ type: 'date', value: '2026-02-05' }, null],
      'openai-launch-post/availability-cli': [{ type: 'text', value: 'available' }, null],
      'openai-launch-post/most-capable': [{ type: 'boolean', value: true }, null],
      'openai-launch-post/human-baseline-terminal-bench': [{ type: 'approx', value: 72, decimals: 0 }, '%'],
    });
  });

  it('keeps the raw value, qualifiers (sorted), figure, note and line of a claim', () => {
    const c = claim('openai-launch-post/terminal-bench-gpt-5-3-codex');
    expect(c).toEqual({
      id: 'openai-launch-post/terminal-bench-gpt-5-3-codex',
      localId: 'terminal-bench-gpt-5-3-codex',
      source: 'openai-launch-post',
      subject: 'gpt-5-3-codex',
      property: 'benchmark-score',
      qualifiers: { benchmark: 'terminal-bench-2-0', effort: 'xhigh' },
      value: { type: 'number', value: 77.3, decimals: 1 },
      raw: '77.3',
      unit: '%',
      quote: 'Terminal-Bench 2.0\t77.3%\t\n64.0%',
      span: { start: 234, end: 265 },
      figure: '77.3%',
      note: 'Table row; the snapshot separates the cells with tabs and a line break.',
      file: 'tests/fixtures/content/good/sources/openai-launch-post/index.mdx',
      line: 13,
    });
    expect(claim('dev-blog-week-with-codex/swe-bench-pro-hardest').qualifiers).toEqual({
      benchmark: 'swe-bench-pro',
      variant: 'hardest tasks',
    });
    expect(claim('dev-blog-week-with-codex/training-data-size').raw).toBe('1.5 trillion');
    expect(claim('openai-launch-post/most-capable').raw).toBe('true');
    expect(claim('openai-launch-post/release-date').line).toBe(33);
  });

  it("accepts quotes that match only through whitespace-run and typographic tolerance, and keeps the snapshot's characters", () => {
    const snapshot = (slug: string) => readFileSync(join(GOOD_DIR, 'sources', slug, 'snapshot.txt'), 'utf8');
    const tolerant = [
      'openai-launch-post/terminal-bench-gpt-5-3-codex', // tabs and a newline in the table row
      'openai-launch-post/most-capable', // ’ and U+2011 non-breaking hyphens
      'dev-blog-week-with-codex/training-data-size', // ’
      'dev-blog-week-with-codex/swe-bench-pro-hardest', // en dash
      'dev-blog-week-with-codex/model-identifier', // “ ”
    ];
    for (const id of tolerant) {
      const c = claim(id);
      // The record holds the snapshot's own text at the span, not the typed approximation.
      expect(snapshot(c.source).slice(c.span.start, c.span.end), id).toBe(c.quote);
    }
    expect(claim('openai-launch-post/most-capable').quote).toContain('\u2011');
    expect(claim('dev-blog-week-with-codex/model-identifier').quote).toMatch(/[\u201c\u201d]/);
    expect(snapshot('openai-launch-post')).toContain('\u2011');
    expect(snapshot('openai-launch-post')).toContain('77.3%\t\n64.0%');
  });

  it('records the real sha256 of each snapshot', () => {
    for (const source of content.sources) {
      const bytes = readFileSync(join(GOOD_DIR, 'sources', source.slug, 'snapshot.txt'));
      expect(source.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
  });

  it('collects the <Cite> citations in entity bodies', () => {
    expect(content.citations).toEqual([
      { file: 'tests/fixtures/content/good/models/gpt-5-3-codex.mdx', line: 10, claim: 'openai-launch-post/terminal-bench-gpt-5-3-codex' },
      {
        file: 'tests/fixtures/content/good/benchmarks/terminal-bench-2-0.mdx',
        line: 10,
        claim: 'openai-launch-post/human-baseline-terminal-bench',
      },
    ]);
  });
});
