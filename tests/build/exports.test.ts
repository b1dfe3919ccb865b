/**
 * The standard-format exports of the main build, read back as a consumer would and checked against their
 * published specifications: W3C Web Annotations (re-anchored in the snapshots, the W3C test suite's MUSTs),
 * the Data Package (its 2.0 profile; every CSV against its Table Schema), the Every Eval Ever records (the
 * vendored 0.3.0 schema).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, inject, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { foldForQuote } from '../../src/lib/content/quote.ts';
import { anchorQuote, type TextPositionSelector, type TextQuoteSelector } from '../../src/lib/export/annotations.ts';
import type { TableSchema } from '../../src/lib/export/datapackage.ts';
import { evalRecordProblems } from '../unit/export/every-eval-ever.ts';
import { dataPackageProblems, tableSchemaProblems } from '../unit/export/frictionless.ts';
import { type Tables, tableProblems } from '../unit/export/table-schema.ts';
import { annotationMustFailures, collectionMustFailures } from '../unit/export/w3c-annotation.ts';

const dist = inject('dist');
const readJson = <T>(path: string): T => JSON.parse(readFileSync(join(dist, path), 'utf8')) as T;
const snapshot = (slug: string) => readFileSync(join('content/sources', slug, 'snapshot.txt'), 'utf8');

interface Annotation {
  id: string;
  body: [{ value: string }, { id: string }];
  target: { source: string; 'schema:sha256': string; selector: [TextQuoteSelector, TextPositionSelector] };
}
interface Collection {
  '@context': unknown;
  total: number;
  first: { items: Annotation[] };
}
interface SourceRow {
  id: string;
  url: string | null;
  sha256: string;
}
interface ClaimRow {
  id: string;
  source: string;
  quote: string;
  url: string;
}

describe('W3C Web Annotations (/data/annotations.jsonld and /data/annotations/<source>.jsonld)', () => {
  it('re-anchor every claim in its snapshot exactly once and give back the same claims', () => {
    const sources = readJson<SourceRow[]>('data/sources.json');
    const claims = readJson<ClaimRow[]>('data/claims.json');
    const all = readJson<Collection>('data/annotations.jsonld');
    expect(all.total).toBe(claims.length);
    const back: string[] = [];
    for (const source of sources) {
      const text = snapshot(source.id);
      const file = readJson<Collection>(`data/annotations/${source.id}.jsonld`);
      for (const a of file.first.items) {
        const [quote, position] = a.target.selector;
        const anchored = anchorQuote(text, quote);
        if (!anchored.ok) throw new Error(`${a.id}: ${anchored.message}`);
        expect([...text].slice(position.start, position.end).join(''), `${a.id}: the position selector`).toBe(quote.exact);
        expect(a.target['schema:sha256']).toBe(source.sha256);
        const claim = claims.find((c) => new URL(c.url, a.id).href === a.body[1].id);
        expect(claim, `${a.id}: no claim has this permalink`).toBeDefined();
        expect(foldForQuote(text.slice(anchored.start, anchored.end))).toBe(foldForQuote(claim?.quote ?? ''));
        back.push(claim?.id ?? '');
      }
    }
    expect(back.sort()).toEqual(claims.map((c) => c.id).sort());
    expect(all.first.items.map((a) => a.id).sort()).toEqual(
      sources.flatMap((s) => readJson<Collection>(`data/annotations/${s.id}.jsonld`).first.items.map((a) => a.id)).sort(),
    );
  });

  it('pass every MUST assertion of the W3C Web Annotation test suite', () => {
    const all = readJson<Collection>('data/annotations.jsonld');
    expect(collectionMustFailures(all)).toEqual([]);
    const failures = all.first.items.flatMap((a) =>
      annotationMustFailures({ '@context': all['@context'], ...a }).map((f) => `${a.id}: ${f}`),
    );
    expect(failures).toEqual([]);
  });
});

describe('Every Eval Ever records (/data/eval-records/)', () => {
  interface IndexFile {
    scoreClaims: number;
    schema: { version: string };
    records: { url: string; evaluation_id: string; claims: string[] }[];
    notExported: { claim: string; reason: string }[];
  }
  const index = readJson<IndexFile>('data/eval-records/index.json');
  const local = (url: string) => new URL(url).pathname.slice(1);
  /** The properties the registry marks as benchmark scores (content/properties/*.yaml, `benchmarkRole: score`). */
  const scoreProperties = readdirSync('content/properties')
    .filter((f) => f.endsWith('.yaml'))
    .filter((f) => (parseYaml(readFileSync(join('content/properties', f), 'utf8')) as { benchmarkRole?: string }).benchmarkRole === 'score')
    .map((f) => f.replace(/\.yaml$/, ''));

  it('every record file is valid against the vendored 0.3.0 schema and listed in the index', () => {
    const onDisk = readdirSync(join(dist, 'data/eval-records'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.json') && f !== 'index.json')
      .map((f) => `data/eval-records/${f}`)
      .sort();
    expect(onDisk.length).toBeGreaterThan(0);
    expect(index.records.map((r) => local(r.url)).sort()).toEqual(onDisk);
    for (const entry of index.records) {
      const record = readJson<{ schema_version: string; evaluation_id: string; evaluation_results: { evaluation_result_id: string }[] }>(
        local(entry.url),
      );
      expect(evalRecordProblems(record), entry.url).toEqual([]);
      expect(record.schema_version).toBe(index.schema.version);
      expect(record.evaluation_id).toBe(entry.evaluation_id);
      expect(record.evaluation_results.map((r) => r.evaluation_result_id)).toEqual(entry.claims);
    }
  });

  it('every benchmark-score claim of claims.json is in exactly one record or listed as not exported, with a reason', () => {
    expect(scoreProperties.length).toBeGreaterThan(0);
    const scores = readJson<{ id: string; property: string }[]>('data/claims.json')
      .filter((c) => scoreProperties.includes(c.property))
      .map((c) => c.id)
      .sort();
    const accounted = [...index.records.flatMap((r) => r.claims), ...index.notExported.map((n) => n.claim)].sort();
    expect(accounted).toEqual(scores);
    expect(index.scoreClaims).toBe(scores.length);
    for (const n of index.notExported) expect(n.reason.length, n.claim).toBeGreaterThan(20);
  });

  it('/data/ documents the format with an example and a curl command, and the Dataset lists every record file', () => {
    const page = readFileSync(join(dist, 'data/index.html'), 'utf8');
    const section = /<h3 id="format-eval-records-index-json"[\s\S]*?<\/section>/.exec(page)?.[0] ?? '';
    expect(section).toContain('Every Eval Ever 0.3.0');
    expect(section).toMatch(/Example: <code>\{ &quot;schema_version&quot;: &quot;0\.3\.0&quot;/);
    expect(section).toMatch(/curl -O https?:\/\/[^<]+\/data\/eval-records\/index\.json/);
    const ld = [...page.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1] as string));
    const downloads = ld
      .find((x) => x['@type'] === 'Dataset')
      .distribution.map((d: { contentUrl: string }) => local(d.contentUrl)) as string[];
    for (const entry of index.records) expect(downloads).toContain(local(entry.url));
    expect(downloads).toContain('data/eval-records/index.json');
  });
});

describe('the Data Package (/data/datapackage.json)', () => {
  const descriptor = readJson<{ resources: { name: string; path: string; schema?: TableSchema }[] }>('data/datapackage.json');
  const local = (url: string) => new URL(url).pathname.slice(1);

  it('is valid against the Data Package 2.0 profile and describes every export file', () => {
    expect(dataPackageProblems(descriptor)).toEqual([]);
    const described = descriptor.resources.map((r) => local(r.path)).sort();
    for (const file of [
      'data/claims.csv',
      'data/claims.json',
      'data/sources.csv',
      'data/entities.csv',
      'data/discrepancies.csv',
      'data/annotations.jsonld',
      'data/eval-records/index.json',
    ])
      expect(described).toContain(file);
  });

  it('has every CSV valid against its Table Schema (types, constraints, primary and foreign keys)', () => {
    const tables: Tables = {};
    for (const r of descriptor.resources) {
      if (!r.schema) continue;
      expect(tableSchemaProblems(r.schema), r.name).toEqual([]);
      tables[r.name] = { csv: readFileSync(join(dist, local(r.path)), 'utf8'), schema: r.schema };
    }
    expect(Object.keys(tables).sort()).toEqual(['claims', 'discrepancies', 'entities', 'sources']);
    expect(tableProblems(tables)).toEqual([]);
  });
});

describe('/data/ and /data/fields/ document the files field by field', () => {
  const page = readFileSync(join(dist, 'data/index.html'), 'utf8');
  const fields = readFileSync(join(dist, 'data/fields/index.html'), 'utf8');
  const documented = (file: string): string[] => {
    const list = new RegExp(`<dl[^>]*data-fields="${file.replace('.', '\\.')}"[^>]*>([\\s\\S]*?)</dl>`).exec(fields)?.[1] ?? '';
    return [...list.matchAll(/<dt[^>]*>\s*<code[^>]*>([^<]+)<\/code>/g)].map((m) => m[1] as string);
  };

  it.each(['sources', 'entities', 'claims', 'discrepancies'])(
    '%s: the documented CSV columns are the header, the JSON fields are the keys',
    (name) => {
      const header = readFileSync(join(dist, `data/${name}.csv`), 'utf8')
        .split('\r\n')[0]
        ?.split(',');
      expect(documented(`${name}.csv`)).toEqual(header);
      const rows = readJson<Record<string, unknown>[]>(`data/${name}.json`);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(documented(`${name}.json`).sort()).toEqual(Object.keys(row).sort());
    },
  );

  it('claims.csv has typed value columns, the verdict, the tier and absolute URLs', () => {
    const claims = readJson<{ valueKind: string; number: number | null; verdict: string; tier: number; url: string }[]>('data/claims.json');
    expect(claims.every((c) => URL.canParse(c.url) && /^https?:/.test(c.url))).toBe(true);
    expect(claims.some((c) => c.valueKind === 'number' && typeof c.number === 'number')).toBe(true);
    expect(claims.some((c) => c.verdict === 'vendor' && c.tier === 1)).toBe(true);
  });

  it('states the licence on the page, in the footer of every page and in the export metadata', () => {
    expect(page).toMatch(/<h2 id="licence">/);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toMatch(/rel="license"[^>]*>CC-BY-4\.0</);
    expect(readJson<{ licenses: { name: string }[] }>('data/datapackage.json').licenses[0]?.name).toBe('CC-BY-4.0');
    expect(readJson<{ 'schema:license': string }>('data/annotations.jsonld')['schema:license']).toBe(
      'https://creativecommons.org/licenses/by/4.0/',
    );
  });

  it('the schema.org Dataset names its licence, creator, version, date and one DataDownload per file', () => {
    const ld = [...page.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) =>
      JSON.parse((m[1] as string).replaceAll('\\u003c', '<')),
    );
    const dataset = ld.find((x) => x['@type'] === 'Dataset');
    expect(dataset).toMatchObject({ license: 'https://creativecommons.org/licenses/by/4.0/', creator: { name: 'Codex Claims' } });
    expect(dataset.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(dataset.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const urls = dataset.distribution.map((d: { contentUrl: string; encodingFormat: string }) => new URL(d.contentUrl).pathname.slice(1));
    for (const url of urls) expect(readFileSync(join(dist, url)).length, url).toBeGreaterThan(0);
    for (const file of ['data/claims.csv', 'data/datapackage.json', 'data/annotations.jsonld', 'data/citations.json'])
      expect(urls).toContain(file);
  });
});

describe('citations and discovery', () => {
  it('/data/citations.json has a CSL record for every source, claim and finding, and citations.bib the same as BibTeX', () => {
    const csl = readJson<{ id: string; title: string; URL: string }[]>('data/citations.json');
    const n = ['sources', 'claims', 'discrepancies'].reduce((sum, f) => sum + readJson<unknown[]>(`data/${f}.json`).length, 0);
    expect(csl.length).toBe(n);
    expect(new Set(csl.map((c) => c.id)).size).toBe(n);
    const bib = readFileSync(join(dist, 'data/citations.bib'), 'utf8');
    expect(bib.match(/^@\w+\{/gm)?.length).toBe(n);
    for (const c of csl) expect(bib).toContain(`{${c.id},`);
  });

  it('robots.txt points at the sitemap with an absolute URL', () => {
    const robots = readFileSync(join(dist, 'robots.txt'), 'utf8');
    const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1] ?? '';
    expect(URL.canParse(sitemap)).toBe(true);
    expect(readFileSync(join(dist, new URL(sitemap).pathname.slice(1)), 'utf8')).toContain('<sitemapindex');
  });
});

/** An XML file of the build, parsed (xmlMode: element names as written). */
const xml = (path: string) => parseDocument(readFileSync(join(dist, path), 'utf8'), { xmlMode: true });
const text = (el: Parameters<typeof DomUtils.textContent>[0] | undefined) => (el ? DomUtils.textContent(el).trim() : '');
/** The built page a site URL maps to (the build's base path is the site's root path). */
const pageOf = (url: string, root: string) =>
  join(dist, decodeURIComponent(new URL(url).pathname).slice(new URL(root).pathname.length), 'index.html');

describe('Atom feeds and the sitemap lastmod', () => {
  const feedProblems = (path: string): string[] => {
    const doc = xml(path);
    const feed = DomUtils.findOne((e) => e.name === 'feed', doc.children);
    if (feed?.attribs.xmlns !== 'http://www.w3.org/2005/Atom') return [`${path}: no Atom <feed> element`];
    const problems: string[] = [];
    const entries = DomUtils.getElementsByTagName('entry', feed.children, false);
    if (entries.length === 0) problems.push(`${path}: no entries`);
    for (const [i, entry] of entries.entries()) {
      const child = (name: string) => DomUtils.getElementsByTagName(name, entry.children, false)[0];
      const id = child('id');
      const link = DomUtils.getElementsByTagName('link', entry.children, false).find((l) => l.attribs.rel === 'alternate');
      if (!id || !URL.canParse(text(id))) problems.push(`${path} entry ${i}: no absolute <id>`);
      if (text(child('title')) === '') problems.push(`${path} entry ${i}: no <title>`);
      if (Number.isNaN(Date.parse(text(child('updated'))))) problems.push(`${path} entry ${i}: no RFC 3339 <updated>`);
      if (!link || !URL.canParse(link.attribs.href ?? '')) problems.push(`${path} entry ${i}: no rel="alternate" link`);
    }
    return problems;
  };

  it('findings.xml and every /sources/<slug>/claims.xml parse, with id, title, updated and link on each entry', () => {
    const sources = readJson<{ id: string }[]>('data/sources.json');
    const claims = readJson<{ source: string }[]>('data/claims.json');
    expect(feedProblems('findings.xml')).toEqual([]);
    for (const s of sources) {
      const path = `sources/${s.id}/claims.xml`;
      expect(feedProblems(path)).toEqual([]);
      expect(DomUtils.getElementsByTagName('entry', xml(path).children).length, path).toBe(claims.filter((c) => c.source === s.id).length);
    }
  });

  it('the feeds are linked visibly: findings from the home page and /discrepancies/, claims from each source page', () => {
    const bodyLinks = (page: string) =>
      DomUtils.getElementsByTagName(
        'a',
        DomUtils.getElementsByTagName('main', parseDocument(readFileSync(join(dist, page), 'utf8')).children),
      ).map((a) => a.attribs.href ?? '');
    for (const page of ['index.html', 'discrepancies/index.html'])
      expect(
        bodyLinks(page).some((h) => h.endsWith('/findings.xml')),
        page,
      ).toBe(true);
    for (const s of readJson<{ id: string }[]>('data/sources.json')) {
      expect(
        bodyLinks(`sources/${s.id}/index.html`).some((h) => h.endsWith(`/sources/${s.id}/claims.xml`)),
        s.id,
      ).toBe(true);
    }
  });

  it('every sitemap URL has a lastmod equal to the "Last updated" date its page shows', () => {
    const index = xml('sitemap-index.xml');
    const root = new URL('.', text(DomUtils.getElementsByTagName('loc', index.children)[0])).href;
    const urls = DomUtils.getElementsByTagName('loc', index.children).flatMap((loc) =>
      DomUtils.getElementsByTagName('url', xml(new URL(text(loc)).pathname.slice(new URL(root).pathname.length)).children),
    );
    expect(urls.length).toBeGreaterThan(0);
    const mismatches = urls.flatMap((url) => {
      const loc = text(DomUtils.getElementsByTagName('loc', url.children)[0]);
      const lastmod = DomUtils.getElementsByTagName('lastmod', url.children)[0];
      const page = parseDocument(readFileSync(pageOf(loc, root), 'utf8'));
      const shown = DomUtils.findOne(
        (e) => e.name === 'time' && e.parent?.type === 'tag' && (e.parent.attribs.class ?? '').split(' ').includes('updated'),
        page.children,
      );
      const want = shown?.attribs.datetime;
      const got = lastmod ? text(lastmod).slice(0, 10) : undefined;
      return want && got === want ? [] : [`${loc}: lastmod ${got ?? 'missing'}, page shows ${want ?? 'no "Last updated"'}`];
    });
    expect(mismatches).toEqual([]);
  });
});

describe('schema.org JSON-LD of model and benchmark pages', () => {
  /** The schema.org types and properties these pages may use (https://schema.org/<name>): nothing else. */
  const ALLOWED: Record<string, string[]> = {
    SoftwareApplication: ['name', 'alternateName', 'description', 'url', 'dateModified', 'creator'],
    Dataset: ['name', 'alternateName', 'description', 'url', 'dateModified', 'variableMeasured'],
    Organization: ['name', 'url'],
    PropertyValue: ['name', 'unitText'],
  };
  const problems = (node: Record<string, unknown>, where: string): string[] => {
    const type = String(node['@type']);
    const allowed = ALLOWED[type];
    if (!allowed) return [`${where}: @type ${type} is not one of ${Object.keys(ALLOWED).join(', ')}`];
    return Object.entries(node).flatMap(([key, value]) => {
      if (key === '@type' || key === '@context') return [];
      if (!allowed.includes(key)) return [`${where}: ${type} has no property ${key} here`];
      return value && typeof value === 'object' && !Array.isArray(value)
        ? problems(value as Record<string, unknown>, `${where}.${key}`)
        : [];
    });
  };

  it('each model page carries one SoftwareApplication and each benchmark page one Dataset, as JSON with only named schema.org terms', () => {
    const pages = (folder: string) =>
      DomUtils.getElementsByTagName('loc', xml('sitemap-0.xml').children)
        .map((loc) => new URL(text(loc)).pathname)
        .filter((p) => new RegExp(`/${folder}/[^/]+/$`).test(p));
    const found: string[] = [];
    for (const [folder, type] of [
      ['models', 'SoftwareApplication'],
      ['benchmarks', 'Dataset'],
    ] as const) {
      const paths = pages(folder);
      expect(paths.length, folder).toBeGreaterThan(0);
      for (const path of paths) {
        const doc = parseDocument(readFileSync(join(dist, path, 'index.html'), 'utf8'));
        const scripts = DomUtils.getElementsByTagName('script', doc.children).filter((s) => s.attribs.type === 'application/ld+json');
        expect(scripts.length, path).toBe(1);
        const node = JSON.parse(text(scripts[0])) as Record<string, unknown>;
        expect(node['@context'], path).toBe('https://schema.org');
        expect(node['@type'], path).toBe(type);
        expect(URL.canParse(String(node.url)), path).toBe(true);
        found.push(...problems(node, path));
      }
    }
    expect(found).toEqual([]);
  });
});
