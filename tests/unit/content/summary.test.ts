/** The empty-summary rule (src/lib/content/summary.ts), shared by the source page, content:check and coverage.test. */
import { describe, expect, it } from 'vitest';
import { summaryIsEmpty } from '../../../src/lib/content/summary.ts';
import { sourceSkeleton } from '../../../src/lib/editor/skeleton.ts';

describe('summaryIsEmpty', () => {
  it('is true for nothing, whitespace, and MDX comments alone (they render nothing)', () => {
    for (const body of [undefined, null, '', '\n\n', '{/* a comment */}\n', '\n{/* one */}\n  {/*\n two\n */}\n', '{ /* spaced */ }'])
      expect(summaryIsEmpty(body), JSON.stringify(body)).toBe(true);
  });

  it('is true for the body of the index.mdx that source:add writes (its comment only)', () => {
    const skeleton = sourceSkeleton({
      title: 'T',
      publisher: null,
      url: null,
      published: null,
      retrieved: null,
      kind: null,
      sha256: 'a'.repeat(64),
      from: 'doc.txt',
    });
    const body = skeleton.slice(skeleton.indexOf('\n---\n', 4) + '\n---\n'.length);
    expect(body).toContain('{/*');
    expect(summaryIsEmpty(body)).toBe(true);
  });

  it('is false once any text is written, before, between or after comments', () => {
    for (const body of ['A post.', '{/* c */}\nA post.', 'A post. {/* c */}', '{/* a */} x {/* b */}', '<Cite claim="a/b" />'])
      expect(summaryIsEmpty(body), body).toBe(false);
  });
});
