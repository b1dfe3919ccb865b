/**
 * Helpers for the editor command tests (tests/build/editor-*.test.ts): temp copies of the good fixture
 * and a runner that spawns `npx tsx scripts/<x>.ts` with CODEX_CLAIMS_CONTENT pointing at the copy.
 * Output paths are relative to the working directory, so the copy's prefix is normalized to "content/".
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect } from 'vitest';

/** The good fixture content tree. */
export const GOOD = 'tests/fixtures/content/good';

const temps: string[] = [];

/** A fresh temp folder (removed by cleanTemps). */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `codex-claims-${prefix}-`));
  temps.push(dir);
  return dir;
}

/** A writable copy of the good fixture. */
export function goodCopy(): string {
  const dir = tempDir('editor');
  cpSync(GOOD, dir, { recursive: true });
  return dir;
}

/** Removes every temp folder made by this module. */
export function cleanTemps(): void {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Replaces the first `from` in the file at `path` with `to`, first checking that the file has `from` (so an edit that no longer applies fails). */
export function editFile(path: string, from: string, to: string): void {
  const text = readFileSync(path, 'utf8');
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
}

/**
 * Fills the fields source:add left empty (`<field>: null`) in a new source's index.mdx, as an editor would, first
 * checking that each is still empty (so a fill that no longer applies fails).
 */
export function fillSourceFields(folder: string, fields: Record<string, string>): void {
  for (const [field, value] of Object.entries(fields)) editFile(join(folder, 'index.mdx'), `${field}: null`, `${field}: ${value}`);
}

/** What a script run printed, with the content folder's prefix shown as "content/". */
export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `npx tsx scripts/<script>.ts ...args` against the content folder `dir`, with `input` on its stdin. */
export function runScript(script: string, args: readonly string[], dir: string, env: Record<string, string> = {}, input = ''): Run {
  const run = spawnSync('npx', ['tsx', `scripts/${script}.ts`, ...args], {
    cwd: process.cwd(),
    input,
    env: { ...process.env, CODEX_CLAIMS_CONTENT: dir, ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  const prefix = `${relative(process.cwd(), dir)}/`;
  const norm = (text: string): string =>
    text
      .split('\n')
      .filter((line) => !line.startsWith('npm warn'))
      .join('\n')
      .split(prefix)
      .join('content/');
  return { status: run.status, stdout: norm(run.stdout ?? ''), stderr: norm(run.stderr ?? '') };
}

/** A hash of a folder tree as it is on disk (names, kinds, bytes, link targets; links are not followed), to show nothing changed. */
export function treeHash(dir: string): string {
  const hash = createHash('sha256');
  const walk = (path: string, name: string): void => {
    const stat = lstatSync(path, { throwIfNoEntry: false });
    if (stat === undefined) hash.update(`missing ${name}\n`);
    else if (stat.isSymbolicLink()) hash.update(`link ${name} -> ${readlinkSync(path)}\n`);
    else if (stat.isDirectory()) {
      hash.update(`dir ${name}\n`);
      for (const entry of readdirSync(path).sort()) walk(join(path, entry), `${name}/${entry}`);
    } else hash.update(`file ${name} ${createHash('sha256').update(readFileSync(path)).digest('hex')}\n`);
  };
  walk(dir, '.');
  return hash.digest('hex');
}
