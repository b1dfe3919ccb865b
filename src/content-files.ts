/**
 * Reads everything under the content folder from disk into RawContent, for the validator.
 * The build (src/data.ts), `npm run content:check`, `npm run claims` and the tests all read content
 * through this one function, so they see the same data and report the same errors.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { type FrontmatterCache, memoryFrontmatterCache, openFrontmatterCache } from './frontmatter-cache.ts';
import { claimLine, parseWithPositions } from './lib/content/positions.ts';
import type { RawContent, RawEntry, RawSource } from './lib/content/validate.ts';
import { ENTITY_FOLDER_NAMES, type EntityFolder } from './lib/kinds.ts';

/** The content folder: `content/`, or the folder named by CODEX_CLAIMS_CONTENT (used by fixture builds and benchmarks). */
export function contentDir(): string {
  return process.env.CODEX_CLAIMS_CONTENT ?? 'content';
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Splits an MDX file into parsed frontmatter and body; a YAML error becomes data `{ __yamlError }`. */
export function splitFrontmatter(text: string): { data: unknown; body: string } {
  const match = FRONTMATTER.exec(text);
  if (!match) return { data: { __noFrontmatter: true }, body: text };
  return { data: parseYamlSafe(match[1] ?? ''), body: text.slice(match[0].length) };
}

function parseYamlSafe(text: string): unknown {
  try {
    return parseYaml(text) ?? {};
  } catch (error) {
    return { __yamlError: error instanceof Error ? error.message : String(error) };
  }
}

function readEntries(dir: string, folder: string, extensions: readonly string[]): RawEntry[] {
  const full = join(dir, folder);
  if (!existsSync(full)) return [];
  return readdirSync(full)
    .filter((name) => extensions.some((ext) => name.endsWith(ext)) && !name.startsWith('_'))
    .sort()
    .map((name) => {
      const path = join(full, name);
      const text = readFileSync(path, 'utf8');
      const id = name.replace(/\.(mdx|md|yaml|yml)$/, '');
      const file = relative(process.cwd(), path);
      if (name.endsWith('.yaml') || name.endsWith('.yml')) return { file, id, text, data: parseYamlSafe(text), body: '' };
      const { data, body } = splitFrontmatter(text);
      return { file, id, text, data, body };
    });
}

/**
 * A source's index.mdx: its frontmatter and body as splitFrontmatter gives them, and the line of each claim
 * from the same parse (so the validator need not parse the file again when it has nothing to report).
 */
export function readSourceFile(file: string, text: string): { data: unknown; body: string; claimLines?: number[] } {
  const match = FRONTMATTER.exec(text);
  const once = match ? parseWithPositions(file, text) : null;
  if (!match || !once) return splitFrontmatter(text);
  const claims = (once.data as { claims?: unknown } | null)?.claims;
  return {
    data: once.data,
    body: text.slice(match[0].length),
    ...(Array.isArray(claims) ? { claimLines: claims.map((_c, i) => claimLine(once.positions, i)) } : {}),
  };
}

/** A source's index.mdx: its folder's name, its path, and its path from the working folder (as errors name it). */
export interface SourceIndexFile {
  slug: string;
  path: string;
  file: string;
}

/** The sources' index.mdx files under `dir`/sources, in slug order (folders starting with _ left out). */
export function sourceIndexFiles(dir: string): SourceIndexFile[] {
  const full = join(dir, 'sources');
  if (!existsSync(full)) return [];
  return readdirSync(full, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('_'))
    .map((d) => d.name)
    .sort()
    .map((slug) => ({ slug, path: join(full, slug, 'index.mdx') }))
    .filter(({ path }) => existsSync(path))
    .map(({ slug, path }) => ({ slug, path, file: relative(process.cwd(), path) }));
}

function readSources(dir: string, cache: FrontmatterCache | null): RawSource[] {
  return sourceIndexFiles(dir).map(({ slug, path, file }) => {
    const text = readFileSync(path, 'utf8');
    const { data, body, claimLines } = cache ? cache.get(text, () => readSourceFile(file, text)) : readSourceFile(file, text);
    const snapshotPath = join(dir, 'sources', slug, 'snapshot.txt');
    const bytes = existsSync(snapshotPath) ? readFileSync(snapshotPath) : null;
    return {
      file,
      id: slug,
      text,
      data,
      body,
      ...(claimLines ? { claimLines } : {}),
      snapshotFile: relative(process.cwd(), snapshotPath),
      snapshot: bytes ? bytes.toString('utf8') : null,
      snapshotSha256: bytes ? createHash('sha256').update(bytes).digest('hex') : null,
    };
  });
}

/** How to read the content folder. */
export interface ReadOptions {
  /**
   * Reuse the sources' parsed frontmatter from the last read (src/frontmatter-cache.ts): `disk` from the last
   * run, `memory` from the last read in this process (the dev server), or a cache already open (the editor's
   * commands open the disk cache first to fill it on every core: src/frontmatter-warm.ts); the build reads
   * once and uses none.
   */
  cache?: 'disk' | 'memory' | FrontmatterCache;
}

/** Reads the whole content folder. */
export function readContent(dir: string = contentDir(), options: ReadOptions = {}): RawContent {
  const cache =
    options.cache === 'disk' ? openFrontmatterCache() : options.cache === 'memory' ? memoryFrontmatterCache() : (options.cache ?? null);
  const sources = readSources(dir, cache);
  cache?.save();
  return {
    sources,
    ...(Object.fromEntries(ENTITY_FOLDER_NAMES.map((folder) => [folder, readEntries(dir, folder, ['.mdx', '.md'])])) as Record<
      EntityFolder,
      RawEntry[]
    >),
    properties: readEntries(dir, 'properties', ['.yaml', '.yml']),
    notes: readEntries(dir, 'notes', ['.mdx', '.md']),
  };
}
