import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';
import { htmlForIndex, planRecords, readFragments, searchHints, unindexedRecords } from '../../../src/integrations/pagefind.ts';
import { analyze } from '../../../src/lib/engine/index.ts';
import {
  annotationHtml,
  annotatorOf,
  claimRecords,
  ENTITY_SECTIONS,
  findingRecords,
  pageAnnotations,
  pageAnnotator,
  type SearchInput,
  type SearchRecord,
  sourceLabel,
} from '../../../src/lib/search/records.ts';
import { claim, ENTITIES, input, PROPERTIES, SOURCES, score, vendorTable } from '../engine/fixtures.ts';

/** The vendor table, GPT Proto's Terminal-Bench figure for GPT-5.2 (really GPT-5.2-Codex's) and two API availability claims. */
function fixture(): SearchInput {
  const claims = [
    ...vendorTable(),
    score('promo', 'gpt-5-2', 'terminal-bench-2-0', '64.0', { id: 'tb-gpt-5-2' }),
    claim('vendor', 'gpt-5-3-codex', 'availability', 'not-yet-available', { id: 'api', qualifiers: { channel: 'api' } }),
    claim('blog', 'gpt-5-3-codex', 'availability', 'available', { id: 'api', qualifiers: { channel: 'api' } }),
  ];
  const analysis = analyze(input(claims));
  return { content: { claims, sources: SOURCES, entities: ENTITIES, properties: PROPERTIES }, analysis };
}

const data = fixture();
const claims = claimRecords(data);
const findings = findingRecords(data);
const byUrl = new Map([...claims, ...findings].map((r) => [r.url, r]));

describe('claim records', () => {
  test('one per claim, at its permalink', () => {
    expect(claims).toHaveLength(data.content.claims.length);
    for (const c of data.content.claims) {
      const r = byUrl.get(`/claims/${c.source}/${c.localId}/`);
      expect(r?.file).toBe(`claims/${c.source}/${c.localId}/index.html`);
    }
  });

  test('title names subject, property and identifying qualifiers; value, source and quote come with it', () => {
    const r = byUrl.get('/claims/vendor/terminal-bench-2-0-gpt-5-3-codex/') as SearchRecord;
    expect(r.meta.title).toBe('GPT-5.3-Codex: benchmark score (Terminal-Bench 2.0)');
    expect(r.meta.value).toBe('77.3%');
    expect(r.meta.source).toBe('Introducing GPT-5.3-Codex');
    expect(r.content).toContain('Reasoning effort xhigh.');
    expect(r.content).toContain('“quote terminal-bench-2-0-gpt-5-3-codex”');
    expect(r.filters).toEqual({
      type: ['Claim'],
      model: ['GPT-5.3-Codex'],
      benchmark: ['Terminal-Bench 2.0'],
      source: ['OpenAI: Introducing GPT-5.3-Codex'],
    });
  });

  test('enum values read as words', () => {
    expect(byUrl.get('/claims/vendor/api/')?.meta.value).toBe('not yet available');
  });

  test('a claim in a finding carries the finding kind as a filter', () => {
    expect(byUrl.get('/claims/promo/tb-gpt-5-2/')?.filters['finding kind']).toEqual(['Misattribution']);
    expect(byUrl.get('/claims/blog/api/')?.filters['finding kind']).toEqual(['Contradiction']);
    expect(byUrl.get('/claims/vendor/osworld-verified-gpt-5-2/')?.filters['finding kind']).toBeUndefined();
  });

  test('the names of what a claim is about, spelled every which way, are searchable', () => {
    const about = byUrl.get('/claims/vendor/osworld-verified-gpt-5-2/')?.meta.about ?? '';
    expect(about).toContain('gpt 5.2');
    expect(about).toContain('os world verified');
  });
});

describe('finding records', () => {
  test('one per finding, at its permalink, with kind, values and sources', () => {
    expect(findings).toHaveLength(data.analysis.findings.length);
    const mis = data.analysis.findings.find((f) => f.kind === 'misattribution');
    expect(mis).toBeDefined();
    const r = byUrl.get(`/discrepancies/${mis?.id}/`) as SearchRecord;
    expect(r.file).toBe(`discrepancies/${mis?.id}/index.html`);
    expect(r.meta.title).toBe('Misattribution · GPT-5.2: benchmark score (Terminal-Bench 2.0)');
    expect(r.content).toContain(mis?.summary);
    expect(r.filters.type).toEqual(['Finding']);
    expect(r.filters['finding kind']).toEqual(['Misattribution']);
    // The model whose figure it really is counts too.
    expect(r.filters.model).toEqual(expect.arrayContaining(['GPT-5.2', 'GPT-5.2-Codex']));
    expect(r.filters.source).toEqual(expect.arrayContaining(['GPT Proto: Title of promo', 'OpenAI: Introducing GPT-5.3-Codex']));
    expect(r.meta.value).toContain('64.0%');
  });
});

describe('page annotations', () => {
  const annotate = pageAnnotator(data);

  test('an entity page is of its kind, filtered by its own name, and lists the sources that speak of it', () => {
    const a = annotate('models/gpt-5-2/');
    expect(a.filters.type).toEqual(['Model']);
    expect(a.filters.model).toEqual(['GPT-5.2']);
    expect(a.filters.source).toEqual(expect.arrayContaining(['OpenAI: Introducing GPT-5.3-Codex', 'GPT Proto: Title of promo']));
    expect(a.meta.name).toBe('GPT-5.2');
    expect(a.meta.aliases).toContain('gpt 5.2');
    expect(annotate('benchmarks/osworld-verified/').filters).toMatchObject({
      type: ['Benchmark'],
      benchmark: ['OSWorld-Verified'],
    });
  });

  test('a source page is a Source, with the models and benchmarks its claims are about', () => {
    const a = annotate('sources/promo/');
    expect(a.filters).toMatchObject({
      type: ['Source'],
      source: ['GPT Proto: Title of promo'],
      model: ['GPT-5.2'],
      benchmark: ['Terminal-Bench 2.0'],
    });
    expect(a.meta.aliases).toContain('GPT Proto');
  });

  test('other pages are Pages; unknown entities and sources are build errors that say where', () => {
    expect(annotate('').filters).toEqual({ type: ['Page'] });
    expect(annotate('models/').filters).toEqual({ type: ['Page'] });
    expect(annotate('methodology/').filters).toEqual({ type: ['Page'] });
    expect(() => annotate('models/gpt-9/')).toThrow('the page /models/gpt-9/ has no model "gpt-9" in content/models/');
    expect(() => annotate('models/osworld-verified/')).toThrow('no model "osworld-verified"');
    expect(() => annotate('sources/nope/')).toThrow('no source "nope"');
  });

  test('a table of every source and entity page annotates as the annotator does, other pages and unknown ids too', () => {
    const table = pageAnnotations(data);
    expect(table.map(([path]) => path)).toEqual([
      ...data.content.sources.map((s) => `sources/${s.slug}/`),
      ...data.content.entities.map((e) => `${ENTITY_SECTIONS[e.kind]}/${e.id}/`),
    ]);
    const fromTable = annotatorOf(table);
    for (const [path] of table) expect(fromTable(path)).toEqual(annotate(path));
    expect(fromTable('methodology/')).toEqual({ meta: {}, filters: { type: ['Page'] } });
    expect(() => fromTable('models/gpt-9/')).toThrow('the page /models/gpt-9/ has no model "gpt-9" in content/models/');
    expect(() => fromTable('sources/nope/')).toThrow('no source "nope"');
  });

  test('annotations render as escaped hidden elements', () => {
    const html = annotationHtml({ meta: { name: 'A <b> & "c"' }, filters: { type: ['Model'], source: ['X: "y" & <z>'] } });
    expect(html).toBe(
      '<div hidden data-search-annotation><span data-pagefind-meta="name">A &lt;b&gt; &amp; &quot;c&quot;</span>' +
        '<span data-pagefind-filter="type">Model</span><span data-pagefind-filter="source">X: &quot;y&quot; &amp; &lt;z&gt;</span></div>',
    );
  });
});

describe('sourceLabel', () => {
  test('publisher first, long titles shortened at a word', () => {
    expect(sourceLabel({ publisher: 'OpenAI', title: 'Introducing GPT-5.3-Codex' })).toBe('OpenAI: Introducing GPT-5.3-Codex');
    expect(sourceLabel({ publisher: 'GPT Proto', title: 'GPT Proto guide' })).toBe('GPT Proto guide');
    expect(sourceLabel({ publisher: 'GPT Proto', title: 'GPT-5.3-Codex guide by GPT Proto' })).toBe('GPT-5.3-Codex guide by GPT Proto');
    expect(
      sourceLabel({
        publisher: null,
        title: 'OpenAI Unveils GPT-5.3 Codex: A Self-Improving Coding Model That Contributed to Its Own Development',
      }),
    ).toBe('OpenAI Unveils GPT-5.3 Codex: A Self-Improving…');
  });

  test("an untitled document's description (the site's) is marked untitled, never given as its title (#12.8)", () => {
    expect(sourceLabel({ publisher: 'GPT Proto', title: 'GPT-5.3-Codex guide by GPT Proto', titled: false })).toBe(
      'GPT-5.3-Codex guide by GPT Proto (untitled)',
    );
    expect(sourceLabel({ publisher: null, title: 'GPT-5.3-Codex entry in a wiki about AI agents', titled: false })).toBe(
      'GPT-5.3-Codex entry in a wiki about AI agents (untitled)',
    );
  });
});

describe('planRecords: every result leads to a built page', () => {
  const site = mkdtempSync(join(tmpdir(), 'search-plan-'));
  afterAll(() => rmSync(site, { recursive: true, force: true }));
  const page = (file: string) => {
    mkdirSync(join(site, file, '..'), { recursive: true });
    writeFileSync(join(site, file), '<html></html>');
  };
  const records = [...claims.slice(0, 2), ...findings.slice(0, 1)];

  test('a section that was not built is left out, with a warning', () => {
    for (const r of claims.slice(0, 2)) page(r.file);
    const warnings: string[] = [];
    const kept = planRecords(site, records, (m) => warnings.push(m));
    expect(kept).toEqual(claims.slice(0, 2));
    expect(warnings).toEqual(['Search: no /discrepancies/ pages were built, so their 1 records are left out of the index.']);
  });

  test('a missing page in a built section fails, naming the URL and the file', () => {
    mkdirSync(join(site, 'discrepancies'), { recursive: true });
    const finding = findings[0] as SearchRecord;
    expect(() => planRecords(site, records, () => {})).toThrow(`${finding.url} (expected ${finding.file})`);
    page(finding.file);
    expect(planRecords(site, records, () => {})).toEqual(records);
  });
});

describe('the index build', () => {
  test('result ids come from the fragment files, by URL, and the hints carry best bets, entities and a vocabulary', () => {
    const bundle = mkdtempSync(join(tmpdir(), 'search-ids-'));
    try {
      mkdirSync(join(bundle, 'fragment'));
      const fragment = (url: string) =>
        gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(JSON.stringify({ url, meta: {} }))]));
      writeFileSync(join(bundle, 'fragment', 'en_abc.pf_fragment'), fragment('/models/gpt-5-2/'));
      writeFileSync(join(bundle, 'fragment', 'en_def.pf_fragment'), fragment('/claims/a/b/'));
      const group = { en_g1: { url: '/sources/s/' }, en_g2: { url: '/discrepancies/f/' } };
      writeFileSync(
        join(bundle, 'fragment', 'en_group_1.pf_fragment'),
        gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(JSON.stringify(group))])),
      );
      const fragments = readFragments(bundle);
      expect(fragments.files).toEqual([['en_abc'], ['en_def'], ['en_g1', 'en_g2']]);
      // Best bets by exact name; every entity with its page and names; a vocabulary of the names' and titles' words.
      const hints = searchHints(data, { ids: fragments.ids, files: fragments.files }, ['Parameter count', 'Parameter count of GPT-5.2']);
      expect(hints.bestBets).toEqual(expect.objectContaining({ 'gpt 5.2': 'en_abc' }));
      expect(hints.entities).toContainEqual(expect.objectContaining({ name: 'GPT-5.2', kind: 'Model', url: '/models/gpt-5-2/' }));
      expect(hints.vocabulary).toContain('parameter');
      expect(hints.vocabulary).toContain('count');
      expect(hints.vocabulary.every((w) => /^\p{L}{4,}$/u.test(w))).toBe(true);
      expect(fragments.ids).toEqual(
        new Map([
          ['/models/gpt-5-2/', 'en_abc'],
          ['/claims/a/b/', 'en_def'],
          ['/sources/s/', 'en_g1'],
          ['/discrepancies/f/', 'en_g2'],
        ]),
      );
      writeFileSync(join(bundle, 'fragment', 'en_bad.pf_fragment'), gzipSync(Buffer.from('{"url":"/x/"}')));
      expect(() => readFragments(bundle)).toThrow('is not a Pagefind fragment this build understands');
    } finally {
      rmSync(bundle, { recursive: true, force: true });
    }
  });

  test('a record without a result at its URL fails the build, naming the URL and its page; past ten, a count', () => {
    const records = [...claims.slice(0, 2), ...findings.slice(0, 1)];
    const [kept, lostClaim, lostFinding] = records as [SearchRecord, SearchRecord, SearchRecord];
    const fragments = { ids: new Map([[kept.url, 'en_1']]), files: [['en_1']] };
    expect(unindexedRecords(records, fragments)).toEqual([
      `${lostClaim.url} (a record for ${lostClaim.file}) has no result in the index: did Pagefind give it another URL?`,
      `${lostFinding.url} (a record for ${lostFinding.file}) has no result in the index: did Pagefind give it another URL?`,
    ]);
    expect(unindexedRecords(records, fragments, 1)).toEqual([
      `${lostClaim.url} (a record for ${lostClaim.file}) has no result in the index: did Pagefind give it another URL?`,
      '… and 1 more',
    ]);
    expect(unindexedRecords(records, { ids: new Map(records.map((r, i) => [r.url, `en_${i}`])), files: [] })).toEqual([]);
  });

  test('indexed HTML keeps terms apart from their descriptions and folds dashes', () => {
    expect(htmlForIndex('<dl><dt>Measures</dt><dd>Terminal skills</dd><dt>Model</dt><dd>GPT\u20115.3</dd></dl>')).toBe(
      '<dl><dt>Measures</dt>: <dd>Terminal skills</dd> <dt>Model</dt>: <dd>GPT-5.3</dd> </dl>',
    );
  });
});
