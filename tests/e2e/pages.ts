/**
 * The page types of the site, chosen from the built site's own open data (never hard-coded content), for
 * the reader and screenshot tests.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAIN_DIST } from '../build/main-site.ts';

/** Rows of the export files the tests need. */
export interface ClaimRow {
  id: string;
  source: string;
  subject: string;
  property: string;
  quote: string;
  url: string;
}
export interface EntityRow {
  id: string;
  kind: 'model' | 'benchmark' | 'organization' | 'product';
  name: string;
}
export interface SourceRow {
  id: string;
  /** null for a document that states no title (its siteDescription is then the site's description of it). */
  title: string | null;
  siteDescription: string | null;
  tier: number;
}
export interface FindingRow {
  id: string;
  kind: string;
  severity: string;
  subject: string;
  claims: string[];
  sources: string[];
  arithmetic: string[];
}

/** The export files, fetched from the built site. */
export interface SiteFiles {
  claims: ClaimRow[];
  entities: EntityRow[];
  sources: SourceRow[];
  findings: FindingRow[];
}

async function json<T>(baseURL: string, path: string): Promise<T> {
  const response = await fetch(new URL(path, baseURL));
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}: the data export is missing from the build.`);
  return (await response.json()) as T;
}

/** Loads the export files of the built site. */
export async function loadSiteFiles(baseURL: string): Promise<SiteFiles> {
  const [claims, entities, sources, findings] = await Promise.all([
    json<ClaimRow[]>(baseURL, 'data/claims.json'),
    json<EntityRow[]>(baseURL, 'data/entities.json'),
    json<SourceRow[]>(baseURL, 'data/sources.json'),
    json<FindingRow[]>(baseURL, 'data/discrepancies.json'),
  ]);
  return { claims, entities, sources, findings };
}

const SECTION = { model: 'models', benchmark: 'benchmarks', organization: 'organizations', product: 'products' } as const;

/** Path (inside the site, no leading slash) of an entity's page. */
export function entityPath(e: Pick<EntityRow, 'id' | 'kind'>): string {
  return `${SECTION[e.kind]}/${e.id}/`;
}

/**
 * Path of the page that lists every claim about an entity, fact by fact: a model's claims page
 * (models/<id>/claims/, linked from the model's own page; its sections of facts are pages of their own,
 * models/<id>/claims/<section>/), any other entity's own page.
 */
export function claimsPath(e: Pick<EntityRow, 'id' | 'kind'>): string {
  return e.kind === 'model' ? `${entityPath(e)}claims/` : entityPath(e);
}

/** The sub-folder of `folder` (a path of the built site, MAIN_DIST) whose page links `claimUrl`; throws when none does. */
function pageListing(folder: string, claimUrl: string, what: string): string {
  const dir = join(MAIN_DIST, folder);
  const link = `href="${new URL(claimUrl).pathname}"`;
  const found = existsSync(dir) ? readdirSync(dir).find((s) => readFileSync(join(dir, s, 'index.html'), 'utf8').includes(link)) : undefined;
  if (!found) throw new Error(`No page under ${dir} lists ${claimUrl}: every claim is on one ${what}.`);
  return `${folder}${found}/`;
}

/**
 * Path of the page of a source's claims that lists a claim (sources/<slug>/claims/<section>/): a source's
 * claims are split by section, one page each, read from the built site (MAIN_DIST).
 */
export function sourceSectionPath(claim: Pick<ClaimRow, 'source' | 'url'>): string {
  return pageListing(`sources/${claim.source}/claims/`, claim.url, "section page of its source's claims");
}

/** Path of the page of a model's facts that lists a claim about it (models/<id>/claims/<section>/), read from the built site. */
export function modelSectionPath(model: Pick<EntityRow, 'id' | 'kind'>, claim: Pick<ClaimRow, 'url'>): string {
  return pageListing(claimsPath(model), claim.url, "section page of its model's facts");
}

/** The first page `path` (a page of the built site, MAIN_DIST) links whose path matches `linked`, or null. */
function firstLinked(path: string, linked: RegExp): string | null {
  const html = readFileSync(join(MAIN_DIST, path, 'index.html'), 'utf8');
  const found = [...html.matchAll(/href="\/([^"#]*)"/g)].map((m) => m[1] as string).find((h) => linked.test(h));
  return found ?? null;
}

/** One page of each type. */
export interface PageType {
  name: string;
  path: string;
  status: number;
}

function pick<T>(items: readonly T[], what: string): T {
  const item = items[0];
  if (item === undefined) throw new Error(`The built site has no ${what}; the reader tests need at least one.`);
  return item;
}

/** The model most claims are about (the site's subject). */
export function mainModel(files: SiteFiles): EntityRow {
  const counts = new Map<string, number>();
  for (const c of files.claims) counts.set(c.subject, (counts.get(c.subject) ?? 0) + 1);
  const models = files.entities.filter((e) => e.kind === 'model').sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0));
  return pick(models, 'model');
}

/** Every page type of the site, each represented by one real page. */
export function pageTypes(files: SiteFiles): PageType[] {
  const model = mainModel(files);
  const vendor = pick(
    files.sources.filter((s) => s.tier === 1),
    'vendor (tier 1) source',
  );
  const scored = new Set(files.claims.filter((c) => c.property === 'human-baseline').map((c) => c.subject));
  const benchmarks = files.entities
    .filter((e) => e.kind === 'benchmark')
    .sort((a, b) => Number(scored.has(b.id)) - Number(scored.has(a.id)));
  const benchmark = pick(benchmarks, 'benchmark');
  const claim = pick(
    files.claims.filter((c) => c.source === vendor.id && c.property === 'benchmark-score'),
    'vendor benchmark score',
  );
  const finding = pick(files.findings, 'finding');
  const undisclosed = pick(
    files.findings.filter((f) => f.kind === 'unsupported'),
    '"not disclosed by vendor" finding',
  );
  const org = pick(
    files.entities.filter((e) => e.kind === 'organization'),
    'organization',
  );
  const product = pick(
    files.entities.filter((e) => e.kind === 'product'),
    'product',
  );
  // A long editors' text is one page per section (models/<id>/about/<section>/), listed on the model's page.
  const textSection = pick(
    [firstLinked(entityPath(model), new RegExp(`^${entityPath(model)}about/[^/]+/$`))].filter((p) => p !== null),
    "section page of the main model's editors' text",
  );
  const undisclosedSection = pick(
    [firstLinked('discrepancies/kind/unsupported/', /^discrepancies\/not-disclosed\/(?!by-)[^/]+\/$/)].filter((p) => p !== null),
    'section page of the "not disclosed" table',
  );
  return [
    { name: 'home', path: '', status: 200 },
    { name: 'model-text-section', path: textSection, status: 200 },
    { name: 'model', path: entityPath(model), status: 200 },
    { name: 'model-claims', path: claimsPath(model), status: 200 },
    {
      name: 'model-claims-section',
      path: modelSectionPath(
        model,
        pick(
          files.claims.filter((c) => c.subject === model.id),
          'claim about the model',
        ),
      ),
      status: 200,
    },
    { name: 'benchmark-index', path: 'benchmarks/', status: 200 },
    { name: 'benchmark', path: entityPath(benchmark), status: 200 },
    { name: 'source-index', path: 'sources/', status: 200 },
    { name: 'source', path: `sources/${vendor.id}/`, status: 200 },
    { name: 'source-section', path: sourceSectionPath(claim), status: 200 },
    { name: 'claim', path: new URL(claim.url).pathname.replace(/^\//, ''), status: 200 },
    { name: 'discrepancy-index', path: 'discrepancies/', status: 200 },
    { name: 'discrepancy-filtered', path: `discrepancies/kind/${finding.kind}/`, status: 200 },
    { name: 'finding', path: `discrepancies/${finding.id}/`, status: 200 },
    { name: 'discrepancy-undisclosed', path: 'discrepancies/kind/unsupported/', status: 200 },
    { name: 'discrepancy-undisclosed-section', path: undisclosedSection, status: 200 },
    { name: 'finding-undisclosed', path: `discrepancies/${undisclosed.id}/`, status: 200 },
    { name: 'data', path: 'data/', status: 200 },
    { name: 'data-fields', path: 'data/fields/', status: 200 },
    { name: 'methodology', path: 'methodology/', status: 200 },
    { name: 'methodology-comparing', path: 'methodology/comparing/', status: 200 },
    { name: 'methodology-findings', path: 'methodology/findings/', status: 200 },
    { name: '404', path: 'no-such-page/', status: 404 },
    { name: 'organization', path: entityPath(org), status: 200 },
    { name: 'product', path: entityPath(product), status: 200 },
  ];
}
