/**
 * Runs an editor CLI (scripts/<script>.ts) in-process: the script is imported afresh with its io
 * (scripts/lib/cli-io.ts) swapped for one that collects its output lines and turns its exit into a thrown
 * CliExit, its standard input the text given, and with CODEX_CLAIMS_CONTENT pointing at `dir`. What it
 * prints and the code it exits with are what the real process prints and exits with (the spawned runs in
 * editor-bad-input.test.ts and editor-review.test.ts keep that path covered), at the cost of an import instead of a `npx tsx` process per case.
 */
import { relative } from 'node:path';
import { useCliIo } from '../../scripts/lib/cli-io.ts';
import type { Run } from './editor-helpers.ts';

/** Thrown by the in-process io's exit: ends the script's evaluation with its exit code. */
class CliExit extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

let runs = 0;

/** The lines of `text` as node:readline gives them (a last line without a newline counts, an empty end does not). */
async function* linesOf(text: string): AsyncGenerator<string> {
  const lines = text.split(/\r?\n|\r(?!\n)/);
  if (lines.at(-1) === '') lines.pop();
  yield* lines;
}

/**
 * Runs `scripts/<script>.ts ...args` against the content folder `dir` in this process, with `input` as its
 * standard input (not a terminal); output paths in `dir` read "content/".
 */
export async function runCli(script: string, args: readonly string[], dir: string, input = ''): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const restore = useCliIo({
    args: [...args],
    out: (text) => {
      stdout += `${text}\n`;
    },
    err: (text) => {
      stderr += `${text}\n`;
    },
    write: (text) => {
      stdout += text;
    },
    input: { lines: () => linesOf(input), isTTY: false },
    exit: (code) => {
      throw new CliExit(code);
    },
    tty: { isTTY: false, columns: 0 },
  });
  const before = process.env.CODEX_CLAIMS_CONTENT;
  process.env.CODEX_CLAIMS_CONTENT = dir;
  let status = 0;
  try {
    // A new query is a new module: the script's top-level code runs again; its imports are shared.
    runs += 1;
    await import(/* @vite-ignore */ `../../scripts/${script}.ts?in-process-run=${runs}`);
  } catch (error) {
    if (!(error instanceof CliExit)) throw error;
    status = error.code;
  } finally {
    restore();
    if (before === undefined) delete process.env.CODEX_CLAIMS_CONTENT;
    else process.env.CODEX_CLAIMS_CONTENT = before;
  }
  const prefix = `${relative(process.cwd(), dir)}/`;
  const norm = (text: string): string => text.split(prefix).join('content/');
  return { status, stdout: norm(stdout), stderr: norm(stderr) };
}
