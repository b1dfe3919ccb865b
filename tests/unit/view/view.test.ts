/**
 * Route data (src/view/): fact statuses derived from the engine's verdicts, facts that cover every
 * claim, the benchmark matrix, finding filters, family and timeline, citations and display helpers.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCommitLog, readCommitDates } from '../../../src/site/history.ts';
import {
  barValue,
  benchmarkBars,
  benchmarkMatrix,
  buildDate,
  cellKey,
  chartMax,
  citationOf,
  claimCitation,
  claimStatement,
  displayValue,
  factOfClaim,
  factsFor,
  factTitle,
  familyOf,
  filterFindings,
  findingCitation,
  findingFacets,
  findingMatches,
  findingView,
  keyFacts,
  lastUpdated,
  mainModel,
  navFacets,
  scoreClaimsOf,
  shorten,
  sourceName,
  splitQuote,
  timelineFor,
} from '../../../src/view/index.ts';
import { entity, realSite, siteData, source, world } from './site.ts';

const site = world();
const fact = (subject: string, property: string) => {
  const found = factsFor(subject, site).find((f) => f.property.id === property);
  if (!found) throw new Error(`no ${property} fact for ${subject}`);
  return found;
};

describe('fact status', () => {
  it('is vendor-stated when only the vendor states a fact', () => {
    expect(fact('m3', 'release-date').status).toBe('vendor-stated');
  });
  it('is agreed when another source states the same value as the vendor', () => {
    expect(fact('m3', 'developer').status).toBe('agreed');
    expect(fact('m3', 'developer').values.map((v) => v.verdict.id)).toEqual(['vendor', 'agrees']);
  });
  it('is disputed when a source contradicts the vendor, and the disputing value carries the finding', () => {
    const api = fact('m3', 'availability');
    expect(api.status).toBe('disputed');
    const blog = api.values.find((v) => v.source.slug === 'blog');
    expect(blog?.disputed).toBe(true);
    expect(blog?.findings.map((f) => f.kind)).toContain('contradiction');
    expect(api.findings.map((f) => f.kind)).toEqual(['contradiction']);
  });
  it('is unsupported when only secondary sources state a fact about the vendor’s own model', () => {
    expect(fact('m3', 'parameter-count').status).toBe('unsupported');
  });
  it('is unsupported when the only claim is attributed to the vendor and the vendor’s own text was searched and does not state it', () => {
    // The blog's "OpenAI positions GPT-5.3 Codex as a stepping stone toward AGI": an unconfirmed attribution, proven in OpenAI's snapshot.
    const real = realSite();
    const agi = factsFor('gpt-5-3-codex', real).find((f) => f.property.id === 'step-toward-agi');
    expect(agi?.values.map((v) => v.verdict.id)).toEqual(['unconfirmed']);
    expect(agi?.status).toBe('unsupported');
  });
  it('is single-source ("unchecked") for a third party nobody can check', () => {
    expect(fact('rival', 'developer').status).toBe('unchecked');
  });
  it('lists the vendor’s value first and keeps circumstances (effort) apart from the fact', () => {
    const score = factsFor('m3', site).find((f) => f.key.includes('benchmark=bench') && f.property.id === 'benchmark-score');
    expect(score?.values[0]?.source.vendor).toBe(true);
    expect(score?.values[0]?.qualifiers).toEqual([{ key: 'effort', label: 'Reasoning effort', value: 'xhigh' }]);
    expect(score?.title).toBe('Benchmark score on Bench');
  });
});

describe('facts cover every claim', () => {
  for (const [name, data] of [
    ['synthetic world', site],
    ['real content', realSite()],
  ] as const) {
    it(`puts every claim about each entity in exactly one fact (${name})`, () => {
      for (const e of data.content.entities) {
        const ids = factsFor(e.id, data).flatMap((f) => f.values.flatMap((v) => [v.claimId, ...v.repeats.map((r) => r.claimId)]));
        const expected = (data.claimsBySubject.get(e.id) ?? []).map((c) => c.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect([...ids].sort()).toEqual([...expected].sort());
      }
    });
  }
  it('finds the fact of a claim, with the other sources on it', () => {
    const f = factOfClaim('blog/m3-api', site);
    expect(f?.values.map((v) => v.claimId).sort()).toEqual(['blog/m3-api', 'launch/m3-api']);
  });
  it('picks key facts of the main model in KEY_PROPERTIES order', () => {
    expect(mainModel(site)?.id).toBe('m3');
    const key = keyFacts('m3', site).map((f) => f.property.id);
    expect(key.indexOf('release-date')).toBeLessThan(key.indexOf('benchmark-score'));
    expect(key).not.toContain('descends-from');
  });
});

describe('fact titles', () => {
  it.each<[string, { key: string; value: string }[], string]>([
    ['Availability', [{ key: 'channel', value: 'API' }], 'Availability via API'],
    ['Descends from', [{ key: 'comparedTo', value: 'GPT-3' }], 'Descends from GPT-3'],
    [
      'Comparison',
      [
        { key: 'benchmark', value: 'GDPval' },
        { key: 'comparedTo', value: 'GPT-5.2' },
      ],
      'Comparison on GDPval vs GPT-5.2',
    ],
    ['Hardware', [{ key: 'stage', value: 'serving' }], 'Hardware (serving)'],
    [
      'Benchmark score',
      [
        { key: 'benchmark', value: 'SWE-Bench Pro' },
        { key: 'variant', value: 'Public' },
      ],
      'Benchmark score on SWE-Bench Pro (Public)',
    ],
    ['Price', [{ key: 'direction', value: 'input' }], 'Price for input tokens'],
  ])('reads the qualifiers of %j as words', (label, qualifiers, title) => {
    expect(factTitle(label, qualifiers)).toBe(title);
  });
});

describe('benchmark matrix', () => {
  const matrix = benchmarkMatrix(site);
  it('orders models and benchmarks as the vendor first lists them', () => {
    expect(matrix.models.map((m) => m.id)).toEqual(['m3', 'm2', 'm1']);
    expect(matrix.benchmarks.map((b) => b.id)).toEqual(['bench', 'other-bench']);
  });
  it('keeps the vendor’s figure, counts agreeing sources, and tells a dash from "not reported"', () => {
    const m3 = matrix.cells.get(cellKey('bench', 'm3'));
    expect(m3?.vendor.map((v) => v.display)).toEqual(['77.3%']);
    expect(m3?.vendor[0]?.qualifiers).toEqual([{ key: 'effort', label: 'Reasoning effort', value: 'xhigh' }]);
    expect(m3?.agreeing).toBe(1);
    const dash = matrix.cells.get(cellKey('other-bench', 'm2'));
    expect(dash?.vendor).toEqual([]);
    expect(dash?.dashes).toHaveLength(1);
    expect(matrix.cells.has(cellKey('other-bench', 'm1'))).toBe(false);
  });
  it('flags a disagreement only in the cell of the figure that is disputed', () => {
    const m1 = matrix.cells.get(cellKey('bench', 'm1'));
    expect(m1?.disputes.map((f) => f.kind)).toEqual(['misattribution']);
    // m2's own 64.0% is the evidence of the misattribution, not a disputed figure.
    expect(matrix.cells.get(cellKey('bench', 'm2'))?.disputes).toEqual([]);
  });
  it('draws a bar per figure with a value, vendor figures first', () => {
    const bars = benchmarkBars('bench', site);
    expect(bars.map((b) => [b.label, b.value, b.vendor])).toEqual([
      ['Model Three', 77.3, true],
      ['Model Three', 77.3, false],
      ['Model Two', 64, true],
      ['Model One', 62.2, true],
      ['Model One', 64, false],
    ]);
    expect(bars.find((b) => !b.vendor && b.label === 'Model One')?.disputed).toBe(true);
  });
  it('lists a benchmark’s score and reported claims, in content order, and none for a benchmark without them', () => {
    const ids = (benchmark: string) => scoreClaimsOf(benchmark, site).map((c) => `${c.source}/${c.localId}`);
    expect(ids('bench')).toEqual(['launch/m3-score', 'launch/m2-score', 'launch/m1-score', 'blog/m3-score', 'blog/m1-score']);
    expect(ids('other-bench')).toEqual(['launch/m2-other-dash', 'launch/m3-other']);
    expect(ids('no-such-bench')).toEqual([]);
  });
  it('scales percentages to 100 and other units to a round maximum', () => {
    expect(chartMax([12, 40], '%')).toBe(100);
    expect(chartMax([12, 47], 'count')).toBe(50);
    expect(chartMax([0.3], null)).toBe(0.3);
    expect(chartMax([], null)).toBe(1);
    expect(barValue({ type: 'range', min: 10, max: 20, decimals: 0 })).toBe(15);
    expect(barValue({ type: 'bound', op: '>', value: 90, decimals: 0 })).toBe(90);
    expect(barValue({ type: 'text', value: 'x' })).toBeNull();
  });
});

describe('finding filters', () => {
  it('offers only options that keep something, with counts equal to the filtered lists', () => {
    const facets = findingFacets(site);
    expect(facets.map((f) => f.filter)).toEqual(['kind', 'severity', 'model', 'source']);
    for (const facet of facets) {
      for (const o of facet.options) {
        expect(o.count).toBeGreaterThan(0);
        expect(filterFindings(site, facet.filter, o.value)).toHaveLength(o.count);
        expect(o.href).toBe(`/discrepancies/${facet.filter}/${o.value}/`);
      }
    }
    const kinds = facets.find((f) => f.filter === 'kind')?.options ?? [];
    expect(kinds.reduce((n, o) => n + o.count, 0)).toBe(site.analysis.findings.length);
  });
  it('keeps, for every option, exactly the findings that match it, in the engine order', () => {
    for (const facet of findingFacets(site))
      for (const o of facet.options)
        expect(filterFindings(site, facet.filter, o.value)).toEqual(
          site.analysis.findings.filter((f) => findingMatches(f, facet.filter, o.value, site)),
        );
  });
  it('lists at most `limit` options per facet on a filtered page, the current one among them, and says how many more', () => {
    const options = Array.from({ length: 30 }, (_, i) => ({
      value: `s${i}`,
      label: `S${i}`,
      count: 1,
      href: `/discrepancies/source/s${i}/`,
    }));
    const facets = [{ filter: 'source' as const, label: 'Source', options }];
    const [first] = navFacets(facets, { filter: 'source', value: 's2' }, 25);
    expect(first?.options).toHaveLength(25);
    expect(first?.more).toBe(5);
    const [last] = navFacets(facets, { filter: 'source', value: 's29' }, 25);
    expect(last?.options.map((o) => o.value)).toContain('s29');
    expect(last?.options).toHaveLength(25);
    expect(navFacets(facets, { filter: 'kind', value: 'conflict' }, 40)[0]).toBe(facets[0]);
  });
  it('files a misattribution under both the model it is about and the model the figure belongs to', () => {
    const mis = site.analysis.findings.find((f) => f.kind === 'misattribution');
    expect(mis).toBeDefined();
    expect(filterFindings(site, 'model', 'm1').map((f) => f.id)).toContain(mis?.id);
    expect(filterFindings(site, 'model', 'm2').map((f) => f.id)).toContain(mis?.id);
    expect(filterFindings(site, 'model', 'rival')).toEqual([]);
  });
  it('shows a finding’s claims vendor first', () => {
    const f = site.analysis.findings.find((x) => x.kind === 'contradiction');
    if (!f) throw new Error('expected a contradiction');
    const view = findingView(f, site);
    expect(view.claims.map((c) => c.source.slug)).toEqual(['launch', 'blog']);
    expect(view.title).toBe('Model Three: availability');
    expect(view.href).toBe(`/discrepancies/${f.id}/`);
  });
});

describe('family and timeline', () => {
  it('follows the predecessor chain and finds successors', () => {
    const m2 = familyOf(site.entityById.get('m2') as never, site);
    expect(m2.predecessors.map((m) => m.id)).toEqual(['m1']);
    expect(m2.successors.map((m) => m.id)).toEqual(['m3']);
    expect(m2.vendor?.name).toBe('OpenAI');
    const m3 = familyOf(site.entityById.get('m3') as never, site);
    expect(m3.predecessors.map((m) => m.id)).toEqual(['m1', 'm2']);
    expect(m3.siblings).toEqual([]);
  });
  it('stops on a predecessor cycle', () => {
    const a = entity('a', 'model', { predecessor: 'b', family: 'X' });
    const b = entity('b', 'model', { predecessor: 'a', family: 'X' });
    const looped = siteData({ sources: [source('s', 'vendor', 'V')], entities: [a, b], properties: [], claims: [] });
    const family = familyOf(a, looped);
    expect(family.predecessors.map((m) => m.id)).toEqual(['b']);
    expect(family.successors).toEqual([]);
  });
  it('lists dated claims of the model and its family, oldest first', () => {
    const events = timelineFor(site.entityById.get('m3') as never, site);
    expect(events.map((e) => [e.date, e.entity.id, e.self])).toEqual([
      ['2025-12-18', 'm2', false],
      ['2026-02-05', 'm3', true],
    ]);
  });
});

describe('display', () => {
  it('writes dates out, enum values in words and entity ids by name', () => {
    const byId = (id: string) => site.claimById.get(id) as never;
    expect(displayValue(byId('launch/m3-release'), site)).toBe('5 February 2026');
    expect(displayValue(byId('launch/m3-api'), site)).toBe('not yet available');
    expect(displayValue(byId('launch/m3-developer'), site)).toBe('OpenAI');
    expect(displayValue(byId('blog/m3-params'), site)).toBe('1.5 trillion parameters');
  });
  it('names sources by publisher, else by kind, else (on a clash) by shortened title', () => {
    const a = source('a', 'blog', null, 'A rather long title for a blog post about models');
    const b = source('b', 'blog', null, 'Another blog');
    expect(sourceName(source('x', 'vendor', 'OpenAI'))).toBe('OpenAI');
    expect(sourceName(a, [a])).toBe('Blog article');
    expect(sourceName(a, [a, b])).toBe('A rather long title for a blog…');
    // An untitled document's description (the site's) is marked, on a clash too (#12.8).
    const u = { ...a, titled: false };
    expect(sourceName(u, [u, b])).toBe('A rather long title for a blog… (untitled)');
  });
  it('shortens at a word boundary and splits quotes around their figure', () => {
    expect(shorten('short', 10)).toBe('short');
    expect(shorten('one two three four', 12)).toBe('one two…');
    expect(splitQuote('Terminal-Bench 2.0 77.3% 64.0%', '64.0%')).toEqual(['Terminal-Bench 2.0 77.3% ', '64.0%', '']);
    expect(splitQuote('no figure here', '9%')).toEqual(['no figure here']);
    expect(splitQuote('a quote', null)).toEqual(['a quote']);
  });
});

describe('citations', () => {
  it('cites a claim with citation-js: a title naming the statement and its source, BibTeX, APA text and CSL-JSON', () => {
    const c = site.claimById.get('launch/m3-score') as never;
    const cite = claimCitation(c, site, 'https://example.org/claims/launch/m3-score/', '2026-03-01');
    expect(cite.csl.title).toBe('Model Three, benchmark score (benchmark: Bench; reasoning effort: xhigh): 77.3% (claim by OpenAI)');
    expect(cite.csl.note).toContain('Quoted from the archived snapshot of “Title of launch”, OpenAI, 2026-02-05');
    expect(cite.bibtex).toMatch(/^@misc\{codexclaims_launch_m3_score,/);
    expect(cite.bibtex).toContain('77.3\\%');
    expect(cite.bibtex).toContain('url = {https://example.org/claims/launch/m3-score/}');
    expect(cite.text).toBe(
      'Codex Claims. (2026). Model Three, benchmark score (benchmark: Bench; reasoning effort: xhigh): 77.3% (claim by OpenAI). In Codex Claims open data. https://example.org/claims/launch/m3-score/',
    );
  }, 60_000); // the first citation loads citeproc and the APA style
  it('BibTeX keeps the meaning of characters citation-js would drop (U+2011, ≤, ≥, ≈)', () => {
    const csl = {
      id: 'x',
      'citation-key': 'x',
      type: 'entry' as const,
      title: 'Model, prior models ceiling: ≤64% (≥ 1, ≈ 2)',
      URL: 'https://example.org/x/',
      note: 'Quoted: “temperature (float, 0\u20112): Controls randomness.”',
    };
    const { bibtex, csl: kept } = citationOf(csl);
    expect(bibtex).toContain('temperature (float, 0-2)');
    expect(bibtex).toContain('\\textless{}=64\\%');
    expect(bibtex).toContain('\\textgreater{}= 1');
    expect(bibtex).toContain('\\textasciitilde{} 2');
    // The CSL-JSON record keeps the source's own characters.
    expect(kept.note).toContain('0\u20112');
  }, 60_000);
  it('keeps an acronym that opens a property label in capitals ("AGI step", not "agi step")', () => {
    const c = site.claimById.get('blog/m3-params') as never;
    const labelled = {
      ...site,
      propertyById: new Map([...site.propertyById].map(([id, p]) => [id, id === 'parameter-count' ? { ...p, label: 'AGI step' } : p])),
    };
    expect(claimStatement(c, labelled as never)).toBe('Model Three, AGI step: 1.5 trillion parameters');
    expect(claimStatement(c, site)).toBe('Model Three, parameter count: 1.5 trillion parameters');
  });
  it('cites a finding with its date, and escapes BibTeX specials', () => {
    const f = site.analysis.findings[0];
    if (!f) throw new Error('expected a finding');
    const cite = findingCitation(f, site, 'https://example.org/f/', '2026-03-01');
    expect(cite.text).toMatch(/^Codex Claims\. \(2026\)\. /);
    expect(cite.csl.issued).toEqual({ 'date-parts': [[2026, 3, 1]] });
    expect(cite.bibtex).toContain('year = {2026}');
    expect(cite.bibtex).not.toMatch(/[^\\]%/);
  });
});

describe('last updated', () => {
  it('reads the latest commit date of each file from git log output, newest commit first', () => {
    const log = ['\u00012026-03-02', '', 'content/a.mdx', '\u00012026-02-01', '', 'content/a.mdx', 'content/b.mdx', ''].join('\n');
    expect([...parseCommitLog(log)]).toEqual([
      ['content/a.mdx', '2026-03-02'],
      ['content/b.mdx', '2026-02-01'],
    ]);
    expect(parseCommitLog('').size).toBe(0);
  });

  it('is the latest commit date of the files in a repository, or the build date when a file is not committed', () => {
    const repo = mkdtempSync(join(tmpdir(), 'codex-claims-history-'));
    try {
      const git = (args: string[], date: string) =>
        execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.org', ...args], {
          cwd: repo,
          env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
          stdio: 'ignore',
        });
      git(['init', '-q'], '2026-01-05T12:00:00Z');
      writeFileSync(join(repo, 'a.mdx'), 'one');
      writeFileSync(join(repo, 'b.mdx'), 'one');
      git(['add', '.'], '2026-01-05T12:00:00Z');
      git(['commit', '-q', '-m', 'first'], '2026-01-05T12:00:00Z');
      writeFileSync(join(repo, 'b.mdx'), 'two');
      git(['commit', '-q', '-am', 'second'], '2026-02-01T12:00:00Z');
      const history = readCommitDates(repo);
      expect(lastUpdated(['a.mdx'], history)).toBe('2026-01-05');
      expect(lastUpdated(['a.mdx', 'b.mdx'], history)).toBe('2026-02-01');
      expect(lastUpdated(['content/no-such-file.mdx'], history)).toBe(buildDate());
      expect(lastUpdated([], history)).toBe(buildDate());
      expect(readCommitDates(tmpdir()).size, 'outside a git checkout the history is empty').toBe(0);
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
    expect(buildDate()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('takes the history as data: the latest date of the files, the build date when one is missing', () => {
    const history = new Map([
      ['content/a.mdx', '2026-01-05'],
      ['content/b.mdx', '2026-02-01'],
    ]);
    expect(lastUpdated(['content/a.mdx', './content/b.mdx'], history)).toBe('2026-02-01');
    expect(lastUpdated(['content/a.mdx', 'content/c.mdx'], history)).toBe(buildDate());
  });
});
