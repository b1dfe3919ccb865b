/** Line numbers: errors point at the file:line of the claim and field at fault. */
import { describe, expect, it } from 'vitest';
import { readContent, splitFrontmatter } from '../../../src/content-files.ts';
import { claimRanges, lineOfKey, splitLines } from '../../../src/lib/content/lines.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { GOOD_DIR } from './fixture.ts';

const FRONTMATTER = [
  '---', // 1
  'title: T', // 2
  'claims:', // 3
  '  - id: first', // 4
  '    subject: a', // 5
  '    qualifiers:', // 6
  '      benchmark: b', // 7
  '    value: 1', // 8
  '  -   id: second', // 9
  '    value: 2', // 10
  '', // 11
  '  - subject: c', // 12
  '    id: third', // 13
  '    note: |', // 14
  '      - not a claim', // 15
  '---', // 16
  '- a list in the body', // 17
];

describe('splitLines', () => {
  it('splits on LF and CRLF alike', () => {
    expect(splitLines('a\r\nb\nc')).toEqual(['a', 'b', 'c']);
    expect(splitLines('')).toEqual(['']);
  });
});

describe('lineOfKey', () => {
  it('gives the 1-based line of the first key, as a plain key or a list item', () => {
    expect(lineOfKey(FRONTMATTER, 'title')).toBe(2);
    expect(lineOfKey(FRONTMATTER, 'claims')).toBe(3);
    expect(lineOfKey(FRONTMATTER, 'id')).toBe(4);
    expect(lineOfKey(FRONTMATTER, 'benchmark')).toBe(7);
  });

  it('searches only in [from, to) when given (0-based indexes)', () => {
    expect(lineOfKey(FRONTMATTER, 'id', 8)).toBe(9);
    expect(lineOfKey(FRONTMATTER, 'value', 8, 11)).toBe(10);
    expect(lineOfKey(FRONTMATTER, 'value', 10, 11)).toBe(0);
    expect(lineOfKey(FRONTMATTER, 'qualifiers', 8, 16)).toBe(0);
  });

  it('matches the whole key only, with regex characters taken literally', () => {
    expect(lineOfKey(['titles: x', 'title : y'], 'title')).toBe(2);
    expect(lineOfKey(['identifier: x', 'id: y'], 'id')).toBe(2);
    expect(lineOfKey(['axb: 1', 'a.b: 2'], 'a.b')).toBe(2);
    expect(lineOfKey(['text mentioning title: here'], 'title')).toBe(0);
  });

  it('returns 0 when the key is absent', () => {
    expect(lineOfKey(FRONTMATTER, 'sha256')).toBe(0);
    expect(lineOfKey([], 'id')).toBe(0);
  });
});

describe('claimRanges', () => {
  it('gives one 0-based [start, end) range per claim item, ending at the closing ---', () => {
    expect(claimRanges(FRONTMATTER)).toEqual([
      { start: 3, end: 8 },
      { start: 8, end: 11 },
      { start: 11, end: 15 },
    ]);
  });

  it('is empty without a block list of claims', () => {
    expect(claimRanges(['---', 'title: T', '---'])).toEqual([]);
    expect(claimRanges(['---', 'claims: []', '---', '- body list'])).toEqual([]);
  });
});

/** Validates the good fixture with the blog source's index.mdx replaced by `edit(text)`, in memory. */
function linesOfErrors(edit: (text: string) => string): [number, string, string][] {
  const raw = readContent(GOOD_DIR);
  raw.sources = raw.sources.map((s) => {
    if (s.id !== 'dev-blog-week-with-codex') return s;
    const text = edit(s.text);
    if (text === s.text) throw new Error('the edit changed nothing');
    return { ...s, text, ...splitFrontmatter(text) };
  });
  return validateContent(raw).errors.map((e) => [e.line, e.claim ?? '', e.field]);
}

describe('error lines in a source with several claims', () => {
  const claims: [string, number][] = [
    ['training-data-size', 14],
    ['swe-bench-pro-hardest', 21],
    ['terminal-bench-smoke-tests', 30],
    ['max-output-tokens', 39],
    ['model-identifier', 46],
  ];

  it.each(claims)('an unknown subject in claim %s points at its subject line %d', (id, line) => {
    const lines = splitLines(readContent(GOOD_DIR).sources.find((s) => s.id === 'dev-blog-week-with-codex')?.text ?? '');
    const edited = (text: string) => {
      const all = splitLines(text);
      all[line - 1] = '    subject: nobody';
      return all.join('\n');
    };
    expect(lines[line - 1]).toBe('    subject: gpt-5-3-codex');
    expect(linesOfErrors(edited)).toEqual([[line, `dev-blog-week-with-codex/${id}`, 'subject']]);
  });

  it('points at the field of the claim at fault, not the same field of an earlier claim', () => {
    expect(linesOfErrors((t) => t.replace('figure: "over 90%"', 'figure: "over 95%"'))).toEqual([
      [37, 'dev-blog-week-with-codex/terminal-bench-smoke-tests', 'figure'],
    ]);
    expect(linesOfErrors((t) => t.replace("'Its API name is", "'Its API label is"))).toEqual([
      [49, 'dev-blog-week-with-codex/model-identifier', 'quote'],
    ]);
  });

  it("falls back to the claim's first line when the field is absent from the claim", () => {
    // Claim 1 has no qualifiers; claim 2's "qualifiers:" (line 23) must not be blamed.
    expect(
      linesOfErrors((t) =>
        t.replace('property: training-data-size\n    value: "1.5 trillion"', 'property: availability\n    value: "1.5 trillion"'),
      ),
    ).toEqual([
      [13, 'dev-blog-week-with-codex/training-data-size', 'qualifiers.channel'],
      [16, 'dev-blog-week-with-codex/training-data-size', 'value'],
    ]);
  });

  it('counts lines the same with CRLF line endings', () => {
    expect(linesOfErrors((t) => t.replaceAll('\n', '\r\n').replace('in one reply.', 'in one response.'))).toEqual([
      [43, 'dev-blog-week-with-codex/max-output-tokens', 'quote'],
    ]);
  });

  it('records the line of each claim id on the typed claims', () => {
    const { content } = validateContent(readContent(GOOD_DIR));
    expect(content.claims.filter((c) => c.source === 'dev-blog-week-with-codex').map((c) => [c.localId, c.line])).toEqual([
      ['training-data-size', 13],
      ['swe-bench-pro-hardest', 20],
      ['terminal-bench-smoke-tests', 29],
      ['max-output-tokens', 38],
      ['model-identifier', 45],
    ]);
  });
});
