/**
 * `npm run content:check` at the editor's level (tests/build/validation.test.ts covers the basic pass
 * and one failure): the findings summary, the number-accounting advice and its not-claims.yaml checks,
 * several problems in several files, and speed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readContent } from '../../src/content-files.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { analyze, nonZeroCounts, summarize } from '../../src/lib/engine/index.ts';
import { runCli } from './cli-run.ts';
import { cleanTemps, GOOD, goodCopy, runScript } from './editor-helpers.ts';

afterAll(cleanTemps);

const BLOG = 'sources/dev-blog-week-with-codex';
const VENDOR = 'sources/openai-launch-post';

// The findings line is checked against the engine run here, so engine changes do not break this test but a wrong summary does.
const { content } = validateContent(readContent(GOOD));
const analysis = analyze({ claims: content.claims, sources: content.sources, entities: content.entities, properties: content.properties });
const totals = summarize(analysis);

describe('content:check on valid content', () => {
  it('prints the counts, the time, the findings by severity and kind, and the numbers still open', async () => {
    expect(analysis.findings.length).toBeGreaterThan(0);
    const run = await runCli('content-check', [], GOOD);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^content:check passed: 2 sources, 11 claims, 6 entities, 8 properties, 0 notes checked in \d+ ms\.$/);
    expect(lines.slice(1).join('\n')).toBe(
      [
        `Findings: ${analysis.findings.length} (${nonZeroCounts(totals.bySeverity)}; ${nonZeroCounts(totals.byKind)}). List them with: npm run claims -- --findings`,
        '',
        'Advice (does not fail content:check; npm test does): every number in a snapshot must be a claim value or be listed in the',
        "source's not-claims.yaml with a reason (see candidates.md, made by source:add).",
        `  content/${BLOG}/snapshot.txt: 2 numbers open: 2026 (line 2), 2.0 (line 6).`,
        `  content/${VENDOR}/snapshot.txt: 2 numbers open: 5.3 (lines 1, 4, 7), 5.2 (line 7).`,
        '',
      ].join('\n'),
    );
  });

  it('is quiet about numbers once every one is a claim value or listed with a reason', async () => {
    const dir = goodCopy();
    writeFileSync(
      join(dir, BLOG, 'not-claims.yaml'),
      '- number: "2026"\n  reason: the year in the date line\n- number: "2.0"\n  reason: part of the name Terminal-Bench 2.0\n',
    );
    writeFileSync(
      join(dir, VENDOR, 'not-claims.yaml'),
      '- number: "5.3"\n  reason: part of a model name\n- number: "5.2"\n  reason: part of a model name\n',
    );
    const run = await runCli('content-check', [], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain('Advice');
    expect(run.stdout.trim().split('\n')).toHaveLength(2);
  });

  it('advises when a source has no summary (its page would have no Summary section), without failing', async () => {
    const dir = goodCopy();
    const file = join(dir, BLOG, 'index.mdx');
    const text = readFileSync(file, 'utf8');
    const end = text.indexOf('\n---\n', 4) + '\n---\n'.length;
    writeFileSync(file, text.slice(0, end));
    const run = await runCli('content-check', [], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      `  content/${BLOG}/index.mdx: the summary is empty (nothing below the frontmatter), so the source page shows no Summary section; write a few sentences in your own words on what the source claims and how it stands against the vendor's source (CONTRIBUTING.md, "The summary").\n`,
    );
    expect((await runCli('content-check', [], GOOD)).stdout).not.toContain('the summary is empty');
  });

  it('points at not-claims.yaml entries that are wrong, and at a file that does not parse', async () => {
    const dir = goodCopy();
    writeFileSync(
      join(dir, BLOG, 'not-claims.yaml'),
      '- number: "2026"\n  reason: ""\n- number: "1999"\n  reason: not there\n- number: 2.0\n  reason: unquoted\n',
    );
    writeFileSync(join(dir, VENDOR, 'not-claims.yaml'), '- number: "5.3\n  reason: broken quote\n');
    const run = await runCli('content-check', [], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      [
        'content/sources/dev-blog-week-with-codex/not-claims.yaml: entry 1 (number "2026"): it needs a reason.',
        '  content/sources/dev-blog-week-with-codex/not-claims.yaml: entry 2 (number "1999"): this number is not written in snapshot.txt.',
        '  content/sources/dev-blog-week-with-codex/not-claims.yaml: entry 3 (number 2): number must be a quoted text, e.g. number: "5.3".',
        '  content/sources/dev-blog-week-with-codex/snapshot.txt: 1 number open: 2.0 (line 6).',
      ].join('\n'),
    );
    expect(run.stdout).toMatch(/ {2}content\/sources\/openai-launch-post\/not-claims\.yaml: does not parse \(.+\)\.\n/);
  });
});

describe('content:check on broken content', () => {
  it('prints every problem with file:line, the total, the problems per file, and exits 1', async () => {
    const dir = goodCopy();
    const blog = join(dir, BLOG, 'index.mdx');
    const vendor = join(dir, VENDOR, 'index.mdx');
    writeFileSync(
      blog,
      readFileSync(blog, 'utf8').replace('in one reply.', 'in one response.').replace('subject: gpt-5-3-codex', 'subject: gpt-5-3-codx'),
    );
    writeFileSync(vendor, readFileSync(vendor, 'utf8').replace('kind: vendor', 'kind: vendr'));
    const run = await runCli('content-check', [], dir);
    expect(run.stdout).toBe('');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Content has 3 problems:\n');
    expect(run.stderr).toContain(
      '  - content/sources/dev-blog-week-with-codex/index.mdx:14 claim "dev-blog-week-with-codex/training-data-size" field "subject": Unknown subject "gpt-5-3-codx". Expected the id of an entity in content/models, benchmarks, organizations or products; got "gpt-5-3-codx". Fix: did you mean "gpt-5-3-codex" or "gpt-5-2-codex"? Otherwise add the entity.\n',
    );
    expect(run.stderr).toContain(
      '  - content/sources/dev-blog-week-with-codex/index.mdx:43 claim "dev-blog-week-with-codex/max-output-tokens" field "quote": Quote not found in snapshot.txt.',
    );
    expect(run.stderr).toMatch(
      /\n {2}Nearest passage to the quote of claim "dev-blog-week-with-codex\/max-output-tokens", content\/sources\/dev-blog-week-with-codex\/snapshot\.txt line \d+: ".*in one reply\."\n/,
    );
    expect(run.stderr).toContain(
      '  - content/sources/openai-launch-post/index.mdx:7 field "kind": Invalid value for "kind". Expected one of vendor, press, reference, wiki, glossary, blog, marketing; got "vendr".',
    );
    expect(run.stderr).toMatch(
      /\ncontent:check failed: 3 problem\(s\) in \d+ ms\.\nBy file:\n {4}2 {2}content\/sources\/dev-blog-week-with-codex\/index\.mdx\n {4}1 {2}content\/sources\/openai-launch-post\/index\.mdx\nFix them \(each line says where and how\), then run npm run content:check again\.\n$/,
    );
  });

  it('omits the per-file lines when one file has all the problems', async () => {
    const dir = goodCopy();
    const blog = join(dir, BLOG, 'index.mdx');
    writeFileSync(blog, readFileSync(blog, 'utf8').replace('in one reply.', 'in one response.'));
    const run = await runCli('content-check', [], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).not.toContain('By file:');
    expect(run.stderr).toMatch(/content:check failed: 1 problem\(s\) in \d+ ms\.\nFix them/);
  });
});

describe('content:check between edits (the parsed frontmatter is cached, src/frontmatter-cache.ts)', () => {
  it('sees an edit made after a passing run, and its undoing, at the same line', async () => {
    const dir = goodCopy();
    const blog = join(dir, BLOG, 'index.mdx');
    const good = readFileSync(blog, 'utf8');
    expect((await runCli('content-check', [], dir)).status).toBe(0);
    writeFileSync(blog, good.replace('subject: gpt-5-3-codex', 'subject: gpt-5-3-codx'));
    const broken = await runCli('content-check', [], dir);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain(
      'index.mdx:14 claim "dev-blog-week-with-codex/training-data-size" field "subject": Unknown subject "gpt-5-3-codx".',
    );
    writeFileSync(blog, good);
    expect((await runCli('content-check', [], dir)).status).toBe(0);
  });

  it('reports the same problems, at the same lines, from a cold and a warm cache', async () => {
    const dir = goodCopy();
    const blog = join(dir, BLOG, 'index.mdx');
    writeFileSync(blog, readFileSync(blog, 'utf8').replace('in one reply.', 'in one response.'));
    const cold = await runCli('content-check', [], dir);
    const warm = await runCli('content-check', [], dir);
    const problems = (run: { stderr: string }) => run.stderr.split('\n').filter((l) => l.startsWith('  - '));
    expect(problems(cold)).toHaveLength(1);
    expect(problems(warm)).toEqual(problems(cold));
  });
});

describe('content:check speed', () => {
  // How fast it is is a figure to read (content:check prints it on every run; the engine's own speed is
  // npm run bench:engine), not a wall-clock assertion that a busy machine can fail: the test pins that the
  // check measures and reports its own time.
  it('reports how long it took, in ms of its own time (a spawned process, as an editor runs it)', () => {
    const run = runScript('content-check', [], GOOD);
    expect(run.status).toBe(0);
    const ms = Number(/checked in (\d+) ms/.exec(run.stdout)?.[1]);
    expect(Number.isInteger(ms) && ms > 0, `no "checked in N ms" in:\n${run.stdout}`).toBe(true);
  });
});
