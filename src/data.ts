/**
 * The one bridge from astro:content to the pipeline: the only module that calls getCollection.
 * The collections' digests (snapshots included, as their sha256) say when the content changed; the
 * pipeline (src/site/pipeline.ts) then reads, validates and analyses it once and hands pages plain
 * route data. Any content error fails the build (and shows in the dev overlay).
 */

import { type CollectionEntry, getCollection, getEntry } from 'astro:content';
import { ENTITY_FOLDER_NAMES, ENTITY_FOLDERS, type EntityFolder } from './lib/kinds.ts';
import type { Entity } from './lib/types.ts';
import { readCommitDates } from './site/history.ts';
import { loadSite, type SiteData } from './site/pipeline.ts';

export type { SiteData } from './site/pipeline.ts';

let cache: { key: string; data: SiteData } | undefined;
let history: ReadonlyMap<string, string> | undefined;
let snapshotTexts: ReadonlyMap<string, string> | undefined;

/** A key that changes whenever any collection entry (MDX, YAML or snapshot) changes. */
async function collectionKey(): Promise<string> {
  const all = await Promise.all(
    (['sources', 'snapshots', ...ENTITY_FOLDER_NAMES, 'notes', 'properties'] as const).map((name) => getCollection(name)),
  );
  return all
    .flat()
    .map((e) => `${e.collection}:${e.id}:${e.digest ?? ''}`)
    .join('|');
}

/** Loads, validates and analyses all content (once per content state). Throws a teaching report on errors. */
export async function getSiteData(): Promise<SiteData> {
  // In a build the content cannot change between pages: the key (a walk over every collection entry, which
  // grows with the site) is computed once, not once per page. The dev server checks it on every request.
  if (cache && !import.meta.env.DEV) return cache.data;
  const key = await collectionKey();
  if (cache && cache.key === key) return cache.data;
  history ??= readCommitDates(); // git is asked once per build (or dev server)
  // The dev server reads the content again after each edit; only the edited file's frontmatter is parsed again.
  const data: SiteData = { ...loadSite(undefined, import.meta.env.DEV ? { cache: 'memory' } : {}), history };
  cache = { key, data };
  return data;
}

/** The MDX entry of a source, for rendering its body. */
export async function getSourceEntry(slug: string): Promise<CollectionEntry<'sources'> | undefined> {
  // getEntry looks the id up; getCollection would copy every source's entry, once per source page.
  return getEntry('sources', slug);
}

/** The MDX entry of an entity, for rendering its body. */
export async function getEntityEntry(entity: Entity): Promise<CollectionEntry<EntityFolder> | undefined> {
  return getEntry(ENTITY_FOLDERS[entity.kind], entity.id);
}

/** The MDX entries of editors' notes, by finding id. */
export async function getNoteEntries(): Promise<Map<string, CollectionEntry<'notes'>>> {
  const { content } = await getSiteData();
  // Without notes, getCollection('notes') would warn "does not exist or is empty" once per finding page.
  if (content.notes.length === 0) return new Map();
  const entries = await getCollection('notes');
  const byId = new Map(entries.map((e) => [e.id, e]));
  return new Map(content.notes.flatMap((n) => (byId.has(n.id) ? [[n.finding, byId.get(n.id) as CollectionEntry<'notes'>]] : [])));
}

/**
 * Snapshot texts by source slug (the snapshots collection), for the claim pages' quotes in context and the exports
 * whose selectors point into them. Read once per build: getCollection copies every entry on each call, and once
 * per claim page that is sources × claims entry copies. The dev server reads them on every request.
 */
export async function getSnapshots(): Promise<ReadonlyMap<string, string>> {
  if (snapshotTexts && !import.meta.env.DEV) return snapshotTexts;
  snapshotTexts = new Map((await getCollection('snapshots')).map((e) => [e.id, e.body ?? '']));
  return snapshotTexts;
}
