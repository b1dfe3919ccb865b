/**
 * The process an editor CLI talks to (scripts/source-add.ts, claims.ts, content-check.ts, review.ts): its
 * arguments, its output lines and prompts, the answer lines it reads, its exit, and whether stdout is a
 * terminal. A CLI run by npm talks to the real process (PROCESS_IO); the build tests swap in their own (tests/build/cli-run.ts) to run a CLI in-process and read
 * what it printed and the code it exited with, without spawning a process per case.
 */
import { createInterface } from 'node:readline';

/** What a CLI reads from and writes to. */
export interface CliIo {
  /** The arguments after the script's name. */
  args: string[];
  /** Prints one line (a newline is added) to stdout. */
  out: (text: string) => void;
  /** Prints one line (a newline is added) to stderr. */
  err: (text: string) => void;
  /** Prints text as it is (no newline added) to stdout: a prompt whose answer follows on the same line. */
  write: (text: string) => void;
  /** Standard input: a reader of its lines, one at a time (for a CLI that asks), and whether it is a terminal. */
  input: { lines: () => AsyncIterator<string>; isTTY: boolean };
  /** Ends the run with this exit code; never returns. */
  exit: (code: number) => never;
  /** Whether stdout is a terminal, and its width in columns (0 when unknown). */
  tty: { isTTY: boolean; columns: number };
}

/** The real process. */
export const PROCESS_IO: CliIo = {
  get args() {
    return process.argv.slice(2);
  },
  out: (text) => console.log(text),
  err: (text) => console.error(text),
  write: (text) => {
    process.stdout.write(text);
  },
  input: {
    lines: () => {
      const reader = createInterface({ input: process.stdin, terminal: false });
      const lines = reader[Symbol.asyncIterator]();
      return {
        next: () => lines.next(),
        // Ending the reader is not enough: standard input, still open, would keep the process waiting for it to end.
        return: async () => {
          reader.close();
          process.stdin.destroy();
          return { done: true, value: undefined };
        },
      };
    },
    get isTTY() {
      return Boolean(process.stdin.isTTY);
    },
  },
  exit: (code) => process.exit(code),
  get tty() {
    return { isTTY: Boolean(process.stdout.isTTY), columns: process.stdout.columns ?? 0 };
  },
};

let current: CliIo = PROCESS_IO;

/** The io of the CLI now running. */
export function cliIo(): CliIo {
  return current;
}

/** Makes `io` the CLI's io until `restore` is called (tests only); returns `restore`. */
export function useCliIo(io: CliIo): () => void {
  const previous = current;
  current = io;
  return () => {
    current = previous;
  };
}
