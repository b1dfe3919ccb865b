/**
 * The file-system checks the editor commands share (source:add, content:check, claims): a document given on
 * the command line, the content tree before it is read, and writing a new source folder all at once. Each
 * problem is one teaching line: the path, what is wrong, "Fix:" and what to do. The text rules themselves
 * (empty, NUL bytes, UTF-8) are pure and live in src/lib/editor/document.ts.
 */
import { lstatSync, mkdtempSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { firstInvalidUtf8 } from '../../src/lib/editor/document.ts';

/** Largest document or content file accepted: a web page's text is a few hundred kB at most. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Prefix of the folder a new source is written into before it is renamed into content/sources/. */
export const STAGING_PREFIX = '.source-add-';

/** A path as shown to a person: relative to the working directory. */
export function shown(path: string): string {
  return relative(process.cwd(), path) || '.';
}

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The lstat of a path, or null when nothing (not even a dangling link) is there. */
function lstatOrNull(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
}

/** Reads a document named on the command line, or says why it cannot be read (missing, a folder, not a regular file, too large). */
export function readInputFile(path: string): { ok: true; bytes: Buffer } | { ok: false; message: string } {
  const link = lstatOrNull(path);
  if (link === null)
    return { ok: false, message: `${path}: no such file. Check the path (a relative path starts at the folder npm runs in).` };
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(path);
  } catch {
    return { ok: false, message: `${path} is a symbolic link to a file that does not exist. Give the document itself.` };
  }
  if (stat.isDirectory())
    return { ok: false, message: `${path} is a folder, not a file. Give the saved document inside it, such as ${join(path, 'page.txt')}.` };
  if (!stat.isFile())
    return { ok: false, message: `${path} is not a regular file (a device, pipe or socket). Save the document to a file and give that.` };
  if (stat.size > MAX_FILE_BYTES)
    return {
      ok: false,
      message: `${path} is ${megabytes(stat.size)}; a snapshot is at most ${megabytes(MAX_FILE_BYTES)} of text. Save only the document's own text (not a whole site, a PDF or a data dump).`,
    };
  return { ok: true, bytes: readFileSync(path) };
}

/** Names of files the content reader opens as text. */
const TEXT_FILE = /\.(mdx|md|ya?ml|txt)$/;

/** Whether `inner` is `outer` or inside it (both real paths). */
const inside = (outer: string, inner: string): boolean => inner === outer || inner.startsWith(outer + sep);

/**
 * Problems of the content tree that the content reader cannot report itself (it would crash, read outside
 * content/ or skip a file silently): a missing folder, symbolic links that lead outside the folder or nowhere,
 * folders where a file is expected, files too large, text files that are binary or not UTF-8, an empty
 * snapshot, and a folder left over by an interrupted source:add. Empty when the tree can be read.
 */
export function contentTreeProblems(root: string): string[] {
  const top = lstatOrNull(root);
  if (top === null || !statSync(root, { throwIfNoEntry: false })?.isDirectory())
    return [
      `${shown(root)}/: ${top === null ? 'does not exist' : 'is not a folder'}. Fix: run from the repository root (or set CODEX_CLAIMS_CONTENT to a content folder).`,
    ];
  const realRoot = realpathSync(root);
  const problems: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      const at = shown(path);
      if (dir === root && entry.name.startsWith(STAGING_PREFIX)) {
        problems.push(
          `${at}/: left over from an interrupted source:add; nothing in it is content. Fix: delete it (rm -r ${at}) and run source:add again.`,
        );
        continue;
      }
      if (entry.isSymbolicLink()) {
        let target: string;
        try {
          target = realpathSync(path);
        } catch {
          problems.push(`${at}: is a symbolic link to nothing. Fix: delete the link, or replace it with the file itself.`);
          continue;
        }
        if (!inside(realRoot, target)) {
          problems.push(
            `${at}: is a symbolic link that leads outside ${shown(root)}/ (to ${target}). Fix: content is files inside ${shown(root)}/; replace the link with a copy of the file.`,
          );
          continue;
        }
      }
      const stat = statSync(path);
      if (stat.isDirectory()) {
        if (TEXT_FILE.test(entry.name))
          problems.push(
            `${at}: is a folder where a file is expected. Fix: move what is inside it elsewhere and put the file ${entry.name} here.`,
          );
        else if (!entry.isSymbolicLink()) walk(path);
        continue;
      }
      if (!stat.isFile()) {
        problems.push(`${at}: is not a regular file (a device, pipe or socket). Fix: replace it with a file, or delete it.`);
        continue;
      }
      if (stat.size > MAX_FILE_BYTES) {
        problems.push(
          `${at}: is ${megabytes(stat.size)}; a content file is at most ${megabytes(MAX_FILE_BYTES)}. Fix: restore the file (git checkout -- ${at}), or keep only the document's own text.`,
        );
        continue;
      }
      if (!TEXT_FILE.test(entry.name)) continue;
      const bytes = readFileSync(path);
      if (bytes.length === 0 && entry.name === 'snapshot.txt') {
        problems.push(
          `${at}: is empty (0 bytes); a snapshot is the archived text of its source. Fix: restore it byte for byte (git checkout -- ${at}), or add the source again with npm run source:add.`,
        );
        continue;
      }
      const nul = bytes.indexOf(0);
      if (nul !== -1) {
        problems.push(
          `${at}: is not a text file (NUL byte at offset ${nul}). Fix: content files are UTF-8 text; restore the file (git checkout -- ${at}).`,
        );
        continue;
      }
      const bad = firstInvalidUtf8(bytes);
      if (bad !== -1)
        problems.push(
          `${at}: is not valid UTF-8 (first invalid byte at offset ${bad}). Fix: save it as UTF-8 (for example: iconv -f latin1 -t utf-8), or restore it (git checkout -- ${at}).`,
        );
    }
  };
  walk(root);
  return problems;
}

/** The report of contentTreeProblems, as content:check and claims print it. */
export function fileProblemsReport(problems: readonly string[]): string {
  return `Content has ${problems.length} file ${problems.length === 1 ? 'problem' : 'problems'}:\n${problems.map((p) => `  - ${p}`).join('\n')}`;
}

/** Why nothing may be written at `folder` (something, even a dangling link, is there), or null. */
export function targetProblem(folder: string): string | null {
  const there = lstatOrNull(folder);
  if (there === null) return null;
  if (there.isSymbolicLink())
    return `${shown(folder)} is a symbolic link; refusing to write through it. Choose another --slug, or delete the link if it is yours to replace.`;
  return `${shown(folder)}/ already exists; refusing to overwrite it. Choose another --slug, or delete that folder first if it is yours to replace.`;
}

/** Thrown when the user interrupts (Ctrl-C, SIGTERM) a write: the staged folder is removed and nothing was written. */
export class Interrupted extends Error {}

/**
 * Writes a new folder all at once: the files go into a staging folder inside `stagingParent` (the same file
 * system, so the final rename is atomic), and only a complete, checked folder is renamed to `folder`. An error
 * or an interrupt (SIGINT, SIGTERM) while writing removes the staging folder, so `folder` either appears whole
 * or not at all. `check` runs on the staged folder before the rename.
 * Test hook: CODEX_CLAIMS_TEST_INTERRUPT=SIGINT|SIGKILL sends that signal to this process after the first file.
 */
export async function writeFolderAtomically(
  stagingParent: string,
  folder: string,
  files: readonly { name: string; data: Uint8Array | string }[],
  check: (staged: string) => void,
): Promise<void> {
  let interrupted: NodeJS.Signals | null = null;
  const onSignal = (signal: NodeJS.Signals): void => {
    interrupted = signal;
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const staging = mkdtempSync(join(stagingParent, STAGING_PREFIX));
  const stop = (): void => {
    if (interrupted !== null) throw new Interrupted(interrupted);
  };
  try {
    for (const [i, file] of files.entries()) {
      await writeFile(join(staging, file.name), file.data, { flag: 'wx' });
      if (i === 0) await testInterrupt();
      stop();
    }
    check(staging);
    stop();
    const problem = targetProblem(folder);
    if (problem !== null) throw new Error(problem);
    renameSync(staging, folder);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/** The test hook of writeFolderAtomically: an interrupt at a known point, delivered before it returns. */
async function testInterrupt(): Promise<void> {
  const signal = process.env.CODEX_CLAIMS_TEST_INTERRUPT;
  if (signal === 'SIGKILL') process.kill(process.pid, 'SIGKILL'); // no handler runs: what a power cut leaves
  if (signal !== 'SIGINT') return;
  const keepAlive = setInterval(() => {}, 1000); // signal handles do not keep the event loop alive; this does, until delivery
  const delivered = new Promise((resolve) => process.once('SIGINT', resolve));
  process.kill(process.pid, 'SIGINT');
  await delivered;
  clearInterval(keepAlive);
}
