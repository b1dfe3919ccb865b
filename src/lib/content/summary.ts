/**
 * A source's summary is the MDX body below its frontmatter. It counts as empty when nothing is left once
 * whitespace and MDX comments (`{/* ... *\/}`, such as the one source:add writes into a new index.mdx) are
 * taken out: such a body renders nothing. One rule for the source page (no Summary heading), content:check
 * (which reports it) and tests/build/coverage.test.ts (which fails on it).
 */

/** MDX comments: an expression holding only a block comment. */
const MDX_COMMENT = /\{\s*\/\*[\s\S]*?\*\/\s*\}/g;

/** Whether an MDX body renders no summary (only whitespace and MDX comments). */
export function summaryIsEmpty(body: string | null | undefined): boolean {
  return (body ?? '').replace(MDX_COMMENT, '').trim() === '';
}
