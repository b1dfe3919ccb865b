/**
 * `npm run claims` (scripts/claims.ts) on the good fixture: the claims table and its filters, the
 * findings table (checked against the engine run independently here), ASCII output when piped, fitting
 * the terminal width in a real TTY, and the did-you-mean errors with exit 2.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readContent } from '../../src/content-files.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { analyze } from '../../src/lib/engine/index.ts';
import { claimRows } from '../../src/lib/export.ts';
import { claimListingSchema } from '../../src/schemas/export.ts';
import { snapshotTexts } from '../../src/site/pipeline.ts';
import { quoteContextOf } from '../../src/view/quote-context.ts';
import { runCli } from './cli-run.ts';
import { cleanTemps, GOOD, goodCopy } from './editor-helpers.ts';

afterAll(cleanTemps);

/** `npm run claims -- …args` on the good fixture, run in-process (cli-run.ts; spawned runs: editor-bad-input.test.ts and the terminal test below). */
const claims = (...args: string[]) => runCli('claims', args, GOOD);
/** Table rows: the lines after the rule, up to the blank line before the count. */
const rows = (stdout: string): string[] => {
  const lines = stdout.split('\n');
  const rule = lines.findIndex((l) => /^-+( {2}-+)*$/.test(l));
  const end = lines.indexOf('', rule);
  return lines.slice(rule + 1, end);
};

const raw = readContent(GOOD);
const { content } = validateContent(raw);
const analysis = analyze({ claims: content.claims, sources: content.sources, entities: content.entities, properties: content.properties });

describe('claims: the claims table', () => {
  it('prints id, subject, property, qualifiers, value and verdict, aligned, with a count line', async () => {
    const run = await claims('--source', 'openai-launch-post');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      [
        'id                                                subject             property                           qualifiers                                 value       verdict',
        '------------------------------------------------  ------------------  ---------------------------------  -----------------------------------------  ----------  -------',
        'openai-launch-post/terminal-bench-gpt-5-3-codex   gpt-5-3-codex       benchmark-score                    benchmark=terminal-bench-2-0 effort=xhigh  77.3%       vendor',
        'openai-launch-post/terminal-bench-gpt-5-2-codex   gpt-5-2-codex       benchmark-score                    benchmark=terminal-bench-2-0 effort=xhigh  64.0%       vendor',
        'openai-launch-post/release-date                   gpt-5-3-codex       release-date                                                                  2026-02-05  vendor',
        'openai-launch-post/availability-cli               gpt-5-3-codex       availability                       channel=cli                                available   vendor',
        'openai-launch-post/most-capable                   gpt-5-3-codex       most-capable-agentic-coding-model                                             true        vendor',
        'openai-launch-post/human-baseline-terminal-bench  terminal-bench-2-0  human-baseline                                                                ~72%        vendor',
        '',
        '6 claims (source openai-launch-post); 11 in all.',
        '',
      ].join('\n'),
    );
  });

  it('lists every claim of every source, each with the verdict the engine gives it', async () => {
    const run = await claims();
    expect(run.status).toBe(0);
    const table = rows(run.stdout);
    expect(table).toHaveLength(content.claims.length);
    for (const c of content.claims) {
      const row = table.find((r) => r.startsWith(`${c.id} `));
      expect(row, c.id).toBeDefined();
      expect(row?.trimEnd().endsWith(` ${analysis.verdicts[c.id]?.verdict}`)).toBe(true);
    }
    expect(run.stdout).toContain('\n11 claims; 11 in all.\n');
  });

  it('shows the unit after the value when the value does not state it', async () => {
    const run = await claims('--subject', 'gpt-5-3-codex', '--property', 'max-output-tokens');
    expect(rows(run.stdout)).toEqual([
      expect.stringMatching(/^dev-blog-week-with-codex\/max-output-tokens +gpt-5-3-codex +max-output-tokens +128,000 tokens +\w+$/),
    ]);
    expect(run.stdout).toContain('1 claim (subject gpt-5-3-codex, property max-output-tokens); 11 in all.');
  });

  it('combines filters, and prints only the count when nothing matches', async () => {
    const some = await claims('--property', 'benchmark-score', '--subject', 'gpt-5-3-codex');
    expect(rows(some.stdout).map((r) => r.split(' ')[0])).toEqual([
      'dev-blog-week-with-codex/swe-bench-pro-hardest',
      'dev-blog-week-with-codex/terminal-bench-smoke-tests',
      'openai-launch-post/terminal-bench-gpt-5-3-codex',
    ]);
    const none = await claims('--source', 'openai-launch-post', '--property', 'training-data-size');
    expect(none.stdout).toBe('0 claims (source openai-launch-post, property training-data-size); 11 in all.\n');
    expect(none.status).toBe(0);
  });
});

describe('claims --findings', () => {
  it('prints id, kind, severity and summary for every finding, in the engine order, with counts by severity', async () => {
    const run = await claims('--findings');
    expect(run.status).toBe(0);
    const out = run.stdout;
    expect(out.split('\n')[0]).toMatch(/^id +kind +severity +summary$/);
    const ids = rows(out)
      .map((r) => r.split(' ')[0])
      .filter(Boolean);
    expect(ids).toEqual(analysis.findings.map((f) => f.id));
    for (const f of analysis.findings)
      expect(out).toMatch(new RegExp(`${f.id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} +${f.kind} +${f.severity} +`));
    const bySeverity = ['high', 'medium', 'low', 'info']
      .map((s) => [s, analysis.findings.filter((f) => f.severity === s).length] as const)
      .filter(([, n]) => n > 0)
      .map(([s, n]) => `${n} ${s}`)
      .join(', ');
    expect(out).toContain(`\n${analysis.findings.length} findings: ${bySeverity}; ${analysis.findings.length} in all.\n`);
  });

  it('filters findings by the sources of their claims, subject, property and kind (--kind implies --findings)', async () => {
    const run = await claims('--kind', 'conflict');
    const expected = analysis.findings.filter((f) => f.kind === 'conflict');
    expect(expected.length).toBeGreaterThan(0);
    expect(
      rows(run.stdout)
        .filter((r) => /^\S/.test(r))
        .map((r) => r.split(' ')[0]),
    ).toEqual(expected.map((f) => f.id));
    expect(run.stdout).toContain(`${expected.length} finding${expected.length === 1 ? '' : 's'} (kind conflict)`);

    const bySource = await claims('--findings', '--source', 'openai-launch-post', '--property', 'benchmark-score');
    const wanted = analysis.findings.filter(
      (f) => f.property === 'benchmark-score' && f.claims.some((id) => id.startsWith('openai-launch-post/')),
    );
    expect(
      rows(bySource.stdout)
        .filter((r) => /^\S/.test(r))
        .map((r) => r.split(' ')[0]),
    ).toEqual(wanted.map((f) => f.id));
  });

  it('is plain ASCII when piped, although summaries have typographic quotes and dashes', async () => {
    const ascii = (text: string): boolean => [...text].every((ch) => (ch.codePointAt(0) ?? 0) < 0x80);
    expect(analysis.findings.some((f) => !ascii(f.summary))).toBe(true);
    const run = await claims('--findings');
    expect(ascii(run.stdout)).toBe(true);
    expect(run.stdout).toContain('"My week with');
  });

  it('wraps to --width, keeping every line within it', async () => {
    const run = await claims('--findings', '--width', '60');
    const lines = run.stdout.split('\n');
    for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(60);
    expect(lines.length).toBeGreaterThan(analysis.findings.length + 3);
  });
});

describe('claims in a terminal', () => {
  it('fits the terminal width and draws the rule with box-drawing characters', () => {
    // `script` gives the command a real TTY; tsx is run directly so npx's progress spinner does not mix in.
    const tsx = resolve('node_modules/.bin/tsx');
    const run = spawnSync('script', ['-qec', `stty cols 64; ${tsx} scripts/claims.ts --findings`, '/dev/null'], {
      env: { ...process.env, CODEX_CLAIMS_CONTENT: GOOD },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.status).toBe(0);
    const lines = run.stdout.replace(/\r/g, '').split('\n');
    for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(64);
    expect(lines[1]).toMatch(/^─+( {2}─+)+$/);
    expect(run.stdout).toContain('“My week with'); // typographic characters kept in a terminal
  });
});

describe('claims --json', () => {
  it('lists each accepted claim as its /data/claims.json row without the permalink, marked "draft": false', async () => {
    const run = await claims('--json', '--source', 'openai-launch-post');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const printed = JSON.parse(run.stdout) as Record<string, unknown>[];
    const listed = claimListingSchema.parse(printed);
    const own = content.claims.filter((c) => c.source === 'openai-launch-post');
    const snapshots = snapshotTexts(raw);
    const exported = claimRows(
      own,
      (c) => `https://claims.example/claims/${c.id}/`,
      content.sources,
      analysis.verdicts,
      (c) => quoteContextOf(c, snapshots),
    );
    expect(listed).toEqual(exported.map(({ url: _url, ...row }) => ({ draft: false, ...row })));
    // In the export's column order too, the marker first.
    expect(Object.keys(printed[0] ?? {})).toEqual(['draft', ...Object.keys(exported[0] ?? {}).filter((k) => k !== 'url')]);
    expect(listed.length).toBe(6);
  });
});

describe('claims: bad arguments', () => {
  const USAGE =
    'Usage: npm run claims -- [--source <slug>] [--subject <entity>] [--property <property>] [--findings] [--kind <finding kind>] [--width <columns>] [--json]\n';
  const cases: [string, string[], string][] = [
    ['an unknown source', ['--source', 'openai-launch'], 'claims: Unknown source "openai-launch". Did you mean "openai-launch-post"?\n'],
    [
      'an unknown subject',
      ['--subject', 'gpt-5-3-codx'],
      'claims: Unknown subject "gpt-5-3-codx". Did you mean "gpt-5-3-codex" or "gpt-5-2-codex"?\n',
    ],
    [
      'a subject nothing is near',
      ['--subject', 'anthropic'],
      'claims: Unknown subject "anthropic". Known: codex-cli, gpt-5-2-codex, gpt-5-3-codex, openai, swe-bench-pro, terminal-bench-2-0.\n',
    ],
    [
      'an unknown property',
      ['--property', 'benchmark-scores'],
      'claims: Unknown property "benchmark-scores". Did you mean "benchmark-score"?\n',
    ],
    ['an unknown finding kind', ['--kind', 'conflicts'], 'claims: Unknown finding kind "conflicts". Did you mean "conflict"?\n'],
    ['a bad width', ['--width', 'wide'], 'claims: --width "wide" must be a whole number of columns, at least 20.\n'],
    ['an unknown option', ['--sources', 'x'], `claims: Unknown option '--sources'. Did you mean --source?\n${USAGE}`],
  ];
  for (const [name, args, message] of cases) {
    it(`${name}: exit 2 with a teaching message`, async () => {
      const run = await claims(...args);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(message);
      expect(run.status).toBe(2);
    });
  }

  it('content with errors: exit 1, the first problems and where to see them all', async () => {
    const dir = goodCopy();
    const blog = join(dir, 'sources/dev-blog-week-with-codex/index.mdx');
    writeFileSync(blog, readFileSync(blog, 'utf8').replace('in one reply.', 'in one response.'));
    const run = await runCli('claims', [], dir);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      [
        'claims: the content has 1 problem, so nothing can be listed yet:',
        '  - content/sources/dev-blog-week-with-codex/index.mdx:43 claim "dev-blog-week-with-codex/max-output-tokens" field "quote": Quote not found in snapshot.txt. Expected text copied from snapshot.txt (only whitespace runs and typographic quotes, dashes and hyphens may differ); got "It can write up to 128,000 output tokens in one response.". Fix: copy the sentence again from content/sources/dev-blog-week-with-codex/snapshot.txt; do not paraphrase, abridge or fix typos.',
        'Run npm run content:check for the full report.',
        '',
      ].join('\n'),
    );
    expect(run.status).toBe(1);
  });
});
