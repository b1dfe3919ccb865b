/**
 * A disk cache of parsed source frontmatter for the editor's commands (`npm run content:check`,
 * `npm run claims`): parsing YAML is most of their time on a large content folder (about 11 s of CPU for
 * 2,000 sources, 43 MB), and an editor changes one file between two runs. Entries are keyed by the sha1 of
 * the file's whole text and by the `yaml` package's version, so a changed file, or another parser, misses;
 * what is stored is exactly what the reader returns for that text (v8 serialization keeps YAML dates as
 * Dates). One cache file, node_modules/.cache/codex-claims/frontmatter.v8, holding the entries of the last
 * run only (so checking another content folder, a test's fixture copy, replaces them rather than piling
 * up); written atomically (temp file, then rename) and only when something missed. The build does not use it;
 * the dev server keeps the same entries in memory (memoryFrontmatterCache).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';

/** What the reader derives from one file's text. */
export interface ParsedFile {
  data: unknown;
  body: string;
  claimLines?: number[];
}

/** The cache; `parse` is the reader's own parse, called on a miss. */
export interface FrontmatterCache {
  /** The parsed file, from the cache when its text was seen in the last run. */
  get(text: string, parse: () => ParsedFile): ParsedFile;
  /** Whether the text's entry is held; a held entry counts as read in this run, so save keeps it. */
  has(text: string): boolean;
  /** Stores the entry of a text parsed elsewhere (src/frontmatter-warm.ts), as node:v8's serialize gives it. */
  add(text: string, serialized: Uint8Array): void;
  /** Writes this run's entries when any missed since the last save (and drops those of files not read this run). */
  save(): void;
}

const yamlVersion = (): string => {
  try {
    return (createRequire(import.meta.url)('yaml/package.json') as { version: string }).version;
  } catch {
    return 'unknown';
  }
};

/** A cache over `old` (the entries of the last run); save gives `persist` this run's entries, and whether they differ from `old`. */
function cacheOver(
  old: ReadonlyMap<string, Uint8Array>,
  persist: (entries: Map<string, Uint8Array>, changed: boolean) => void,
): FrontmatterCache {
  const salt = `yaml@${yamlVersion()};reader@1\u0000`;
  // Each entry is kept serialized, so every caller gets its own copy and none can change the cache.
  const now = new Map<string, Uint8Array>();
  // Whether this run's entries differ from what was last saved (the last run's, until save is called).
  let missed = false;
  let savedSize = old.size;
  const keyOf = (text: string): string => createHash('sha1').update(salt).update(text).digest('hex');
  /** The entry of `key` held from this run or the last, marked as read in this run. */
  const held = (key: string): Uint8Array | undefined => {
    const hit = now.get(key) ?? old.get(key);
    if (hit) now.set(key, hit);
    return hit;
  };
  return {
    get(text, parse) {
      const key = keyOf(text);
      const hit = held(key);
      if (hit) return deserialize(hit) as ParsedFile;
      missed = true;
      const parsed = parse();
      now.set(key, serialize(parsed));
      return parsed;
    },
    has(text) {
      return held(keyOf(text)) !== undefined;
    },
    add(text, serialized) {
      missed = true;
      now.set(keyOf(text), serialized);
    },
    save() {
      persist(now, missed || now.size !== savedSize);
      missed = false;
      savedSize = now.size;
    },
  };
}

/** The entries stored under `cacheRoot`; none when the file is missing or cannot be read (another format, damaged). */
function readEntries(cacheRoot: string): Map<string, Uint8Array> {
  const file = join(cacheRoot, CACHE_FILE);
  if (!existsSync(file)) return new Map();
  try {
    const stored = deserialize(readFileSync(file)) as unknown;
    if (stored instanceof Map) return stored as Map<string, Uint8Array>;
  } catch {
    // A damaged or foreign file: parse everything again and overwrite it.
  }
  return new Map();
}

/** Stores `entries` under `cacheRoot`, atomically (a temp file, then rename). */
function writeEntries(cacheRoot: string, entries: Map<string, Uint8Array>): void {
  const file = join(cacheRoot, CACHE_FILE);
  mkdirSync(cacheRoot, { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, serialize(entries));
  renameSync(temp, file);
}

const CACHE_FILE = 'frontmatter.v8';
const DEFAULT_ROOT = join('node_modules', '.cache', 'codex-claims');

/** Opens the cache; one that cannot be read (another format, damaged) is started afresh. */
export function openFrontmatterCache(cacheRoot = DEFAULT_ROOT): FrontmatterCache {
  return cacheOver(readEntries(cacheRoot), (entries, changed) => {
    if (changed) writeEntries(cacheRoot, entries);
  });
}

const MEMORY = Symbol.for('codex-claims.frontmatter-memory');

/**
 * The same cache held in memory, for the dev server: after an edit the content is read again, and only the
 * edited file is parsed again (at 500 sources parsing every file takes about 4 s). The entries live on
 * globalThis, so a module instance that Vite reloads still finds them; like the disk cache it keeps the
 * entries of the last read only. The process's first read starts from the disk cache and stores its entries
 * there, so a dev server started after a content:check (or another dev server) parses only what changed.
 */
export function memoryFrontmatterCache(cacheRoot = DEFAULT_ROOT): FrontmatterCache {
  const store = globalThis as typeof globalThis & { [MEMORY]?: Map<string, Uint8Array> };
  const held = store[MEMORY];
  return cacheOver(held ?? readEntries(cacheRoot), (entries, changed) => {
    store[MEMORY] = entries;
    if (!held && changed) writeEntries(cacheRoot, entries);
  });
}
