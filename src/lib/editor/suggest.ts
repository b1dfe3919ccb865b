/** "Did you mean" for command-line arguments: near spellings (edit distance) and ids containing what was typed. */
import { closest } from '../content/errors.ts';

/** Up to `max` known ids close to `value`: near spellings (edit distance) first, then ids containing it. */
export function nearIds(value: string, known: Iterable<string>, max = 3): string[] {
  const all = [...known];
  const v = value.toLowerCase();
  const near = closest(v, all, max);
  const containing = all.filter((id) => v.length >= 3 && id.includes(v)).sort((a, b) => a.length - b.length || a.localeCompare(b));
  return [...new Set([...near, ...containing])].slice(0, max);
}

/** The message for an unknown id given on the command line, with suggestions or how to list the known ones. */
export function unknownIdMessage(what: string, value: string, known: readonly string[], listHint: string): string {
  const near = nearIds(value, known);
  const suggestion =
    near.length > 0
      ? `Did you mean ${near.map((n) => `"${n}"`).join(' or ')}?`
      : known.length <= 12
        ? `Known: ${known.join(', ')}.`
        : `${listHint}`;
  return `Unknown ${what} "${value}". ${suggestion}`;
}

/** The message for a command-line parse error (node:util parseArgs), with "did you mean" for a mistyped option. */
export function argumentErrorMessage(error: unknown, options: readonly string[]): string {
  const message = error instanceof Error ? error.message : String(error);
  const unknown = /^Unknown option '(-{1,2}[^']+)'/.exec(message);
  if (!unknown) return message;
  const typed = (unknown[1] as string).replace(/^-+/, '');
  const near = nearIds(typed, options);
  return `Unknown option '${unknown[1]}'.${near.length > 0 ? ` Did you mean ${near.map((o) => `--${o}`).join(' or ')}?` : ''}`;
}
