/** Last-updated dates: when a page's content last changed, from the git history passed in as data. */
import type { SiteData } from '../data.ts';
import type { Finding } from '../lib/engine/index.ts';
import type { Entity } from '../lib/types.ts';

/** Today's date (the build date), YYYY-MM-DD. */
export function buildDate(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * When a page's content last changed: the latest commit date among the files it is built from,
 * or the build date when one of them is not committed yet. `history` maps a file to the date of the
 * latest commit touching it (src/site/history.ts reads it once per build).
 */
export function lastUpdated(files: readonly string[], history: ReadonlyMap<string, string>): string {
  let latest = '';
  for (const file of files) {
    const date = history.get(file.replace(/^\.\//, ''));
    if (date === undefined) return buildDate();
    if (date > latest) latest = date;
  }
  return latest || buildDate();
}

/** Files a finding is built from: the sources of its claims, and the editors' note on it if there is one. */
export function findingFiles(f: Finding, data: SiteData): string[] {
  return [
    ...f.sources.flatMap((slug) => data.sourceBySlug.get(slug)?.file ?? []),
    ...data.content.notes.filter((n) => n.finding === f.id).map((n) => n.file),
  ];
}

/** Files an entity page is built from: its own file and the sources of every claim about it. */
export function entityFiles(entity: Entity, data: SiteData): string[] {
  const sources = new Set((data.claimsBySubject.get(entity.id) ?? []).map((c) => c.source));
  return [entity.file, ...[...sources].flatMap((slug) => data.sourceBySlug.get(slug)?.file ?? [])];
}
