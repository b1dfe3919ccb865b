/**
 * Property-based test of the validator on the real content: thousands of single mutations (see
 * mutate.ts). Each mutated file is written to disk and read back exactly as the build reads it
 * (readContent), in place of the original in the content read once, and everything is validated
 * (validateContent). Reading only the mutated file keeps a run at a few milliseconds. Every outcome must be valid or rejected with located, teaching
 * errors: never an exception, a stack trace, or a claim dropped without an error that explains it.
 * The run is seeded, so it is the same every time; it prints how many mutations it tried and the
 * kinds of error each mutation found, and fails when a kind has no pinned fixture in this folder.
 * The mutations are split into shards with their own seeds (mutations-<n>.test.ts), which Vitest runs in
 * parallel workers where it has more than one (on 2 cores it has one); together they try RUNS mutations.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContent } from '../../../src/content-files.ts';
import { type ContentError, formatError } from '../../../src/lib/content/errors.ts';
import { localIdOf } from '../../../src/lib/content/rules/claims.ts';
import { type RawContent, validateContent } from '../../../src/lib/content/validate.ts';
import { applyMutation, KINDS, type Kind, mutationArb } from './mutate.ts';

/** Mutations tried over all shards. */
export const RUNS = 2000;
/** The seed of shard 1; shard n uses SEED + n - 1. */
const SEED = 20260205;
/** How many shards (mutations-1.test.ts … mutations-<SHARDS>.test.ts) share RUNS. */
export const SHARDS = 2;

const CONTENT = 'content';

/** Every file a mutation may change, relative to the content folder. */
const targets = (function walk(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((d) => (d.isDirectory() ? walk(join(folder, d.name)) : /\.(mdx|md|yaml|yml|txt)$/.test(d.name) ? [join(folder, d.name)] : []));
})(CONTENT).map((path) => relative(CONTENT, path));

const snapshots = targets.filter((f) => f.endsWith('snapshot.txt'));
const sourceFiles = targets.filter((f) => f.startsWith('sources/') && f.endsWith('index.mdx'));
const otherFiles = targets.filter((f) => !f.endsWith('snapshot.txt'));
const QUOTE_KINDS: readonly Kind[] = ['truncate-quote', 'alter-quote', 'whitespace-quote'];

/** The files a kind of mutation applies to; a quarter of the other mutations go to sources, where the claims are. */
function targetsFor(kind: Kind, r: number): string[] {
  if (kind === 'snapshot-byte') return snapshots;
  if (QUOTE_KINDS.includes(kind) || r < 0.25) return sourceFiles;
  return otherFiles;
}

const original = readContent(CONTENT);
const baseline = validateContent(original);
const COLLECTIONS = ['sources', 'models', 'benchmarks', 'organizations', 'products', 'properties', 'notes'] as const;

/**
 * The real content with one file replaced by `bytes`: the file (and, for a source, its folder) is
 * written to a folder in `scratch` and read by readContent, so it is read as the build reads it.
 */
function contentWith(scratch: string, file: string, bytes: Buffer): RawContent {
  const dir = mkdtempSync(join(scratch, 'c-'));
  const folder = file.split('/')[0] ?? '';
  if (folder === 'sources') cpSync(join(CONTENT, dirname(file)), join(dir, dirname(file)), { recursive: true });
  mkdirSync(join(dir, dirname(file)), { recursive: true });
  writeFileSync(join(dir, file), bytes);
  const read = readContent(dir);
  rmSync(dir, { recursive: true, force: true });
  const raw = { ...original };
  for (const key of COLLECTIONS) {
    const replaced = read[key] as RawContent[typeof key];
    if (replaced.length === 0) continue;
    const ids = new Set(replaced.map((e) => e.id));
    // A file that no longer reads (e.g. a broken name) is simply absent, as it would be in the build.
    (raw as Record<string, unknown>)[key] = [...original[key].filter((e) => !ids.has(e.id)), ...replaced];
  }
  return raw;
}

/** A mutated content folder's path as errors name it (the shard's scratch folder, then contentWith's). */
const SCRATCH_PATH = /codex-claims-mutations-\d+-[A-Za-z0-9]{6}\/c-[A-Za-z0-9]{6}/g;

/** A message with its quoted values and numbers replaced: the kind of error, not this instance of it. */
function errorKind(message: string): string {
  return message
    .replace(/"[^"]{100,}\.\.\./g, '"…"')
    .replace(/"(?:[^"\\]|\\.)*"/g, '"…"')
    .replace(/\d+/g, 'N')
    .replace(/(Unknown unit) (null|N|true|false|\[.*\]|\{.*\})\./, '$1 "…".');
}

/** The error kinds pinned by the fixtures of this folder's tests (the message between `field "...": ` and ` Expected`). */
function pinnedKinds(): Set<string> {
  const kinds = new Set<string>();
  const folder = new URL('.', import.meta.url);
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.test.ts') && !/^mutations-\d+\.test\.ts$/.test(n))) {
    const text = readFileSync(new URL(name, folder), 'utf8');
    for (const match of text.matchAll(/field "[^"]*": (.*?) Expected /g)) kinds.add(errorKind((match[1] ?? '').replaceAll("\\'", "'")));
  }
  return kinds;
}

/** Why each problem with the outcome breaks the contract; empty when it keeps it. */
function contractBreaches(raw: RawContent, errors: readonly ContentError[], claimIds: ReadonlySet<string>): string[] {
  const breaches: string[] = [];
  const files = new Set(COLLECTIONS.flatMap((k) => raw[k].map((e) => e.file)));
  for (const s of raw.sources) files.add(s.snapshotFile);
  for (const e of errors) {
    const text = formatError(e);
    if (!files.has(e.file)) breaches.push(`error names no content file: ${text}`);
    for (const part of [e.field, e.message, e.expected, e.got, e.hint])
      if (!part.trim()) breaches.push(`error with an empty part: ${text}`);
    // Checked without the scratch folders' random names (mkdtemp), which can spell "NaN" by chance.
    const said = text.replace(SCRATCH_PATH, 'scratch');
    if (/undefined|\[object Object\]|NaN|\n\s+at /.test(said)) breaches.push(`error leaks internals: ${text}`);
    if (text.length > 1500) breaches.push(`error too long (${text.length} characters): ${text.slice(0, 200)}`);
    const missing = e.got === '(missing)' || e.got === '(missing file)';
    if (e.line < 1 && !missing) breaches.push(`error without a line: ${text}`);
  }
  // Nothing dropped silently: every claim written is in the output, or an error explains why not.
  const sourceFiles = new Set(raw.sources.map((s) => s.file));
  for (const s of raw.sources) {
    const list = (s.data as { claims?: unknown } | null)?.claims;
    if (!Array.isArray(list)) {
      if (!errors.some((e) => e.file === s.file)) breaches.push(`source ${s.file} lost its claims without an error`);
      continue;
    }
    list.forEach((c, i) => {
      const id = `${s.id}/${localIdOf(c, i)}`;
      if (claimIds.has(id)) return;
      const explained = errors.some(
        (e) => e.claim === id || (e.file === s.file && e.claim === null) || (!sourceFiles.has(e.file) && !e.file.endsWith('snapshot.txt')),
      );
      if (!explained) breaches.push(`claim ${id} dropped without an error`);
    });
  }
  return breaches;
}

/** Shard `shard` (1 … SHARDS) of the mutation test: RUNS / SHARDS mutations with its own seed. */
export function mutationShard(shard: number): void {
  const runs = RUNS / SHARDS;
  const seed = SEED + shard - 1;
  describe(`mutating the real content (shard ${shard} of ${SHARDS})`, () => {
    const kindsFound = new Map<Kind, Map<string, string>>(KINDS.map((k) => [k, new Map()]));
    const tried = new Map<Kind, number>(KINDS.map((k) => [k, 0]));
    // Each shard's own scratch folder: the unit project shares one module graph between files (isolate: false),
    // so a folder made at module level would be removed by the first shard's afterAll.
    let scratch = '';
    beforeAll(() => {
      scratch = mkdtempSync(join(tmpdir(), `codex-claims-mutations-${shard}-`));
    });
    afterAll(() => rmSync(scratch, { recursive: true, force: true }));

    it('the real content is valid to begin with', () => {
      expect(baseline.errors).toEqual([]);
      expect(baseline.content.claims.length).toBeGreaterThan(100);
    });

    it(`keeps the contract for ${runs} seeded mutations`, () => {
      fc.assert(
        fc.property(mutationArb, (m) => {
          const files = targetsFor(m.kind, m.picks[3] ?? 0);
          const file = files[m.file % files.length] ?? '';
          const mutated = applyMutation(m, file, readFileSync(join(CONTENT, file)));
          fc.pre(mutated !== null);
          {
            const raw = contentWith(scratch, file, mutated);
            const { content, errors } = validateContent(raw);
            const claimIds = new Set(content.claims.map((c) => c.id));
            expect(contractBreaches(raw, errors, claimIds)).toEqual([]);
            if (m.kind === 'crlf') {
              // CRLF line endings change nothing a reader sees: the content stays valid and whole.
              expect(errors).toEqual([]);
              expect(content.claims.length).toBe(baseline.content.claims.length);
            }
            tried.set(m.kind, (tried.get(m.kind) ?? 0) + 1);
            const found = kindsFound.get(m.kind);
            for (const e of errors) {
              const kind = errorKind(e.message);
              if (!found?.has(kind)) found?.set(kind, formatError(e));
            }
          }
        }),
        { numRuns: runs, seed, endOnFailure: true, maxSkipsPerRun: 100 },
      );
      const total = [...tried.values()].reduce((a, b) => a + b, 0);
      expect(total).toBe(runs);
      for (const kind of KINDS) expect(tried.get(kind), `mutations of kind ${kind}`).toBeGreaterThan(20);
      // A generous limit: about 50 s on a quiet 2-core machine, many times that when it is shared.
    }, 1_800_000);

    it('found no kind of error that no fixture pins', () => {
      const pinned = pinnedKinds();
      const lines: string[] = [];
      const uncovered: string[] = [];
      for (const kind of KINDS) {
        const found = kindsFound.get(kind) ?? new Map();
        lines.push(`  ${kind}: ${tried.get(kind)} mutations, ${found.size} kinds of error`);
        for (const errorKindFound of found.keys()) lines.push(`    - ${errorKindFound.slice(0, 140)}`);
        for (const [errorKindFound, example] of found) {
          if (pinned.has(errorKindFound)) continue;
          uncovered.push(`${kind}: ${errorKindFound}\n    e.g. ${example}`);
        }
      }
      const total = [...tried.values()].reduce((a, b) => a + b, 0);
      console.info(
        `Content mutations, shard ${shard} of ${SHARDS}: ${total} tried (seed ${seed}); kinds of error found per mutation:\n${lines.join('\n')}\n` +
          `Kinds no fixture pins: ${uncovered.length ? `\n  ${[...new Set(uncovered)].join('\n  ')}` : 'none'}`,
      );
      expect([...new Set(uncovered)]).toEqual([]);
    });
  });
}
