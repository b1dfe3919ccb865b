/**
 * The one bridge from astro:content to the engine: the only module that calls getCollection.
 * It reads and validates all content once, runs the discrepancy engine once, and hands pages
 * plain route data. Any content error fails the build (and shows in the dev overlay).
 */

import { type CollectionEntry, getCollection } from 'astro:content';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir, readContent } from './content-files.ts';
import { formatErrors } from './lib/content/errors.ts';
import { type Content, validateContent, validateNotes } from './lib/content/validate.ts';
import { type Analysis, analyze } from './lib/engine/index.ts';
import type { Claim, Entity, Property, Source } from './lib/types.ts';

/** Everything the pages need, computed once. */
export interface SiteData {
  /** Validated content. */
  content: Content;
  /** The engine's output. */
  analysis: Analysis;
  /** Look-ups. */
  sourceBySlug: Map<string, Source>;
  entityById: Map<string, Entity>;
  propertyById: Map<string, Property>;
  claimById: Map<string, Claim>;
  claimsBySource: Map<string, Claim[]>;
  claimsBySubject: Map<string, Claim[]>;
}

let cache: { key: string; data: SiteData } | undefined;

async function collectionKey(): Promise<string> {
  const all = await Promise.all(
    (['sources', 'models', 'benchmarks', 'organizations', 'products', 'notes', 'properties'] as const).map((name) => getCollection(name)),
  );
  // Snapshots are not collection entries: their size and mtime join the key so an edit is seen in dev.
  const snapshots = (all[0] ?? []).map((e) => {
    try {
      const stat = statSync(join(contentDir(), 'sources', e.id, 'snapshot.txt'));
      return `snapshot:${e.id}:${stat.size}:${stat.mtimeMs}`;
    } catch {
      return `snapshot:${e.id}:missing`;
    }
  });
  return [...all.flat().map((e) => `${e.collection}:${e.id}:${e.digest ?? ''}`), ...snapshots].join('|');
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/** Loads, validates and analyses all content (once per content state). Throws a teaching report on errors. */
export async function getSiteData(): Promise<SiteData> {
  const key = await collectionKey();
  if (cache && cache.key === key) return cache.data;
  const raw = readContent();
  const { content, errors } = validateContent(raw);
  if (errors.length > 0) throw new Error(formatErrors(errors));
  const analysis = analyze({
    claims: content.claims,
    sources: content.sources,
    entities: content.entities,
    properties: content.properties,
  });
  const texts = new Map(raw.notes.map((n) => [n.file, n.text]));
  const noteErrors = validateNotes(content.notes, new Set(analysis.findings.map((f) => f.id)), texts);
  if (noteErrors.length > 0) throw new Error(formatErrors(noteErrors));
  const data: SiteData = {
    content,
    analysis,
    sourceBySlug: new Map(content.sources.map((s) => [s.slug, s])),
    entityById: new Map(content.entities.map((e) => [e.id, e])),
    propertyById: new Map(content.properties.map((p) => [p.id, p])),
    claimById: new Map(content.claims.map((c) => [c.id, c])),
    claimsBySource: groupBy(content.claims, (c) => c.source),
    claimsBySubject: groupBy(content.claims, (c) => c.subject),
  };
  cache = { key, data };
  return data;
}

/** The MDX entry of a source, for rendering its body. */
export async function getSourceEntry(slug: string): Promise<CollectionEntry<'sources'> | undefined> {
  return (await getCollection('sources')).find((e) => e.id === slug);
}

/** The MDX entry of an entity, for rendering its body. */
export async function getEntityEntry(
  entity: Entity,
): Promise<CollectionEntry<'models' | 'benchmarks' | 'organizations' | 'products'> | undefined> {
  const collection = ({ model: 'models', benchmark: 'benchmarks', organization: 'organizations', product: 'products' } as const)[
    entity.kind
  ];
  return (await getCollection(collection)).find((e) => e.id === entity.id);
}

/** The MDX entries of editors' notes, by finding id. */
export async function getNoteEntries(): Promise<Map<string, CollectionEntry<'notes'>>> {
  const { content } = await getSiteData();
  const entries = await getCollection('notes');
  const byId = new Map(entries.map((e) => [e.id, e]));
  return new Map(content.notes.flatMap((n) => (byId.has(n.id) ? [[n.finding, byId.get(n.id) as CollectionEntry<'notes'>]] : [])));
}
