/**
 * A table as captured from HTML, the shape of the OpenAI snapshot's appendix (src/lib/content/units.ts reads it):
 * the heading line, then the rows, each cell split from the next by a line holding only a tab with a blank line on
 * either side, and the rows by three blank lines. A header row starting with an empty cell (rows[0][0] === '') is
 * how a table with row labels is captured: that empty cell is the blank run after the heading.
 */
export function capturedTable(heading: string, rows: readonly (readonly string[])[]): string {
  return `${heading}\n\n\n${rows.map((cells) => cells.join('\n\n\t\n\n')).join('\n\n\n\n')}`;
}
