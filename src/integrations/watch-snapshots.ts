/**
 * In `astro dev`, snapshot.txt files are not content-collection entries, so Vite does not watch them.
 * This hook watches them and reloads the page on a change, so a snapshot edit is re-verified live
 * (src/data.ts includes each snapshot's size and mtime in its cache key).
 */
import { join, resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../content-files.ts';

/** The snapshot-watching integration (dev only). */
export function watchSnapshots(): AstroIntegration {
  return {
    name: 'codex-claims:watch-snapshots',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        const folder = resolve(join(contentDir(), 'sources'));
        server.watcher.add(folder);
        server.watcher.on('change', (file) => {
          if (file.startsWith(folder) && file.endsWith('snapshot.txt')) {
            logger.info(`Snapshot changed: ${file}; reloading.`);
            server.ws.send({ type: 'full-reload' });
          }
        });
      },
    },
  };
}
