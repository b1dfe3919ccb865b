/** The open data export: /data/{sources,entities,claims,discrepancies}.{json,csv} and their JSON Schemas. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData } from '@/data.ts';
import { DISCREPANCY_COLUMNS, DISCREPANCY_SCHEMA, discrepancyRows } from '@/lib/engine/export.ts';
import { CSV_COLUMNS, claimRows, EXPORT_SCHEMAS, entityRows, sourceRows, toCsv } from '@/lib/export.ts';
import { claimHref } from '@/urls.ts';

async function files(): Promise<Record<string, { body: string; type: string }>> {
  const { content, analysis } = await getSiteData();
  const json = (value: unknown) => ({ body: `${JSON.stringify(value, null, 2)}\n`, type: 'application/json' });
  const csv = (body: string) => ({ body, type: 'text/csv; charset=utf-8' });
  const sources = sourceRows(content.sources, content.claims);
  const entities = entityRows(content.entities);
  const claims = claimRows(content.claims, claimHref);
  const discrepancies = discrepancyRows(analysis.findings);
  return {
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
  };
}

export const getStaticPaths = (async () => Object.keys(await files()).map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const file = (await files())[params.file ?? ''];
  if (!file) return new Response('Not found', { status: 404 });
  return new Response(file.body, { headers: { 'Content-Type': file.type } });
};
