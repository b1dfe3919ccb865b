/**
 * The sitemap's `lastmod`: each URL gets the date its page shows as "Last updated" (computed from the git
 * history of the files the page is built from, src/view/updated.ts), read back from the built page's
 * `article:modified_time` meta, so the sitemap and the page can never disagree. @astrojs/sitemap calls
 * `serialize` once per URL in `astro:build:done`, after every page is written. Only each page's head is read.
 */
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The `article:modified_time` a page's head carries, or null. */
export function modifiedTime(html: string): string | null {
  return /<meta property="article:modified_time" content="([^"]+)"/.exec(html)?.[1] ?? null;
}

/** The first `bytes` of a file (a page's head is well within 16 KiB). */
function head(file: string, bytes = 16384): string {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const read = readSync(fd, buffer, 0, bytes, 0);
    return buffer.subarray(0, read).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/**
 * The integration (listed before @astrojs/sitemap, whose `astro:build:done` then runs after this one's) and the
 * `serialize` to pass to sitemap(): it learns the build directory and base path from the build itself.
 */
export function sitemapLastmod(): {
  integration: AstroIntegration;
  serialize: <T extends { url: string; lastmod?: string }>(item: T) => T;
} {
  let outDir = '';
  let prefix = '/';
  return {
    integration: {
      name: 'codex-claims:sitemap-lastmod',
      hooks: {
        'astro:config:done': ({ config }) => {
          prefix = config.base.endsWith('/') ? config.base : `${config.base}/`;
        },
        'astro:build:done': ({ dir }) => {
          outDir = fileURLToPath(dir);
        },
      },
    },
    serialize: (item) => {
      if (!outDir) throw new Error('sitemap-lastmod: list sitemapLastmod().integration before sitemap() in astro.config.mjs.');
      const path = decodeURIComponent(new URL(item.url).pathname);
      const relative = path.startsWith(prefix) ? path.slice(prefix.length) : path.replace(/^\//, '');
      const file = join(outDir, relative, 'index.html');
      const date = existsSync(file) ? modifiedTime(head(file)) : null;
      return date ? { ...item, lastmod: date } : item;
    },
  };
}
