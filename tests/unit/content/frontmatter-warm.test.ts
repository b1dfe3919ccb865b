/**
 * Warming the frontmatter cache on several threads (src/frontmatter-warm.ts): what the worker threads store is
 * what the reader's own parse gives, a broken file included, so the read that follows finds every entry, and
 * the cache saved after it holds them all.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readContent, readSourceFile, sourceIndexFiles } from '../../../src/content-files.ts';
import { openFrontmatterCache } from '../../../src/frontmatter-cache.ts';
import { warmFrontmatterCache } from '../../../src/frontmatter-warm.ts';

const scratch = mkdtempSync(join(tmpdir(), 'codex-claims-warm-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A content folder holding each real source twice (as <slug> and <slug>-copy), and one whose YAML is broken. */
function contentFolder(): string {
  const dir = join(scratch, 'content');
  for (const slug of readdirSync('content/sources')) {
    cpSync(join('content/sources', slug), join(dir, 'sources', slug), { recursive: true });
    cpSync(join('content/sources', slug), join(dir, 'sources', `${slug}-copy`), { recursive: true });
  }
  const broken = join(dir, 'sources', 'broken', 'index.mdx');
  cpSync('content/sources/openai-introducing-gpt-5-3-codex', join(dir, 'sources', 'broken'), { recursive: true });
  writeFileSync(broken, readFileSync(broken, 'utf8').replace('kind: vendor', 'kind: vendor: oops'));
  return dir;
}

describe('warmFrontmatterCache', () => {
  const dir = contentFolder();
  const cacheRoot = join(scratch, 'cache');
  const files = sourceIndexFiles(dir);

  it('parses every source on the threads asked for, and stores what the reader parses, entry for entry', async () => {
    expect(files.length).toBe(11);
    const warmed = openFrontmatterCache(cacheRoot);
    expect(await warmFrontmatterCache(dir, warmed, { filesPerThread: 2, threads: 3 })).toEqual({ parsed: 11, threads: 3 });
    // The read that follows is given the same cache, and saves it.
    const read = readContent(dir, { cache: warmed });
    expect(read.sources.map((s) => s.id).sort()).toEqual(files.map((f) => f.slug).sort());
    const cache = openFrontmatterCache(cacheRoot);
    for (const { file, path } of files) {
      const text = readFileSync(path, 'utf8');
      const stored = cache.get(text, () => {
        throw new Error(`${relative(dir, path)} was not stored by the warming`);
      });
      expect(stored, file).toEqual(readSourceFile(file, text));
    }
    const broken = cache.get(readFileSync(join(dir, 'sources/broken/index.mdx'), 'utf8'), () => ({ data: null, body: '' }));
    expect(broken.data).toHaveProperty('__yamlError');
  });

  it('parses nothing when the cache holds every file, or when too few miss to be worth a thread', async () => {
    expect(await warmFrontmatterCache(dir, openFrontmatterCache(cacheRoot), { filesPerThread: 2, threads: 3 })).toEqual({
      parsed: 0,
      threads: 1,
    });
    const one = files[0]?.path ?? '';
    writeFileSync(one, `${readFileSync(one, 'utf8')}\nA changed body.\n`);
    expect(await warmFrontmatterCache(dir, openFrontmatterCache(cacheRoot), { filesPerThread: 2, threads: 3 })).toEqual({
      parsed: 0,
      threads: 1,
    });
  });
});
