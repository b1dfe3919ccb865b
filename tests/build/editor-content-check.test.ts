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
import { cleanTemps, fillSourceFields, GOOD, goodCopy, runScript } from './editor-helpers.ts';

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
        'Unfinished: 2 sources, one line per thing left (content:check passes; npm test fails on all but the drafts):',
        `  content/${BLOG}/snapshot.txt: 2 numbers open: 2026 (line 2), 2.0 (line 6). Expected each to be a claim's value or listed in not-claims.yaml (the numbers that are not claims). Fix: write its claim, or add - number: "2026" with a reason: to not-claims.yaml.`,
        `  content/${VENDOR}/snapshot.txt: 2 numbers open: 5.3 (lines 1, 4, 7), 5.2 (line 7). Expected each to be a claim's value or listed in not-claims.yaml (the numbers that are not claims). Fix: write its claim, or add - number: "5.3" with a reason: to not-claims.yaml.`,
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
    expect(run.stdout.trim().split('\n').slice(2)).toEqual([
      'Unfinished: none (every source has its drafts reviewed, its coverage checked, a summary and every number accounted for).',
    ]);
  });

  const EMPTY_SUMMARY = `  content/${BLOG}/index.mdx: the summary is empty (nothing but whitespace or {/* comments */} below the frontmatter), so the source page shows no Summary section. Expected: a few sentences in your own words on what the source claims and how it stands against the vendor's source. Fix: write them below the frontmatter's closing --- (CONTRIBUTING.md, "The summary").\n`;

  it('reports a source with no summary (its page would have no Summary section), without failing', async () => {
    const dir = goodCopy();
    const file = join(dir, BLOG, 'index.mdx');
    const text = readFileSync(file, 'utf8');
    const end = text.indexOf('\n---\n', 4) + '\n---\n'.length;
    writeFileSync(file, text.slice(0, end));
    const run = await runCli('content-check', [], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(EMPTY_SUMMARY);
    expect((await runCli('content-check', [], GOOD)).stdout).not.toContain('the summary is empty');
  });

  it('reports a summary of only the comment source:add writes as empty too (the page renders nothing of it)', async () => {
    const dir = goodCopy();
    const file = join(dir, BLOG, 'index.mdx');
    const text = readFileSync(file, 'utf8');
    const end = text.indexOf('\n---\n', 4) + '\n---\n'.length;
    writeFileSync(file, `${text.slice(0, end)}{/* The summary: in your own words. This comment is not shown. */}\n`);
    const run = await runCli('content-check', [], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(EMPTY_SUMMARY);
    writeFileSync(file, `${text.slice(0, end)}{/* The summary. */}\nA week of notes.\n`);
    expect((await runCli('content-check', [], dir)).stdout).not.toContain('the summary is empty');
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

describe('content:check lists what each unfinished source still lacks, one line each', () => {
  it('a new source: drafts not reviewed, coverage pending, no summary, numbers open; then an accepted draft not yet applied', async () => {
    const dir = goodCopy();
    const doc = join(dir, '..', `${Date.now()}-notes.txt`);
    writeFileSync(doc, '# Codex notes\nGPT-5.3-Codex reached 77.3% on Terminal-Bench 2.0.\nWould we keep it?\n');
    const added = await runCli('source-add', [doc, '--kind', 'blog'], dir);
    expect(added.status).toBe(0);
    const folder = join(dir, 'sources/codex-notes');
    fillSourceFields(folder, { tierRationale: 'An unsigned note that cites nothing.', description: 'Notes on GPT-5.3-Codex.' });
    const run = await runCli('content-check', [], dir);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const unfinished = run.stdout.slice(run.stdout.indexOf('\nUnfinished: ') + 1);
    expect(unfinished.split('\n').filter((l) => l.includes('codex-notes'))).toEqual([
      '  content/sources/codex-notes/drafts.yaml: 1 draft and 2 coverage suggestions not reviewed yet (status: draft or suggested). Fix: npm run review -- codex-notes, or set each status to accepted or rejected by hand and run npm run review -- codex-notes --apply.',
      '  content/sources/codex-notes/index.mdx: coverage: pending, 3 sentences, list items or table cells of snapshot.txt support no claim and are not listed under notClaims: in index.mdx (the passages that are not claims). Fix: write a claim quoting each, or list it under notClaims: with a reason (npm run review -- codex-notes suggests one); then delete the line "coverage: pending".',
      `  content/sources/codex-notes/index.mdx: the summary is empty (nothing but whitespace or {/* comments */} below the frontmatter), so the source page shows no Summary section. Expected: a few sentences in your own words on what the source claims and how it stands against the vendor's source. Fix: write them below the frontmatter's closing --- (CONTRIBUTING.md, "The summary").`,
      '  content/sources/codex-notes/snapshot.txt: 3 numbers open: 5.3 (line 2), 77.3 (line 2), 2.0 (line 2). Expected each to be a claim\'s value or listed in not-claims.yaml (the numbers that are not claims). Fix: write its claim, or add - number: "5.3" with a reason: to not-claims.yaml.',
    ]);
    expect(unfinished.split('\n')[0]).toBe(
      'Unfinished: 3 sources, one line per thing left (content:check passes; npm test fails on all but the drafts):',
    );

    // The draft accepted by hand, not yet applied: content:check says so; review --apply writes it, and the line goes.
    const drafts = join(folder, 'drafts.yaml');
    writeFileSync(drafts, readFileSync(drafts, 'utf8').replace('status: draft', 'status: accepted'));
    const accepted = (await runCli('content-check', [], dir)).stdout;
    expect(accepted).toContain(
      "  content/sources/codex-notes/drafts.yaml: 1 accepted draft not yet in index.mdx's claims (benchmark-score-terminal-bench-2-0-gpt-5-3-codex). Fix: npm run review -- codex-notes --apply.\n",
    );
    expect(accepted).toContain('  content/sources/codex-notes/drafts.yaml: 2 coverage suggestions not reviewed yet (status: suggested).');
    expect((await runCli('review', ['codex-notes', '--apply'], dir)).status).toBe(0);
    const applied = (await runCli('content-check', [], dir)).stdout;
    expect(applied).not.toContain('accepted draft not yet');
    expect(applied).toContain('  content/sources/codex-notes/snapshot.txt: 2 numbers open: 5.3 (line 2), 2.0 (line 2).');
  });
});
