/**
 * The open data export: /data/{sources,entities,claims,discrepancies}.{json,csv} and their JSON Schemas, and
 * the standard formats (W3C Web Annotations, Every Eval Ever records …). Computed once per content state.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData, getSnapshots, type SiteData } from '@/data.ts';
import { DISCREPANCY_COLUMNS, DISCREPANCY_SCHEMA, discrepancyRows } from '@/lib/engine/export.ts';
import { ANNOTATION_MEDIA_TYPE } from '@/lib/export/annotations.ts';
import { CSV_COLUMNS, claimRows, EXPORT_SCHEMAS, entityRows, sourceRows, toCsv } from '@/lib/export.ts';
import { claimHref } from '@/urls.ts';
import { annotationFiles, citationFiles, dataPackageDescriptor, evalRecordFiles, lastUpdated, quoteContextOf } from '@/view/index.ts';
import pkg from '../../../package.json';

type File = { body: string; type: string };
let cache: { data: SiteData; files: Record<string, File> } | undefined;

async function files(site: URL): Promise<Record<string, File>> {
  const data = await getSiteData();
  if (cache?.data === data) return cache.files;
  const { content, analysis } = data;
  const json = (value: unknown, type = 'application/json') => ({ body: `${JSON.stringify(value, null, 2)}\n`, type });
  const csv = (body: string) => ({ body, type: 'text/csv; charset=utf-8' });
  const sources = sourceRows(content.sources, content.claims);
  const entities = entityRows(content.entities);
  const snapshots = await getSnapshots();
  const claims = claimRows(
    content.claims,
    (c) => new URL(claimHref(c), site).href,
    content.sources,
    analysis.verdicts,
    (c) => quoteContextOf(c, snapshots),
  );
  const discrepancies = discrepancyRows(analysis.findings);
  const annotations = annotationFiles(data, snapshots, site);
  const result: Record<string, File> = {
    'sources.json': json(sources),
    'sources.csv': csv(toCsv(sources, CSV_COLUMNS.sources)),
    'entities.json': json(entities),
    'entities.csv': csv(toCsv(entities, CSV_COLUMNS.entities)),
    'claims.json': json(claims),
    'claims.csv': csv(toCsv(claims, CSV_COLUMNS.claims)),
    'discrepancies.json': json(discrepancies),
    'discrepancies.csv': csv(toCsv(discrepancies, DISCREPANCY_COLUMNS)),
    ...Object.fromEntries(Object.entries(EXPORT_SCHEMAS).map(([name, schema]) => [name, json(schema)])),
    'discrepancies.schema.json': json(DISCREPANCY_SCHEMA),
    ...Object.fromEntries([...annotations].map(([name, value]) => [name, json(value, ANNOTATION_MEDIA_TYPE)])),
  };
  const updated = lastUpdated(
    content.sources.map((s) => s.file),
    data.history,
  );
  const citations = citationFiles(data, site);
  result['citations.json'] = json(citations.csl, 'application/vnd.citationstyles.csl+json');
  result['citations.bib'] = { body: citations.bibtex, type: 'application/x-bibtex; charset=utf-8' };
  const evals = evalRecordFiles(data, site);
  for (const f of evals.files) result[f.path] = json(f.record);
  result['eval-records/index.json'] = json(evals.index);
  result['datapackage.json'] = json(dataPackageDescriptor(data, site, pkg.version, updated));
  cache = { data, files: result };
  return result;
}

export const getStaticPaths = (async () => {
  const site = new URL(import.meta.env.SITE);
  return Object.keys(await files(site)).map((file) => ({ params: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const file = (await files(site ?? new URL(import.meta.env.SITE)))[params.file ?? ''];
  if (!file) return new Response('Not found', { status: 404 });
  return new Response(file.body, { headers: { 'Content-Type': file.type } });
};
