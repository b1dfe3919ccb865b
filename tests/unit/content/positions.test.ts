/** Positions: errors point at the file:line of the claim and field at fault, located by the yaml parser. */
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readContent, splitFrontmatter } from '../../../src/content-files.ts';
import { claimLine, parseWithPositions, YamlPositions } from '../../../src/lib/content/positions.ts';
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
  '      value: 2', // 10
  '', // 11
  '  - subject: c', // 12
  '    id: third', // 13
  '    note: |', // 14
  '      - not a claim', // 15
  '---', // 16
  '- a list in the body', // 17
];

const MDX = 'index.mdx';
const at = (text: string, path: (string | number)[]) => new YamlPositions(MDX, text).of(path)?.line ?? 0;
const FILE = FRONTMATTER.join('\n');

describe('YamlPositions: lines of keys (from the yaml parser)', () => {
  it('gives the 1-based line of a key in the frontmatter, at the top level or inside a claim', () => {
    expect(at(FILE, ['title'])).toBe(2);
    expect(at(FILE, ['claims'])).toBe(3);
    expect(at(FILE, ['claims', 0, 'id'])).toBe(4);
    expect(at(FILE, ['claims', 0, 'qualifiers', 'benchmark'])).toBe(7);
  });

  it("finds a claim's field only in that claim", () => {
    expect(at(FILE, ['claims', 1, 'id'])).toBe(9);
    expect(at(FILE, ['claims', 1, 'value'])).toBe(10);
    expect(at(FILE, ['claims', 2, 'value'])).toBe(0);
    expect(at(FILE, ['claims', 1, 'qualifiers'])).toBe(0);
    expect(at(FILE, ['claims', 2, 'qualifiers'])).toBe(0);
  });

  it('matches the whole key only, taken literally, and never text inside a value', () => {
    expect(at('---\ntitles: x\ntitle : y\n---\n', ['title'])).toBe(3);
    expect(at('---\nidentifier: x\nid: y\n---\n', ['id'])).toBe(3);
    expect(at('---\naxb: 1\na.b: 2\n---\n', ['a.b'])).toBe(3);
    expect(at('---\nnote: text mentioning title: here\n---\n', ['title'])).toBe(0);
  });

  it('gives 0 (null) when the key is absent', () => {
    expect(at(FILE, ['sha256'])).toBe(0);
    expect(at('', ['id'])).toBe(0);
    expect(new YamlPositions(MDX, FILE).of(['sha256'])).toBeNull();
  });

  it('gives the column too', () => {
    expect(new YamlPositions(MDX, FILE).of(['claims', 1, 'id'])).toEqual({ line: 9, column: 7 });
    expect(new YamlPositions(MDX, FILE).of(['title'])).toEqual({ line: 2, column: 1 });
  });

  it('counts lines in a .yaml file from its first line, and the same with CRLF line endings', () => {
    expect(new YamlPositions('p.yaml', 'label: x\nunit: "%"\n').of(['unit'])).toEqual({ line: 2, column: 1 });
    expect(at(FILE.replaceAll('\n', '\r\n'), ['claims', 2, 'id'])).toBe(13);
  });
});

describe('YamlPositions: claim list items', () => {
  it('gives the line where each claim item starts; a block text that looks like a list item is not a claim', () => {
    expect([0, 1, 2, 3].map((i) => at(FILE, ['claims', i]))).toEqual([4, 9, 12, 0]);
  });

  it('has no items without a list of claims, and never takes a list in the body for one', () => {
    expect(at('---\ntitle: T\n---\n', ['claims', 0])).toBe(0);
    expect(at('---\nclaims: []\n---\n- body list\n', ['claims', 0])).toBe(0);
  });

  it('locates the items of a flow list too', () => {
    expect(at('---\nclaims:\n  [{ id: a },\n   { id: b }]\n---\n', ['claims', 1, 'id'])).toBe(4);
  });
});

describe('YamlPositions: syntax errors', () => {
  it("gives the parser's own message and position, counted in the whole file", () => {
    expect(new YamlPositions(MDX, '---\ntitle: T\nkind: blog: oops\n---\n').error).toEqual({
      message: 'Nested mappings are not allowed in compact mappings',
      line: 3,
      column: 7,
    });
    expect(new YamlPositions(MDX, FILE).error).toBeNull();
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
    const lines = (readContent(GOOD_DIR).sources.find((s) => s.id === 'dev-blog-week-with-codex')?.text ?? '').split(/\r?\n/);
    const edited = (text: string) => {
      const all = text.split(/\r?\n/);
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

describe('parseWithPositions: the reader parses a source once', () => {
  it.each([
    ['a claim list', FILE],
    ['dates, numbers and nulls', '---\npublished: 2026-02-05\nvalue: 0.5\nurl: null\nflag: yes\n---\n'],
    ['an empty frontmatter', '---\n\n---\nbody'],
    ['CRLF line endings', FILE.replaceAll('\n', '\r\n')],
  ])("gives the data exactly as yaml's parse() does: %s", (_name, text) => {
    const yaml = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
    expect(parseWithPositions(MDX, text)?.data).toEqual(parseYaml(yaml) ?? {});
  });

  it('gives null on a syntax error or a warning, so the reader takes the message from parse() itself', () => {
    expect(parseWithPositions(MDX, '---\ntitle: T\nkind: blog: oops\n---\n')).toBeNull();
    expect(parseWithPositions(MDX, '---\nx: !unknown-tag 1\n---\n')).toBeNull();
  });

  it("gives each claim's line as the validator computes it: its id, else where the item starts", () => {
    const once = parseWithPositions(MDX, FILE);
    expect(once && [0, 1, 2, 3].map((i) => claimLine(once.positions, i))).toEqual([4, 9, 13, 3]);
  });

  it('reads the lines of the claims of a source from disk the same as a fresh parse', () => {
    const raw = readContent(GOOD_DIR);
    for (const source of raw.sources) {
      const claims = (source.data as { claims?: unknown[] }).claims ?? [];
      const fresh = new YamlPositions(source.file, source.text);
      expect(source.claimLines, source.file).toEqual(claims.map((_c, i) => claimLine(fresh, i)));
    }
  });
});
