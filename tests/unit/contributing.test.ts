/**
 * CONTRIBUTING.md against the code it describes: every heading a CLI message or a generated file cites
 * (`CONTRIBUTING.md, "<heading>"`, also for docs/*.md) exists; every `#anchor` link to it resolves; the table of
 * finding rules and the lists of finding kinds and verdicts name exactly what the engine has (FINDING_KINDS_LIST,
 * VERDICT_PRECEDENCE); and the five-minute path a new editor reads stays short.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FINDING_KINDS_LIST } from '../../src/lib/engine/index.ts';
import { VERDICT_PRECEDENCE } from '../../src/lib/engine/verdicts.ts';

const CONTRIBUTING = readFileSync('CONTRIBUTING.md', 'utf8');

/** The lines of a Markdown text outside fenced code blocks. */
function proseLines(md: string): string[] {
  let fenced = false;
  return md.split('\n').filter((line) => {
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      return false;
    }
    return !fenced;
  });
}

/** The headings of a Markdown text, as written (backticks kept). */
const headingsOf = (md: string): string[] =>
  proseLines(md).flatMap((line) => {
    const m = /^#{1,6} +(.+?) *#*$/.exec(line);
    return m?.[1] ? [m[1]] : [];
  });

/** A heading as a message cites it: code spans shown as their text. */
const plain = (heading: string): string => heading.replaceAll('`', '');

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens. */
const anchorOf = (heading: string): string =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');

/** Every .ts and .astro file under a folder. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.(ts|astro|mjs)$/.test(e.name) ? [path] : [];
  });
}

/** Every citation `<doc>.md, "<heading>"` in the CLIs and the code that writes files for editors. */
const citations = ['scripts', 'src'].flatMap(sourceFiles).flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/\b(CONTRIBUTING\.md|docs\/[\w-]+\.md), \\?"([^"\\]+)\\?"/g)].map((m) => ({
    file,
    doc: m[1] as string,
    heading: m[2] as string,
  })),
);

describe('headings cited by CLI messages and generated files', () => {
  it('finds the citations (source:add, its index.mdx skeleton, content:check)', () => {
    const files = new Set(citations.map((c) => c.file));
    for (const f of ['scripts/source-add.ts', 'src/lib/editor/skeleton.ts', 'scripts/lib/unfinished.ts'])
      expect([...files], f).toContain(f);
  });

  it('reads every way a file cites a heading (a quoted name after the document, or a #anchor)', () => {
    const all = ['scripts', 'src'].flatMap(sourceFiles).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return [...text.matchAll(/\b(?:CONTRIBUTING\.md|docs\/[\w-]+\.md)[,:]? *(?:section *)?\\?["“]/g)].map(() => file);
    });
    expect(all.length).toBe(citations.length);
    const anchors = ['scripts', 'src']
      .flatMap(sourceFiles)
      .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/CONTRIBUTING\.md#([\w-]+)/g)]);
    const known = new Set(headingsOf(CONTRIBUTING).map(anchorOf));
    expect(anchors.map((m) => m[1]).filter((a) => !known.has(a as string))).toEqual([]);
  });

  it('every cited heading exists in the document it names', () => {
    const missing = citations.filter((c) => !headingsOf(readFileSync(c.doc, 'utf8')).map(plain).includes(c.heading));
    expect(missing.map((c) => `${c.file}: ${c.doc}, "${c.heading}"`)).toEqual([]);
  });

  it('would fail on a heading that does not exist', () => {
    expect(headingsOf(CONTRIBUTING).map(plain)).not.toContain('Adding a source');
    expect(headingsOf('# A\n```sh\n# not a heading\n```\n## B `c`\n').map(plain)).toEqual(['A', 'B c']);
  });
});

describe('links into CONTRIBUTING.md', () => {
  const anchors = new Set(headingsOf(CONTRIBUTING).map(anchorOf));

  it('every #anchor in CONTRIBUTING.md resolves to one of its headings', () => {
    const links = [...CONTRIBUTING.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1] as string);
    expect(links.length).toBeGreaterThan(5);
    expect(links.filter((a) => !anchors.has(a))).toEqual([]);
  });

  it('every CONTRIBUTING.md#anchor in the other docs resolves', () => {
    const docs = ['README.md', ...readdirSync('docs').map((f) => join('docs', f)), 'tests/README.md'].filter((f) => f.endsWith('.md'));
    const links = docs.flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/CONTRIBUTING\.md#([\w-]+)/g)].map((m) => ({ f, anchor: m[1] as string })),
    );
    expect(links.filter((l) => !anchors.has(l.anchor))).toEqual([]);
  });

  it('computes anchors as GitHub does', () => {
    expect(anchorOf('5. Account for every number: `not-claims.yaml`')).toBe('5-account-for-every-number-not-claimsyaml');
  });
});

/** The text of CONTRIBUTING.md from the heading `title` to the next heading of the same or a higher level. */
function section(title: string): string {
  const lines = CONTRIBUTING.split('\n');
  const start = lines.findIndex((l) => /^#+ /.test(l) && l.replace(/^#+ +/, '') === title);
  expect(start, `heading "${title}"`).toBeGreaterThanOrEqual(0);
  const level = /^#+/.exec(lines[start] ?? '')?.[0].length ?? 2;
  const end = lines.findIndex((l, i) => i > start && new RegExp(`^#{1,${level}} `).test(l));
  return lines.slice(start, end === -1 ? undefined : end).join('\n');
}

describe('what CONTRIBUTING.md says about the engine names everything the engine has', () => {
  it('the table of finding rules has one row per finding kind', () => {
    const rows = [...section('9. How findings are computed').matchAll(/^\| \*\*([a-z-]+)\*\* +\|/gm)].map((m) => m[1]);
    expect([...rows].sort()).toEqual([...FINDING_KINDS_LIST].sort());
  });

  it('the --kind values of npm run claims are every finding kind', () => {
    const m = /`--kind <([a-z|-]+)>`/.exec(CONTRIBUTING);
    expect(m?.[1]?.split('|').sort()).toEqual([...FINDING_KINDS_LIST].sort());
  });

  it('the verdicts are listed in the order of VERDICT_PRECEDENCE', () => {
    const m = /otherwise the first that applies of (.+?), else `uncompared`/s.exec(section('9. How findings are computed'));
    const listed = [...(m?.[1] ?? '').matchAll(/`([a-z-]+)`/g)].map((x) => x[1]);
    expect([...listed, 'uncompared']).toEqual([...VERDICT_PRECEDENCE]);
  });
});

describe('the five-minute path', () => {
  it('comes first and a new editor reads under 800 words of it (title and introduction included)', () => {
    expect(headingsOf(CONTRIBUTING)[1]).toBe('The five-minute path');
    const path = CONTRIBUTING.slice(0, CONTRIBUTING.indexOf('\n## ', CONTRIBUTING.indexOf('## The five-minute path') + 3));
    expect(path.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length).toBeLessThan(800);
  });
});
