/** How rules report problems: each problem is located in its file (and claim) by the field at fault. */
import type { ContentError } from './errors.ts';
import { NOWHERE, type Position } from './positions.ts';

/** What a rule says about one problem; the reporter adds where it is. */
export interface Problem {
  /** The field at fault, e.g. "quote" or "qualifiers.benchmark". */
  field: string;
  /** What is wrong, in one sentence. */
  message: string;
  /** What was expected. */
  expected: string;
  /** What was found (quoted with `show`). */
  got: string;
  /** How to fix it. */
  hint: string;
}

/** Reports a problem, at the position of its field unless `at` is given. */
export type Report = (problem: Problem, at?: Position) => void;

/** A reporter for one file or one claim: `locate` finds a field's position, `claim` is the claim id or null. */
export function reporter(
  errors: ContentError[],
  file: string,
  claim: string | null,
  locate: (field: string) => Position = () => NOWHERE,
): Report {
  return (problem, at) => {
    const { line, column } = at ?? locate(problem.field);
    errors.push({ file, line, column, claim, ...problem });
  };
}
