/** Route data for the standard-format exports (/data/annotations*.jsonld …): SiteData in, plain JSON out. */
import type { SiteData } from '../data.ts';
import { foldSnapshot } from '../lib/content/span.ts';
import { type AnnotatedSource, annotationCollection, claimAnnotation } from '../lib/export/annotations.ts';
import { DATA_LICENSE } from '../lib/export/licence.ts';
import { claimHref, href, sourceHref } from '../urls.ts';
import { claimStatement, SITE_NAME } from './citations.ts';

/** The annotation files: `annotations.jsonld` (every claim) and `annotations/<slug>.jsonld` (one per source). */
export function annotationFiles(data: SiteData, snapshots: ReadonlyMap<string, string>, site: URL): Map<string, object> {
  const abs = (path: string) => new URL(path, site).href;
  const all: object[] = [];
  const files = new Map<string, object>();
  for (const source of data.content.sources) {
    const snapshot = snapshots.get(source.slug) ?? '';
    const annotated: AnnotatedSource = { ...source, pageUrl: abs(sourceHref(source.slug)), snapshot };
    const folded = foldSnapshot(snapshot);
    const items = (data.claimsBySource.get(source.slug) ?? []).map((c) =>
      claimAnnotation({ id: c.id, quote: c.quote, statement: claimStatement(c, data), url: abs(claimHref(c)) }, annotated, folded),
    );
    all.push(...items);
    const name = `annotations/${source.slug}.jsonld`;
    files.set(name, annotationCollection(abs(href(`data/${name}`)), `${SITE_NAME}: claims of “${source.title}”`, items, DATA_LICENSE.path));
  }
  files.set(
    'annotations.jsonld',
    annotationCollection(abs(href('data/annotations.jsonld')), `${SITE_NAME}: every claim`, all, DATA_LICENSE.path),
  );
  return files;
}
