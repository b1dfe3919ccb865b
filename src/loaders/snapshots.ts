/**
 * A content-layer loader for the source snapshots (content/sources/<slug>/snapshot.txt): one entry per
 * snapshot, id = the source's slug, body = the text, digest = the sha256 of its bytes. Being a collection,
 * a snapshot edit in `astro dev` changes the store (and its digest), which reloads the page and, through
 * the digest key in src/data.ts, re-runs the pipeline, so a quote is re-verified against the edited text.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';

const FILE = 'snapshot.txt';

/** Stores (or removes) the entry of one source folder's snapshot. */
function sync(store: LoaderContext['store'], folder: string, slug: string): void {
  const path = join(folder, slug, FILE);
  if (!existsSync(path)) {
    store.delete(slug);
    return;
  }
  const bytes = readFileSync(path);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  store.set({ id: slug, data: { sha256 }, body: bytes.toString('utf8'), digest: sha256, filePath: relative(process.cwd(), path) });
}

/** The snapshot loader over `<base>/sources`. */
export function snapshots(base: string): Loader {
  return {
    name: 'codex-claims:snapshots',
    load: async ({ store, watcher, logger }) => {
      const folder = resolve(base, 'sources');
      store.clear();
      if (existsSync(folder)) {
        for (const d of readdirSync(folder, { withFileTypes: true })) {
          if (d.isDirectory() && !d.name.startsWith('_')) sync(store, folder, d.name);
        }
      }
      if (!watcher) return;
      watcher.add(folder);
      const changed = (file: string): void => {
        if (basename(file) !== FILE || resolve(dirname(dirname(file))) !== folder) return;
        logger.info(`Snapshot changed: ${relative(process.cwd(), file)}`);
        sync(store, folder, basename(dirname(file)));
      };
      watcher.on('change', changed);
      watcher.on('add', changed);
      watcher.on('unlink', changed);
    },
  };
}
