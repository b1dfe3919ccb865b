/**
 * The drafted workflow end to end, on a copy of the real content/ and a document the suite has never archived
 * (tests/fixtures/drafting/harbor-release-note.txt, fictional): source:add drafts its claims, claims --json lists
 * them as drafts while the new source's prose is still empty, review (scripted through stdin) accepts, edits and
 * rejects them, and content:check passes with the accepted claims. Also: review refuses an accepted draft that is
 * still open, writing nothing. The commands run in-process (tests/build/cli-run.ts, the answers as its input); each
 * case also runs with review as the real process (its answers on stdin), with the same assertions, so the process's
 * stdout, stderr and exit code stay covered for exit 0 and exit 1.
 */
import { spawn } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { splitFrontmatter } from '../../src/content-files.ts';
import { draftsFileSchema } from '../../src/schemas/draft.ts';
import { claimListingSchema } from '../../src/schemas/export.ts';
import { runCli } from './cli-run.ts';
import { cleanTemps, fillSourceFields, type Run, runScript, tempDir } from './editor-helpers.ts';

afterAll(cleanTemps);

/** How review runs: in this process (runCli), or as the real `npx tsx scripts/review.ts` process (runScript). */
type Runner = 'in-process' | 'spawned';
const RUNNERS: readonly Runner[] = ['in-process', 'spawned'];
const titled = (title: string, runner: Runner): string => (runner === 'spawned' ? `${title} (spawned review)` : title);

/** Runs review against `dir` with `input` as its answers, the way `runner` says. */
async function runReview(runner: Runner, args: readonly string[], dir: string, input = ''): Promise<Run> {
  return runner === 'spawned' ? runScript('review', args, dir, {}, input) : await runCli('review', args, dir, input);
}

const FIXTURE = 'tests/fixtures/drafting/harbor-release-note.txt';

function contentCopy(): string {
  const dir = tempDir('review');
  cpSync('content', dir, { recursive: true });
  return dir;
}

const claimsOf = (folder: string) =>
  (splitFrontmatter(readFileSync(join(folder, 'index.mdx'), 'utf8')).data as { claims: Record<string, unknown>[] }).claims;
const draftsOf = (folder: string) => draftsFileSchema.parse(parseYaml(readFileSync(join(folder, 'drafts.yaml'), 'utf8'))).drafts;

for (const runner of RUNNERS)
  describe(titled('a new document from source:add through review to a clean content:check', runner), () => {
    const dir = contentCopy();
    const folder = join(dir, 'sources/harbor');
    let json: Run;
    let review: Run;
    // Eleven drafts: edit the first (a sentence) to add its scope, accept the four table cells (the registry's
    // qualifierTerms read "(Public)" as variant Public), reject the sentence that repeats the table, accept both prices,
    // accept the score OpenAI 'puts', edit the release date (its subject, what the subordinate clause releases, kept as
    // drafted: release-date-gpt-5-3-codex), accept the dated card's release date.
    const answers = [
      ...['e', '', '', 'scope=multi-step refactors', '', '', 'a'],
      ...['a', 'a', 'a', 'a', 'r', 'a', 'a', 'a'],
      ...['e', 'gpt-5-3-codex', '', '', '', '', 'a'],
      'a',
    ];
    // Then the 32 coverage suggestions (one a fresh one for the rejected sentence: repeats): accept those with a
    // reason, give a reason to three left open (e: reason, claim, note, then a), reject one heading, skip the rest (the
    // input ends before the last two headings).
    const edit = (reason: string) => ['e', reason, '', '', 'a'];
    const suggestionAnswers = [
      'a',
      ...edit('metadata'),
      ...edit('metadata'),
      ...edit('rhetoric'),
      ...Array(7).fill('s'),
      'a',
      's',
      's',
      'a',
      'a',
      'a',
      'a',
      'a',
      's',
      'a',
      's',
      's',
      'a',
      's',
      's',
      'r',
      's',
      's',
      ...edit('rhetoric'),
    ];
    answers.push(...suggestionAnswers);
    beforeAll(async () => {
      const add = await runCli('source-add', [FIXTURE, '--slug', 'harbor', '--kind', 'blog'], dir);
      expect(add.stderr).toBe('');
      json = await runCli('claims', ['--source', 'harbor', '--json'], dir);
      review = await runReview(runner, ['harbor'], dir, answers.join('\n'));
    });

    it('claims --json lists the drafts as drafts while description and tierRationale are still empty', () => {
      expect(json.stderr).toBe(
        'claims: listing anyway; still empty (content:check fails until they are written): content/sources/harbor/index.mdx: tierRationale, content/sources/harbor/index.mdx: description.\n',
      );
      expect(json.status).toBe(0);
      // The rows are the export's claim rows (src/schemas/export.ts): parsing with the one schema fails on any other shape.
      const listed = claimListingSchema.parse(JSON.parse(json.stdout));
      expect(listed.every((c) => c.draft)).toBe(true);
      expect(listed.map((c) => c.id)).toEqual([
        'harbor/speed-change-gpt-5-3-codex',
        'harbor/benchmark-score-terminal-bench-2-0-gpt-5-2-codex',
        'harbor/benchmark-score-terminal-bench-2-0-gpt-5-3-codex',
        'harbor/benchmark-score-swe-bench-pro-gpt-5-2-codex',
        'harbor/benchmark-score-swe-bench-pro-gpt-5-3-codex',
        'harbor/benchmark-score-terminal-bench-2-0-gpt-5-3-codex-2',
        'harbor/price-input-cli-gpt-5-3-codex',
        'harbor/price-output-cli-gpt-5-3-codex',
        'harbor/benchmark-score-terminal-bench-2-0-gpt-5-3-codex-3',
        'harbor/release-date-gpt-5-3-codex',
        'harbor/release-date-gpt-5-2-codex',
      ]);
      const text = readFileSync(FIXTURE, 'utf8');
      for (const c of listed) expect(text.slice(c.spanStart, c.spanEnd)).toBe(c.quote);
    });

    it('review shows each quote in context and writes only the accepted claims into index.mdx', () => {
      expect(review.stderr).toBe('');
      expect(review.status).toBe(0);
      expect(review.stdout).toContain(
        '  in context: Harbor does not change prices. »Through the CLI, GPT-5.3-Codex usage is billed at $1.50 per million input tokens and $12.00 per million output tokens, the same as in the app.« What others found',
      );
      expect(review.stdout).toContain('drafts: 10 accepted, 1 rejected, 0 left.');
      expect(review.stdout).toContain('suggestions: 13 accepted, 1 rejected, 18 left.');
      expect(review.stdout).toContain('  attribution: OpenAI puts');
      const claims = claimsOf(folder);
      expect(claims.map((c) => [c.id, c.subject, c.property, c.qualifiers ?? {}, c.value, c.unit])).toEqual([
        ['speed-change-gpt-5-3-codex', 'gpt-5-3-codex', 'speed-change', { scope: 'multi-step refactors' }, '+30', '% change'],
        [
          'benchmark-score-terminal-bench-2-0-gpt-5-2-codex',
          'gpt-5-2-codex',
          'benchmark-score',
          { benchmark: 'terminal-bench-2-0', effort: 'high' },
          '61.5',
          '%',
        ],
        [
          'benchmark-score-terminal-bench-2-0-gpt-5-3-codex',
          'gpt-5-3-codex',
          'benchmark-score',
          { benchmark: 'terminal-bench-2-0', effort: 'high' },
          '74.8',
          '%',
        ],
        [
          'benchmark-score-swe-bench-pro-gpt-5-2-codex',
          'gpt-5-2-codex',
          'benchmark-score',
          { benchmark: 'swe-bench-pro', effort: 'high', variant: 'Public' },
          '54.9',
          '%',
        ],
        [
          'benchmark-score-swe-bench-pro-gpt-5-3-codex',
          'gpt-5-3-codex',
          'benchmark-score',
          { benchmark: 'swe-bench-pro', effort: 'high', variant: 'Public' },
          '55.7',
          '%',
        ],
        ['price-input-cli-gpt-5-3-codex', 'gpt-5-3-codex', 'price', { direction: 'input', channel: 'cli' }, '1.50', 'USD per 1M tokens'],
        ['price-output-cli-gpt-5-3-codex', 'gpt-5-3-codex', 'price', { direction: 'output', channel: 'cli' }, '12.00', 'USD per 1M tokens'],
        [
          'benchmark-score-terminal-bench-2-0-gpt-5-3-codex-3',
          'gpt-5-3-codex',
          'benchmark-score',
          { benchmark: 'terminal-bench-2-0' },
          '77.3',
          '%',
        ],
        ['release-date-gpt-5-3-codex', 'gpt-5-3-codex', 'release-date', {}, '2026-02-05', undefined],
        ['release-date-gpt-5-2-codex', 'gpt-5-2-codex', 'release-date', {}, '2025-12-18', undefined],
      ]);
      expect(draftsOf(folder).map((d) => d.status)).toEqual([
        'accepted',
        'accepted',
        'accepted',
        'accepted',
        'accepted',
        'rejected',
        'accepted',
        'accepted',
        'accepted',
        'accepted',
        'accepted',
      ]);
      expect(draftsOf(folder).map((d) => d.id)).toContain('release-date-gpt-5-3-codex');
    });

    it('review walks the coverage suggestions and writes the accepted ones into notClaims with their reasons', () => {
      expect(review.stdout).toContain(
        '32 coverage suggestions: why each passage no claim quotes is not a claim. Answer a (accept into notClaims: in index.mdx), e (edit), r (reject), s (skip), q (stop).',
      );
      expect(review.stdout).toContain(
        '\nWrote 13 accepted suggestions into notClaims: in content/sources/harbor/index.mdx; suggestions: 13 accepted,',
      );
      expect(review.stdout).toContain(
        '  in context: Harbor does not change prices. »Through the CLI, GPT-5.3-Codex usage is billed at $1.50 per million input tokens and $12.00 per million output tokens, the same as in the app.« What others found',
      );
      expect(review.stdout).toContain(
        '  suggested reason: repeats   repeats claim: benchmark-score-terminal-bench-2-0-gpt-5-3-codex\n  why: it restates "74.8%", the figure of draft benchmark-score-terminal-bench-2-0-gpt-5-3-codex.',
      );
      const notClaims = (splitFrontmatter(readFileSync(join(folder, 'index.mdx'), 'utf8')).data as { notClaims: Record<string, unknown>[] })
        .notClaims;
      expect(notClaims.map((n) => [n.quote, n.reason, n.claim ?? null])).toEqual([
        ['Codex CLI release notes: the Harbor update', 'heading', null],
        ['TEST FIXTURE: a fictional release note written for the Codex Claims test suite.', 'metadata', null],
        ['Its figures are invented.', 'metadata', null],
        ['Harbor is the largest update to the CLI since its launch.', 'rhetoric', null],
        ['Benchmarks', 'heading', null],
        ['Benchmark', 'heading', null],
        ['GPT-5.2-Codex (high)', 'heading', null],
        ['GPT-5.3-Codex (high)', 'heading', null],
        [
          'On Terminal-Bench 2.0, GPT-5.3-Codex solved 74.8% of tasks, a 13.3-point gain over the previous default.',
          'repeats',
          'benchmark-score-terminal-bench-2-0-gpt-5-3-codex',
        ],
        ['Pricing', 'heading', null],
        ['What others found', 'heading', null],
        ['What is not here yet', 'heading', null],
        ['Thanks to everyone who filed issues during the preview: more than 3,000 of them shaped this release.', 'rhetoric', null],
      ]);
      const statuses = draftsFileSchema
        .parse(parseYaml(readFileSync(join(folder, 'drafts.yaml'), 'utf8')))
        .suggestions.map((x) => x.status);
      expect(statuses.filter((x) => x === 'rejected')).toHaveLength(1);
      expect(statuses.filter((x) => x === 'suggested')).toHaveLength(18);
    });

    it('content:check passes once the prose is written, and claims --json lists the accepted claims, no drafts left', async () => {
      fillSourceFields(folder, {
        tierRationale: 'A fictional vendor release note written for the test suite.',
        description: 'The Harbor release note of the Codex CLI (fictional).',
      });
      const check = await runCli('content-check', [], dir);
      expect(check.stderr).toBe('');
      expect(check.status).toBe(0);
      expect(check.stdout).toMatch(/^content:check passed: 6 sources, /m);
      // The skipped and rejected suggestions are what coverage still counts open: 18 skipped units and 1 rejected.
      expect(check.stdout).toContain(
        'content/sources/harbor/index.mdx: coverage: pending, 19 sentences, list items or table cells of snapshot.txt support no claim and are not listed under notClaims: in index.mdx (the passages that are not claims).',
      );
      const after = claimListingSchema.parse(JSON.parse((await runCli('claims', ['--source', 'harbor', '--json'], dir)).stdout));
      expect(after.map((c) => c.draft)).toEqual(Array(10).fill(false));
    });

    it('running review again adds nothing twice', async () => {
      const before = readFileSync(join(folder, 'index.mdx'), 'utf8');
      const again = await runReview(runner, ['harbor', '--apply'], dir);
      expect(again.status).toBe(0);
      expect(again.stdout).toContain('Wrote 0 accepted claims');
      expect(readFileSync(join(folder, 'index.mdx'), 'utf8')).toBe(before);
    });
  });

describe('review refuses', () => {
  for (const runner of RUNNERS)
    it(titled('an accepted draft whose fields are still open, writing nothing', runner), async () => {
      const dir = contentCopy();
      const folder = join(dir, 'sources/pronoun');
      const doc = join(tempDir('doc'), 'pronoun.txt');
      writeFileSync(doc, 'A pronoun note\n\nIt reached 77.3% on Terminal-Bench 2.0.\n');
      expect((await runCli('source-add', [doc, '--slug', 'pronoun', '--kind', 'blog'], dir)).status).toBe(0);
      const drafts = join(folder, 'drafts.yaml');
      const edited = readFileSync(drafts, 'utf8').replace('status: draft', 'status: accepted');
      expect(edited).toContain('field: subject');
      writeFileSync(drafts, edited);
      const index = readFileSync(join(folder, 'index.mdx'), 'utf8');
      const run = await runReview(runner, ['pronoun', '--apply'], dir);
      expect(run.stderr).toBe(
        'review: content/sources/pronoun/index.mdx: draft benchmark-score-terminal-bench-2-0-open is accepted but still lacks the open subject; edit it first.\n',
      );
      expect(run.status).toBe(1);
      expect(readFileSync(join(folder, 'index.mdx'), 'utf8')).toBe(index);
      expect(readFileSync(drafts, 'utf8')).toBe(edited);
    });
});

describe('review takes a suggested subject', () => {
  it('u fills the open subject with the suggestion, shows the draft again, and a accepts it', async () => {
    const dir = contentCopy();
    const folder = join(dir, 'sources/referring');
    const doc = join(tempDir('doc'), 'referring.txt');
    writeFileSync(doc, 'A referring note\n\nOpenAI released GPT-5.3-Codex this week.\n\nThe model reached 77.3% on Terminal-Bench 2.0.\n');
    expect((await runCli('source-add', [doc, '--slug', 'referring', '--kind', 'blog'], dir)).status).toBe(0);
    const [drafted] = draftsOf(folder).filter((d) => d.kind === 'figure');
    expect(drafted).toMatchObject({ subject: null, suggestedSubject: { id: 'gpt-5-3-codex' } });
    // u, then a for the score; s for anything else, and for every coverage suggestion.
    const answers = draftsOf(folder).map((d) => (d.id === drafted?.id ? 'u\na' : 's'));
    const run = await runCli('review', ['referring'], dir, `${answers.join('\n')}\n${'s\n'.repeat(20)}`);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('a/u/e/r/s/q? ');
    expect(run.stdout).toContain(
      '  suggested subject (u takes it): gpt-5-3-codex: "The model" may stand for GPT-5.3-Codex, the model named on snapshot line 3: "OpenAI released GPT-5.3-Codex this week.". Take it only if the context makes it certain.',
    );
    expect(run.stdout).toContain('benchmark-score-terminal-bench-2-0-gpt-5-3-codex (figure, snapshot line 5)');
    const claims = claimsOf(folder);
    expect(claims.map((c) => [c.id, c.subject, c.value])).toEqual([
      ['benchmark-score-terminal-bench-2-0-gpt-5-3-codex', 'gpt-5-3-codex', '77.3'],
    ]);
  });
});

describe('review ends', () => {
  it('when the editor answers q, while its standard input is still open (as a terminal is)', async () => {
    const dir = contentCopy();
    const doc = join(tempDir('doc'), 'open-input.txt');
    writeFileSync(doc, 'An open-input note\n\nGPT-5.3-Codex reached 77.3% on Terminal-Bench 2.0.\n');
    expect((await runCli('source-add', [doc, '--slug', 'open-input', '--kind', 'blog'], dir)).status).toBe(0);
    const child = spawn('npx', ['tsx', 'scripts/review.ts', 'open-input'], {
      env: { ...process.env, CODEX_CLAIMS_CONTENT: dir },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.stdin.write('q\n');
    // The input is never ended: before the fix, review finished its work and then waited for it to end.
    const code = await Promise.race([exited, new Promise<'still running'>((r) => setTimeout(() => r('still running'), 60_000))]);
    if (code === 'still running') child.kill();
    expect(code).toBe(0);
    expect(stdout).toContain('drafts: 0 accepted, 0 rejected, 1 left.');
  }, 90_000);
});
