/**
 * zod issues as teaching problems. The schemas give each field's "expected" text as its error
 * (src/schemas/); `expectedText` is the one error map for issues a schema gives no text for, passed
 * to every parse (`schema.safeParse(data, { error: expectedText })`), so every issue message is an
 * "expected" text and is used as it is.
 */
import type { z } from 'zod';
import { show } from './errors.ts';
import type { Problem, Report } from './report.ts';

/** "a" or "an" before a word. */
export function article(word: string): string {
  return /^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`;
}

const TYPE_NAMES: Record<string, string> = { string: 'text', array: 'list', object: 'map of fields', record: 'map', int: 'whole number' };

/** The error map: what the value should have been, for issues whose schema gives no text. */
export const expectedText: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return article(TYPE_NAMES[issue.expected] ?? issue.expected);
    case 'too_small':
      return issue.origin === 'string' && Number(issue.minimum) === 1
        ? 'a non-empty text'
        : `${issue.origin === 'array' ? 'a list' : `${article(issue.origin)}`} of at least ${issue.minimum}`;
    case 'too_big':
      return `${issue.origin === 'array' ? 'a list' : `${article(issue.origin)}`} of at most ${issue.maximum}`;
    case 'invalid_value':
      return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
      return `text in the format ${issue.format}`;
    default:
      return 'a value of the form documented in docs/content-format.md';
  }
};

const FIX = 'See docs/content-format.md.';

/** The value at `path` in `data`, or undefined. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[String(key)] : undefined), data);
}

/** One zod issue as a problem; `where` names the place a missing field belongs ("the frontmatter" or a claim). */
export function issueProblem(issue: z.core.$ZodIssue, data: unknown, where: string): Problem {
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => show(k)).join(', ');
    return {
      // A key with no name (": x") is named for what it is, so the message has no empty part.
      field: [...issue.path.map(String), issue.keys[0] === '' ? '(no name)' : (issue.keys[0] ?? '')].filter(Boolean).join('.'),
      message: `Unknown field${issue.keys.length > 1 ? 's' : ''} ${keys}.`,
      expected: 'only the fields documented in docs/content-format.md',
      got: keys,
      hint: `remove or rename the field (is it a typo?). ${FIX}`,
    };
  }
  const field = issue.path.map(String).join('.');
  const value = valueAt(data, issue.path);
  const expected = issue.message;
  if (value === undefined)
    return {
      field,
      message: `Missing required field "${field}".`,
      expected,
      got: show(value),
      hint: `add "${field}:" to ${where}. ${FIX}`,
    };
  if (value === null)
    return { field, message: `"${field}" is required but empty (null).`, expected, got: show(value), hint: `write the ${field}. ${FIX}` };
  return { field, message: `Invalid value for "${field}".`, expected, got: show(value), hint: `correct "${field}". ${FIX}` };
}

/**
 * Parses `data` with `schema`; reports each issue, located by the top-level field it concerns, and
 * returns the parsed data, or null when it does not fit.
 */
export function parseShape<T extends z.ZodType>(
  schema: T,
  data: unknown,
  where: string,
  report: Report,
  locate: (topField: string) => { line: number; column: number },
): z.output<T> | null {
  const parsed = schema.safeParse(data, { error: expectedText });
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const problem = issueProblem(issue, data, where);
    const top = issue.code === 'unrecognized_keys' && issue.path.length === 0 ? (issue.keys[0] ?? '') : String(issue.path[0] ?? '');
    report(problem, locate(top));
  }
  return null;
}
