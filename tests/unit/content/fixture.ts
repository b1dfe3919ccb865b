/**
 * Helpers for the content tests: copy the good fixture tree to a temp folder, apply one mutation,
 * and validate it exactly as the build and `npm run content:check` do (readContent + validateContent).
 *
 * Paths: readContent makes file paths relative to process.cwd(), so a temp copy yields paths such as
 * "../../tmp/codex-claims-XXXX/sources/...". To keep the pinned messages readable and stable, every
 * formatted message has that temp prefix replaced by "content", the folder the real site reads.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readContent } from '../../../src/content-files.ts';
import { formatError } from '../../../src/lib/content/errors.ts';
import { type Content, validateContent } from '../../../src/lib/content/validate.ts';

/** Absolute path of the good fixture tree. */
export const GOOD_DIR = fileURLToPath(new URL('../../fixtures/content/good/', import.meta.url));

/** The two fixture sources, as paths inside the content folder. */
export const VENDOR = 'sources/openai-launch-post/index.mdx';
export const BLOG = 'sources/dev-blog-week-with-codex/index.mdx';
export const BLOG_SNAPSHOT = 'sources/dev-blog-week-with-codex/snapshot.txt';

/** A writable copy of the good tree. Every edit must change something, so a stale mutation fails loudly. */
export class Tree {
  constructor(readonly dir: string) {}

  path(file: string): string {
    return join(this.dir, file);
  }

  read(file: string): string {
    return readFileSync(this.path(file), 'utf8');
  }

  write(file: string, text: string): void {
    writeFileSync(this.path(file), text);
  }

  remove(file: string): void {
    unlinkSync(this.path(file));
  }

  /** Replaces exactly one occurrence of `from`; throws when it is missing or ambiguous. */
  edit(file: string, from: string, to: string): void {
    const text = this.read(file);
    const at = text.indexOf(from);
    if (at === -1) throw new Error(`mutation target not found in ${file}: ${JSON.stringify(from)}`);
    if (text.indexOf(from, at + 1) !== -1) throw new Error(`mutation target occurs more than once in ${file}: ${JSON.stringify(from)}`);
    this.write(file, text.slice(0, at) + to + text.slice(at + from.length));
  }
}

/** The outcome of validating a tree: formatted messages (temp prefix normalized) and the typed content. */
export interface Checked {
  messages: string[];
  content: Content;
}

/** Replaces the temp folder's cwd-relative prefix with "content". */
export function normalize(message: string, dir: string): string {
  return message.split(`${relative(process.cwd(), dir)}/`).join('content/');
}

/** Validates a content folder exactly as the build does. */
export function check(dir: string): Checked {
  const { content, errors } = validateContent(readContent(dir));
  return { messages: errors.map((e) => normalize(formatError(e), dir)), content };
}

/** Copies the good tree, applies `mutate`, validates, and removes the copy. */
export function checkMutated(mutate: (tree: Tree) => void): Checked {
  const dir = mkdtempSync(join(tmpdir(), 'codex-claims-content-'));
  try {
    cpSync(GOOD_DIR, dir, { recursive: true });
    mutate(new Tree(dir));
    return check(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The formatted messages for one mutation. */
export function errorsAfter(mutate: (tree: Tree) => void): string[] {
  return checkMutated(mutate).messages;
}
