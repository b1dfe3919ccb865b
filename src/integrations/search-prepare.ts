/**
 * The part of the search index that needs only the content, not the built pages: the claim and finding records
 * (staged as small HTML files for Pagefind to read in one call), the annotations of the entity and source pages,
 * and what the search hints need. The search-index integration (src/integrations/pagefind.ts) computes it in a
 * worker thread (src/integrations/search-prepare-worker.ts) when the build starts, and Pagefind indexes the staged
 * records in its own process while Astro renders the pages on this one: on this project's 2-core machine the
 * rendering keeps one core busy and the other was idle until the pages were done (docs/benchmarks.md).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  claimRecords,
  findingRecords,
  type PageAnnotation,
  pageAnnotations,
  recordHtml,
  type SearchInput,
  type SearchRecord,
} from '../lib/search/records.ts';
import type { Entity } from '../lib/types.ts';
import { runWorker } from '../run-worker.ts';
import { loadSite } from '../site/pipeline.ts';

/** The content and its analysis from the pipeline, exactly as the pages use them. Throws the validator's report on errors. */
export function loadSearchInput(): SearchInput {
  const { content, analysis } = loadSite();
  return { content, analysis };
}

/** Where a record's result must lead: its URL and the built file behind it. */
export type RecordTarget = Pick<SearchRecord, 'url' | 'file'>;

/** A staged record as the index's last steps need it: where it leads, and its words for the hints' vocabulary. */
export interface PreparedRecord extends RecordTarget {
  /** Its title and its text. */
  words: [string, string];
}

/** What the index needs from the content alone (prepareSearch). */
export interface PreparedSearch {
  /** Every claim and finding record, in the order staged. */
  records: PreparedRecord[];
  /** The annotation of each source and entity page, by its path as the index reads it ("sources/a/"). */
  annotations: [string, PageAnnotation][];
  /** The entities, for the search hints. */
  entities: Entity[];
  /** The sources' titles, words of the hints' vocabulary with the records' own. */
  sourceTitles: string[];
}

/**
 * Writes each record as recordHtml at its page's path under `stage`, where Pagefind reads them all with one
 * addDirectory call and gives each the URL of its path. Added one by one (addCustomRecord), each record is
 * compared with every record added before it (Pagefind looks for a page of the same URL), which made
 * indexing quadratic: 289 s for the 85,909 records of 2,000 sources, against 53 s staged (docs/benchmarks.md).
 */
export function stageRecords(stage: string, records: readonly SearchRecord[]): void {
  for (const record of records) {
    const file = join(stage, record.file);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, recordHtml(record));
  }
}

/** Loads the content, stages its claim and finding records under `stage` (stageRecords) and returns the rest of what the index needs. */
export function prepareSearch(stage: string): PreparedSearch {
  const input = loadSearchInput();
  const records = [...claimRecords(input), ...findingRecords(input)];
  stageRecords(stage, records);
  return {
    records: records.map((r) => ({ url: r.url, file: r.file, words: [r.meta.title ?? '', r.content] })),
    annotations: pageAnnotations(input),
    entities: input.content.entities,
    sourceTitles: input.content.sources.map((s) => s.title),
  };
}

/** prepareSearch in a worker thread (src/integrations/search-prepare-worker.ts), so this thread goes on meanwhile. */
export function prepareInWorker(stage: string): Promise<PreparedSearch> {
  return runWorker(new URL('./search-prepare-worker.ts', import.meta.url), stage, "the search index's worker");
}
