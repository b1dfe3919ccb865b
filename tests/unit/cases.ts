/**
 * Table-driven unit tests: one test per row of a table of what a function is given and what it must return,
 * so that a file of such tables states its rows and the function, not the same test.each tail again.
 */
import { expect, test } from 'vitest';

/**
 * One test per row `[...args, expected]`, titled as test.each titles the row: `fn(...args)` equals `expected`
 * (toEqual: for a string, number or boolean the same check as toBe).
 */
export function eachReturns<A extends unknown[], O>(fn: (...args: A) => O, title: string, rows: readonly (readonly [...A, O])[]): void {
  test.each(rows.map((row): unknown[] => [...row]))(title, (...row) => {
    expect(fn(...(row.slice(0, -1) as A))).toEqual(row.at(-1));
  });
}
