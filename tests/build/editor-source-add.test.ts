/**
 * `npm run source:add` (scripts/source-add.ts) against temp copies of the good fixture: the folder it
 * creates (byte-identical snapshot, sha256, skeleton, not-claims.yaml, candidates.md, drafts.yaml), what
 * content:check says before and after the editor fills in the required fields, and every refusal
 * (existing source, bad slug, kind, URL or date), pinned. Unusable documents and targets, and interrupts:
 * editor-bad-input.test.ts.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { splitFrontmatter } from '../../src/content-files.ts';
import { draftsFileSchema } from '../../src/schemas/draft.ts';
import { runCli } from './cli-run.ts';
import { cleanTemps, fillSourceFields, goodCopy, type Run, runScript, tempDir } from './editor-helpers.ts';

afterAll(cleanTemps);

/** A document with a BOM, CRLF line endings, typographic characters and no final newline: all must survive byte for byte. */
const DOC = Buffer.from(
  '\ufeff# Codex pricing, explained\r\nGPT‑5.3‑Codex costs $1.75 per 1M input tokens — 40% more than GPT-5.2-Codex.\r\nIt reached 77.3% on Terminal-Bench 2.0, the post says.',
  'utf8',
);

function writeDoc(bytes: Buffer | string, name = 'doc.txt'): string {
  const file = join(tempDir('doc'), name);
  writeFileSync(file, bytes);
  return file;
}

const sourcesIn = (dir: string): string[] => readdirSync(join(dir, 'sources')).sort();

describe('source:add creates a source folder', () => {
  const dir = goodCopy();
  const doc = writeDoc(DOC);
  const folder = join(dir, 'sources/codex-pricing-explained');
  let run: Run;
  beforeAll(async () => {
    run = await runCli('source-add', [doc], dir);
  });

  it('exits 0 and reports what it wrote and what to do next', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const sha = createHash('sha256').update(DOC).digest('hex');
    expect(run.stdout).toBe(
      [
        'Created content/sources/codex-pricing-explained/ for "Codex pricing, explained"',
        `  snapshot.txt     ${DOC.length} bytes, sha256 ${sha} (byte-identical copy of ${doc})`,
        '  index.mdx        frontmatter skeleton with claims: []',
        '  not-claims.yaml  empty: the numbers of the snapshot that are not claim values, each with a reason (passages that are not claims go under notClaims: in index.mdx)',
        '  candidates.md    2 candidate sentences and 7 distinct numbers, by line (a worklist; the site never reads it)',
        '  drafts.yaml      1 drafted claim, 1 with open fields (the site shows none until you accept them)',
        '                   2 coverage suggestions (not-a-claim reasons for the passages no draft covers), 1 with no reason',
        '',
        'Next steps (CONTRIBUTING.md, "The five-minute path"):',
        '  1. npm run review -- codex-pricing-explained   accept (a), edit (e) or reject (r) each drafted claim and coverage suggestion.',
        '  2. In content/sources/codex-pricing-explained/index.mdx write kind, tierRationale, description (content:check fails until you do), and below its frontmatter the summary, in your own words (CONTRIBUTING.md, "The summary").',
        '     publisher, url, published, retrieved are null ("not stated"): fill in only what the text itself states.',
        '  3. npm run content:check   until it lists nothing left for codex-pricing-explained: each line says what and how (a claim the drafts missed: content/sources/codex-pricing-explained/candidates.md; a number that is no claim: not-claims.yaml).',
        '  4. npm run claims -- --findings --source codex-pricing-explained   what the engine makes of it; npm run dev shows the page.',
        '',
      ].join('\n'),
    );
  });

  it('copies the document byte for byte (BOM, CRLF, typographic characters, no final newline)', () => {
    expect(readdirSync(folder).sort()).toEqual(['candidates.md', 'drafts.yaml', 'index.mdx', 'not-claims.yaml', 'snapshot.txt']);
    expect(readFileSync(join(folder, 'snapshot.txt')).equals(DOC)).toBe(true);
  });

  it('drafts the claims beside the snapshot: exact span (BOM kept), typed value, subject left open when the sentence names none', () => {
    const file = draftsFileSchema.parse(parseYaml(readFileSync(join(folder, 'drafts.yaml'), 'utf8')));
    expect(file.sha256).toBe(createHash('sha256').update(DOC).digest('hex'));
    expect(file.drafts.map((d) => [d.property, d.qualifiers, d.value, d.unit, d.subject, d.status, d.open.map((o) => o.field)])).toEqual([
      ['benchmark-score', { benchmark: 'terminal-bench-2-0' }, '77.3', '%', null, 'draft', ['subject']],
    ]);
    const [d] = file.drafts;
    expect(DOC.toString('utf8').slice(d?.span.start, d?.span.end)).toBe('It reached 77.3% on Terminal-Bench 2.0, the post says.');
  });

  it('suggests a not-a-claim reason for every unit no draft covers, spanned on the snapshot as read, marked as suggestions', () => {
    const text = readFileSync(join(folder, 'drafts.yaml'), 'utf8');
    expect(text).toContain('# suggestions: SUGGESTED reasons why each passage no draft covers is not a claim');
    // Hand review: status accepted or rejected, then --apply; which list a suggestion goes to, and which file takes numbers.
    expect(text).toContain(
      'then set status: accepted (or status: rejected for a\n# draft that is no claim) and run npm run review -- codex-pricing-explained --apply.',
    );
    expect(text).toContain('under notClaims: (the passages that are not\n# claims; numbers go in not-claims.yaml)');
    const file = draftsFileSchema.parse(parseYaml(text));
    expect(file.suggestions.map((x) => [x.status, x.reason, x.quote, x.open.map((o) => o.field)])).toEqual([
      ['suggested', 'heading', '# Codex pricing, explained', []],
      ['suggested', null, 'GPT‑5.3‑Codex costs $1.75 per 1M input tokens — 40% more than GPT-5.2-Codex.', ['reason']],
    ]);
    for (const x of file.suggestions) expect(DOC.toString('utf8').slice(x.span.start, x.span.end)).toBe(x.quote);
  });

  it('writes the skeleton: title from the first line, the sha256, nulls for everything not given, claims: [], coverage pending', () => {
    const { data } = splitFrontmatter(readFileSync(join(folder, 'index.mdx'), 'utf8'));
    expect(data).toEqual({
      title: 'Codex pricing, explained',
      publisher: null,
      url: null,
      published: null,
      retrieved: null,
      kind: null,
      tierRationale: null,
      sha256: createHash('sha256').update(DOC).digest('hex'),
      description: null,
      claims: [],
      coverage: 'pending',
    });
  });

  it('lists the candidate sentences with their lines and the known entities they name', () => {
    const md = readFileSync(join(folder, 'candidates.md'), 'utf8');
    expect(md).toContain(
      '### Line 2\n\n> GPT‑5.3‑Codex costs $1.75 per 1M input tokens — 40% more than GPT-5.2-Codex.\n\n- entities: gpt-5-3-codex (`GPT‑5.3‑Codex`), gpt-5-2-codex (`GPT-5.2-Codex`)\n- percentages: `40%`\n- money: `$1.75`\n',
    );
    expect(md).toContain(
      '### Line 3\n\n> It reached 77.3% on Terminal-Bench 2.0, the post says.\n\n- entities: terminal-bench-2-0 (`Terminal-Bench 2.0`)\n',
    );
    expect(md).toContain('| `5.3` | line 2 | only inside `GPT‑5.3‑Codex`: probably a not-claims.yaml entry |');
  });

  it('is flagged by content:check, on exactly the three fields the editor must write, until they are written', async () => {
    const before = await runCli('content-check', [], dir);
    expect(before.status).toBe(1);
    expect(before.stderr).toContain(
      [
        'Content has 3 problems:',
        '  - content/sources/codex-pricing-explained/index.mdx:11 field "kind": "kind" is required but empty (null). Expected one of vendor, press, reference, wiki, glossary, blog, marketing; got null. Fix: write the kind. See docs/content-format.md.',
        '  - content/sources/codex-pricing-explained/index.mdx:13 field "tierRationale": "tierRationale" is required but empty (null). Expected a non-empty text; got null. Fix: write the tierRationale. See docs/content-format.md.',
        '  - content/sources/codex-pricing-explained/index.mdx:17 field "description": "description" is required but empty (null). Expected a non-empty text; got null. Fix: write the description. See docs/content-format.md.',
      ].join('\n'),
    );
    fillSourceFields(folder, {
      kind: 'blog',
      tierRationale: 'An unsigned pricing post that cites nothing.',
      description: 'A short post on GPT-5.3-Codex pricing.',
    });
    const after = await runCli('content-check', [], dir);
    expect(after.stderr).toBe('');
    expect(after.stdout).toMatch(/^content:check passed: 3 sources, 11 claims, 6 entities, 8 properties, 0 notes checked in \d+ ms\.$/m);
    // candidates.md, drafts.yaml and not-claims.yaml are not content: still 3 sources and 11 claims (no draft shown), and the new one's numbers are open.
    expect(after.stdout).toContain(
      'content/sources/codex-pricing-explained/snapshot.txt: 7 numbers open: 5.3 (line 2), 1.75 (line 2), 1 (line 2), 40 (line 2), 5.2 (line 2), 77.3 (line 3), 2.0 (line 3).',
    );
    expect(after.status).toBe(0);
  });
});

describe('source:add options', () => {
  it('writes the metadata given on the command line, and the slug and title chosen', () => {
    const dir = goodCopy();
    const run = runScript(
      'source-add',
      [
        writeDoc(DOC),
        '--slug',
        'openai-pricing',
        '--title',
        'Pricing: "Codex"',
        '--publisher',
        'OpenAI',
        '--url',
        'https://openai.com/pricing/',
        '--published',
        '2026-02',
        '--retrieved',
        '2026-02-10',
        '--kind',
        'vendor',
      ],
      dir,
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Created content/sources/openai-pricing/ for "Pricing: "Codex""');
    expect(run.stdout).toContain(
      '  2. In content/sources/openai-pricing/index.mdx write tierRationale, description (content:check fails until you do), and below its frontmatter the summary, in your own words (CONTRIBUTING.md, "The summary").',
    );
    expect(run.stdout).toContain('     publisher, url, published and retrieved are set: check them against the text.');
    const { data } = splitFrontmatter(readFileSync(join(dir, 'sources/openai-pricing/index.mdx'), 'utf8'));
    expect(data).toMatchObject({
      title: 'Pricing: "Codex"',
      publisher: 'OpenAI',
      url: 'https://openai.com/pricing/',
      published: '2026-02',
      retrieved: '2026-02-10',
      kind: 'vendor',
      tierRationale: null,
      description: null,
    });
  });
});

describe('source:add refuses', () => {
  const dir = goodCopy();

  it('to overwrite an existing source, leaving it untouched', async () => {
    const index = join(dir, 'sources/dev-blog-week-with-codex/index.mdx');
    const before = readFileSync(index);
    const mtime = statSync(index).mtimeMs;
    const run = await runCli('source-add', [writeDoc(DOC), '--slug', 'dev-blog-week-with-codex'], dir);
    expect(run.stderr).toBe(
      'source:add: content/sources/dev-blog-week-with-codex/ already exists; refusing to overwrite it. Choose another --slug, or delete that folder first if it is yours to replace.\n',
    );
    expect(run.status).toBe(1);
    expect(readFileSync(index).equals(before)).toBe(true);
    expect(statSync(index).mtimeMs).toBe(mtime);
    expect(existsSync(join(dir, 'sources/dev-blog-week-with-codex/candidates.md'))).toBe(false);
  });

  it('to add the same document twice under its default slug', async () => {
    const doc = writeDoc(DOC);
    expect((await runCli('source-add', [doc], dir)).status).toBe(0);
    const again = await runCli('source-add', [doc], dir);
    expect(again.stderr).toContain('source:add: content/sources/codex-pricing-explained/ already exists; refusing to overwrite it.');
    expect(again.status).toBe(1);
  });

  const USAGE =
    'Usage: npm run source:add -- <file> [--slug <slug>] [--title <title>] [--publisher <name>] [--url <url>] [--published <date>] [--retrieved <date>] [--kind <kind>]\n';
  const badArgs: [string, string[], string][] = [
    [
      'a bad slug',
      ['--slug', 'My Source'],
      'source:add: Bad slug "My Source": use lower-case letters, digits and single hyphens, such as "openai-introducing-gpt-5-3-codex" (perhaps "my-source").\n',
    ],
    [
      'a slug that climbs out of the folder',
      ['--slug', '../x'],
      'source:add: Bad slug "../x": use lower-case letters, digits and single hyphens, such as "openai-introducing-gpt-5-3-codex" (perhaps "x").\n',
    ],
    [
      'an unknown kind, with a suggestion',
      ['--kind', 'vendr'],
      'source:add: Unknown kind "vendr". Did you mean "vendor"? Kinds: vendor (tier 1), press (tier 2), reference (tier 2), wiki (tier 3), glossary (tier 3), blog (tier 3), marketing (tier 4).\n',
    ],
    [
      'a URL that is not absolute http(s)',
      ['--url', 'openai.com/index'],
      'source:add: --url "openai.com/index" is not an absolute http(s) URL. Give the URL exactly as the text states it, or leave it out.\n',
    ],
    [
      'a date that does not exist',
      ['--published', '2026-02-30'],
      'source:add: --published "2026-02-30" is not a real date written as YYYY-MM-DD, YYYY-MM or YYYY.\n',
    ],
    ['an empty option', ['--publisher', ' '], 'source:add: --publisher is empty; leave it out to keep the field null ("not stated").\n'],
  ];
  for (const [name, args, message] of badArgs) {
    it(`${name}, with exit 2`, async () => {
      const before = sourcesIn(dir);
      const run = await runCli('source-add', [writeDoc(DOC), ...args], dir);
      expect(run.stderr).toBe(message);
      expect(run.status).toBe(2);
      expect(sourcesIn(dir)).toEqual(before);
    });
  }

  it('a title it cannot make a slug of, asking for --slug', async () => {
    const run = await runCli('source-add', [writeDoc('日本語のタイトル\nGPT-5.3-Codex は速い。')], dir);
    expect(run.stderr).toBe('source:add: cannot make a slug from the title "日本語のタイトル" (no letter a-z or digit); pass --slug.\n');
    expect(run.status).toBe(2);
  });

  it('no document, or an unknown option, with the usage line', async () => {
    const none = await runCli('source-add', [], dir);
    expect(none.stderr).toBe(`source:add: give the document to archive.\n${USAGE}`);
    expect(none.status).toBe(2);
    const unknown = await runCli('source-add', [writeDoc(DOC), '--author', 'X'], dir);
    expect(unknown.stderr).toBe(`source:add: Unknown option '--author'.\n${USAGE}`);
    const typo = await runCli('source-add', [writeDoc(DOC), '--publised', '2026'], dir);
    expect(typo.stderr).toBe(`source:add: Unknown option '--publised'. Did you mean --published or --publisher?\n${USAGE}`);
    expect(typo.status).toBe(2);
    expect(unknown.status).toBe(2);
  });
});
