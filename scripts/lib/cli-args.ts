/**
 * How an editor CLI (scripts/claims.ts, source-add.ts, review.ts) reads its arguments: node:util parseArgs, strict, with
 * `--help`/`-h` added. A bad argument prints `<cli>: <what is wrong>` (a mistyped option gets the nearest names,
 * src/lib/editor/suggest.ts) and the usage, and exits 2; `--help` prints the usage and exits 0.
 */
import { type ParseArgsOptionsConfig, parseArgs } from 'node:util';
import { argumentErrorMessage } from '../../src/lib/editor/suggest.ts';
import { cliIo } from './cli-io.ts';

const HELP = { help: { type: 'boolean', short: 'h' } } as const;

/** The CLI's options and positionals, parsed from cliIo().args; stops the run on a bad argument or --help. */
export function parseCliArgs<const O extends ParseArgsOptionsConfig, const P extends boolean>(
  cli: string,
  usage: string,
  options: O,
  allowPositionals: P,
) {
  const config = { args: cliIo().args, allowPositionals, strict: true as const, options: { ...options, ...HELP } };
  let parsed: ReturnType<typeof parseArgs<typeof config>>;
  try {
    parsed = parseArgs(config);
  } catch (error) {
    return cliFail<2>(cli, usage)(2, argumentErrorMessage(error, Object.keys(config.options)), true);
  }
  if ((parsed.values as { help?: boolean }).help) {
    cliIo().out(usage);
    cliIo().exit(0);
  }
  return parsed;
}

/** A CLI's way to stop with a message and one of its exit codes `C`, the usage after it when asked. */
export type CliFail<C extends number> = (code: C, message: string, withUsage?: boolean) => never;

/** The CliFail of a CLI: prints `<cli>: <message>` (then the usage, when asked) to stderr and exits with `code`. */
export function cliFail<C extends number>(cli: string, usage: string): CliFail<C> {
  return (code, message, withUsage = false) => {
    cliIo().err(`${cli}: ${message}`);
    if (withUsage) cliIo().err(usage);
    return cliIo().exit(code);
  };
}
