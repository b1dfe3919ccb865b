/**
 * The bad-content suite: each case copies the good fixture tree to a temp folder, applies ONE mutation,
 * validates it exactly as the build and `npm run content:check` do (readContent + validateContent), and
 * pins the exact one-line messages (formatError), so their wording cannot regress silently.
 * Paths in the messages: the temp folder's prefix is normalized to "content/" (see fixture.ts).
 * It is one file of over 400 lines because most of it is one table of 57 cases, each a mutation and the
 * exact message it must give: split, the table would only be read in two places.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatError } from '../../../src/lib/content/errors.ts';
import { readSite } from '../../../src/site/pipeline.ts';
import { BLOG, BLOG_SNAPSHOT, checkMutated, errorsAfter, GOOD_DIR, normalize, Tree, VENDOR } from './fixture.ts';

/** The good fixture's not-a-claim entry for the blog's date line. */
const POSTED = '  - quote: "Posted in February 2026 — notes from a developer, not a benchmark."\n    reason: metadata\n';

interface Case {
  name: string;
  mutate: (tree: Tree) => void;
  expected: string[];
}

/** A case that changes the reason of the blog's date-line entry (POSTED) from metadata to `reason`: one message expected. */
const postedReason = (name: string, reason: string, message: string): Case => ({
  name,
  mutate: (t) => t.edit(BLOG, POSTED, POSTED.replace('metadata', reason)),
  expected: [message],
});

const cases: Case[] = [
  {
    name: 'missing required source field (title)',
    mutate: (t) => t.edit(BLOG, 'title: My week with GPT-5.3-Codex\n', ''),
    expected: [
      'content/sources/dev-blog-week-with-codex/index.mdx field "title": Missing required field "title". Expected a non-empty text; got (missing). Fix: add "title:" to the frontmatter. See docs/content-format.md.',
    ],
  },
  {
    name: 'missing required claim field (quote)',
    mutate: (t) => t.edit(BLOG, '    quote: "It can write up to 128,000 output tokens in one reply."\n', ''),
    expected: [
      'content/sources/dev-blog-week-with-codex/index.mdx:38 claim "dev-blog-week-with-codex/max-output-tokens" field "quote": Missing required field "quote". Expected a non-empty text; got (missing). Fix: add "quote:" to claim "dev-blog-week-with-codex/max-output-tokens". See docs/content-format.md.',
    ],
  },
  {
    name: 'unknown frontmatter field (typo "publsher")',
    mutate: (t) => t.edit(BLOG, 'publisher: null', 'publsher: null'),
    expected: [
      'content/sources/dev-blog-week-with-codex/index.mdx field "publisher": Missing required field "publisher". Expected the publisher named in the text, or null when the text does not say; got (missing). Fix: add "publisher:" to the frontmatter. See docs/content-format.md.',
      'content/sources/dev-blog-week-with-codex/index.mdx:3 field "publsher": Unknown field "publsher". Expected only the fields documented in docs/content-format.md; got "publsher". Fix: remove or rename the field (is it a typo?). See docs/content-format.md.',
    ],
  },
  {
    name: 'unknown claim field (typo "qualifers")',
    mutate: (t) => t.edit(BLOG, '    qualifiers:\n      benchmark: swe-bench-pro', '    qualifers:\n      benchmark: swe-bench-pro'),
    expected: [
      'content/sources/dev-blog-week-with-codex/index.mdx:23 claim "dev-blog-week-with-codex/swe-bench-pro-hardest" field "qualifers": Unknown field "qualifers". Expected only the fields documented in docs/content-format.md; got "qualifers". Fix: remove or rename the field (is it a typo?). See docs/content-format.md.',
    ],
  },
  {
    name: 'unknown subject, with did-you-mean',
    mutate: (t) => t.edit(VENDOR, 'subject: gpt-5-2-codex', 'subject: gpt-5-2-codx'),
    expected: [
      'content/sources/openai-launch-post/index.mdx:25 claim "openai-launch-post/terminal-bench-gpt-5-2-codex" field "subject": Unknown subject "gpt-5-2-codx". Expected the id of an entity in content/models, benchmarks, organizations or products; got "gpt-5-2-codx". Fix: did you mean "gpt-5-2-codex" or "gpt-5-3-codex"? Otherwise add the entity.',
    ],
  },
  {
    name: 'unknown property, with did-you-mean',
    mutate: (t) => t.edit(BLOG, 'property: max-output-tokens', 'property: max-output-token'),
    expected: [
      'content/sources/dev-blog-week-with-codex/index.mdx:40 claim "dev-blog-week-with-codex/max-output-tokens" field "property": Unknown property "max-output-token". Expected a property id from content/properties/; got "max-output-token". Fix: did you mean "max-output-tokens"? Otherwise add the property (one YAML file in content/properties/).',
    ],
  },
  {
    name: 'unknown qualifier key',
    mutate: (t) => t.edit(BLOG, 'variant: smoke tests', 'varient: smoke tests'),
    expected: [
      'content/sources/dev-blog-week-with-codex/index.mdx:32 claim "dev-blog-week-with-codex/terminal-bench-smoke-tests" field "qualifiers.varient": Unknown qualifier "varient". Expected one of benchmark, comparedTo, effort, metric, variant, channel, direction, language, stage, domain, trigger, scope, condition; got "varient". Fix: did you mean "variant"? Otherwise add the qualifier.',
    ],
  },
  {
    name: 'qualifier referencing an unknown benchmark',
    mutate: (t) => t.edit(BLOG, 'benchmark: swe-bench-pro', 'benchmark: swe-bench-pr'),
    expected: [
      'content/sources/dev-blog-week-with-codex/index.mdx:23 claim "dev-blog-week-with-codex/swe-bench-pro-hardest" field "qualifiers.benchmark": Unknown benchmark "swe-bench-pr" in qualifier "benchmark". Expected the id of a benchmark; got "swe-bench-pr". Fix: did you mean "swe-bench-pro"? Otherwise add the benchmark.',
    ],
  },
  {
    name: 'qualifier value outside its list (effort)',
    mutate: (t) => t.edit(VENDOR, '      effort: xhigh\n    value: "64.0"', '      effort: extra-high\n    value: "64.0"'),
    expected: [
      'content/sources/openai-launch-post/index.mdx:27 claim "openai-launch-post/terminal-bench-gpt-5-2-codex" field "qualifiers.effort": Invalid reasoning effort "extra-high". Expected one of xhigh, high, medium, low, minimal; got "extra-high". Fix: use one of the listed values.',
    ],
  },
  {
    name: 'missing required qualifier',
    mutate: (t) => t.edit(VENDOR, '    qualifiers:\n      channel: cli\n', ''),
    expected: [
      'content/sources/openai-launch-post/index.mdx:38 claim "openai-launch-post/availability-cli" field "qualifiers.channel": Property "availability" needs the qualifier "channel". Expected qualifiers: { channel: ... }; got (missing). Fix: add the channel the source states the figure for.',
    ],
  },
  {
    name: 'text where a date belongs',
    mutate: (t) => t.edit(VENDOR, 'value: 2026-02-05', 'value: early February'),
    expected: [
      'content/sources/openai-launch-post/index.mdx:36 claim "openai-launch-post/release-date" field "value": Value does not fit property "release-date" (date). Expected a real date written as YYYY-MM-DD, YYYY-MM or YYYY; got "early February". Fix: write the value in a form the property "release-date" accepts, or use another property.',
    ],
  },
  {
    name: 'number where a boolean belongs',
    mutate: (t) => t.edit(VENDOR, 'value: true', 'value: 1'),
    expected: [
      'content/sources/openai-launch-post/index.mdx:49 claim "openai-launch-post/most-capable" field "value": Value does not fit property "most-capable-agentic-coding-model" (boolean). Expected a boolean: true or false (unquoted); got 1. Fix: write the value in a form the property "most-capable-agentic-coding-model" accepts, or use another property.',
    ],
  },
  {
    name: 'quoted "true" where a boolean belongs',
    mutate: (t) => t.edit(VENDOR, 'value: true', 'value: "true"'),
    expected: [
      'content/sources/openai-launch-post/index.mdx:49 claim "openai-launch-post/most-capable" field "value": Value does not fit property "most-capable-agentic-coding-model" (boolean). Expected a boolean: true or false (unquoted); got "true". Fix: write the value in a form the property "most-capable-agentic-coding-model" accepts, or use another property.',
    ],
  },
  {
    name: 'enum value not allowed',
    mutate: (t) => t.edit(VENDOR, 'value: available', 'value: available-now'),
    expected: [
      'content/sources/openai-launch-post/index.mdx:43 claim "openai-launch-post/availability-cli" field "value": Value does not fit property "availability" (enum). Expected one of: "available", "not-yet-available", "not-available"; got "available-now". Fix: write the value in a form the property "availability" accepts, or use another property.',
    ],
  },
  {
    name: 'empty text value',
    mutate: (t) => t.edit(BLOG, 'value: gpt-5.3-codex', 'value: "  "'),
    expected: [
      'content/sources/dev-blog-week-with-codex/index.mdx:48 claim "dev-blog-week-with-codex/model-identifier" field "value": Value does not fit property "model-identifier" (text). Expected a non-empty text; got "  ". Fix: write the value in a form the property "model-identifier" accepts, or use another property.',
    ],
  },
  {
    name: 'a percentage above 100',
    mutate: (t) => t.edit(BLOG, 'value: ">90"', 'value: ">190"'),
    expected: [
      'content/sources/dev-blog-week-with-codex/index.mdx:35 claim "dev-blog-week-with-codex/terminal-bench-smoke-tests" field "value": A value in percent must lie between 0 and 100. Expected a number between 0 and 100; got ">190". Fix: check the figure against the quote; a percentage lies between 0 and 100 (use unit "% change" for increases and decreases).',
    ],
  },
  {
    name: 'a negative percentage',
    mutate: (t) => t.edit(BLOG, 'value: ">90"', 'value: "-5"'),
    expected: [
      'content/sources/dev-blog-week-with-codex/index.mdx:35 claim "dev-blog-week-with-codex/terminal-bench-smoke-tests" field "value": A value in percent must lie between 0 and 100. Expected a number between 0 and 100; got "-5". Fix: check the figure against the quote; a percentage lies between 0 and 100 (use unit "% change" for increases and decreases).',
    ],
  },
  {
    name: 'range with the lower end second',
    mutate: (t) => t.edit(BLOG, 'value: "10-20"', 'value: "20-10"'),
    expected: [
      'content/sources/dev-blog-week-with-codex/index.mdx:26 claim "dev-blog-week-with-codex/swe-bench-pro-hardest" field "value": Value does not fit property "benchmark-score" (number). Expected a range whose lower end comes first, such as "10-20"; got "20-10". Fix: write the value in a form the property "benchmark-score" accepts, or use another property.',
    ],
  },
  {
    name: 'unit of the wrong dimension',
    mutate: (t) => t.edit(BLOG, 'unit: tokens', 'unit: hours'),
    expected: [
      'content/sources/dev-blog-week-with-codex/index.mdx:42 claim "dev-blog-week-with-codex/max-output-tokens" field "unit": Unit "hours" does not fit property "max-output-tokens", which is measured in "tokens". Expected a count unit such as "tokens"; got "hours". Fix: convert nothing: state the unit the source uses, if it is a count; otherwise choose another property.',
    ],
  },
  {
    name: 'unknown unit',
    mutate: (t) => t.edit(BLOG, 'unit: tokens', 'unit: tokenz'),
    expected: [
      'content/sources/dev-blog-week-with-codex/index.mdx:42 claim "dev-blog-week-with-codex/max-output-tokens" field "unit": Unknown unit "tokenz". Expected one of %, fraction, % change, x, count, number, parameters, tokens, USD, USD per 1M tokens, USD per 1K tokens, seconds, minutes, hours, days, months, years, kWh; got "tokenz". Fix: use a unit from the registry (src/lib/units.ts).',
    ],
  },
  {
    name: 'unit on a boolean property',
    mutate: (t) => t.edit(VENDOR, 'value: true', 'value: true\n    unit: "%"'),
    expected: [
      'content/sources/openai-launch-post/index.mdx:50 claim "openai-launch-post/most-capable" field "unit": Property "most-capable-agentic-coding-model" is a boolean and takes no unit. Expected no unit; got "%". Fix: remove the unit.',
    ],
  },
  {
    name: 'duplicate claim id',
    mutate: (t) => t.edit(BLOG, 'id: max-output-tokens', 'id: training-data-size'),
    expected: [
      'content/sources/dev-blog-week-with-codex/index.mdx:38 claim "dev-blog-week-with-codex/training-data-size" field "id": Duplicate claim id "training-data-size" (first used on line 13). Expected a claim id unique within the source; got "training-data-size". Fix: give this claim its own id; ids are permalinks, so never reuse or renumber one.',
    ],
  },
  {
    name: 'quote not in the snapshot (one word changed)',
    mutate: (t) => t.edit(BLOG, 'in one reply.', 'in one response.'),
    expected: [
      'content/sources/dev-blog-week-with-codex/index.mdx:43 claim "dev-blog-week-with-codex/max-output-tokens" field "quote": Quote not found in snapshot.txt. Expected text copied from snapshot.txt (only whitespace runs and typographic quotes, dashes and hyphens may differ); got "It can write up to 128,000 output tokens in one response.". Fix: copy the sentence again from content/sources/dev-blog-week-with-codex/snapshot.txt; do not paraphrase, abridge or fix typos.',
    ],
  },
  {
    name: 'ambiguous quote (occurs twice, no prefix or suffix)',
    mutate: (t) =>
      t.edit(BLOG, 'quote: "It can write up to 128,000 output tokens in one reply."\n    figure: "128,000"', 'quote: "tokens"'),
    expected: [
      'content/sources/dev-blog-week-with-codex/index.mdx:43 claim "dev-blog-week-with-codex/max-output-tokens" field "quote": Quote occurs 2 times in content/sources/dev-blog-week-with-codex/snapshot.txt: line 4 (offset 144), line 7 (offset 345). Expected a quote that resolves to exactly one span of the snapshot; got "tokens". Fix: add "prefix" (the words right before the wanted occurrence) or "suffix" (the words right after it), or quote a longer passage.',
    ],
  },
  {
    name: 'prefix that stands before no occurrence of the quote',
    mutate: (t) =>
      t.edit(
        BLOG,
        'quote: "It can write up to 128,000 output tokens in one reply."\n    figure: "128,000"',
        'quote: "tokens"\n    prefix: "input"',
      ),
    expected: [
      'content/sources/dev-blog-week-with-codex/index.mdx:44 claim "dev-blog-week-with-codex/max-output-tokens" field "prefix": No occurrence of the quote in content/sources/dev-blog-week-with-codex/snapshot.txt has this prefix next to it; the quote occurs at line 4 (offset 144), line 7 (offset 345). Expected the text right before one occurrence of the quote; got "input". Fix: copy the words right before the wanted occurrence from content/sources/dev-blog-week-with-codex/snapshot.txt, or remove "prefix".',
    ],
  },
  {
    name: 'suffix that stands after no occurrence of the quote',
    mutate: (t) =>
      t.edit(
        BLOG,
        'quote: "It can write up to 128,000 output tokens in one reply."\n    figure: "128,000"',
        'quote: "tokens"\n    suffix: "of input"',
      ),
    expected: [
      'content/sources/dev-blog-week-with-codex/index.mdx:44 claim "dev-blog-week-with-codex/max-output-tokens" field "suffix": No occurrence of the quote in content/sources/dev-blog-week-with-codex/snapshot.txt has this suffix next to it; the quote occurs at line 4 (offset 144), line 7 (offset 345). Expected the text right after one occurrence of the quote; got "of input". Fix: copy the words right after the wanted occurrence from content/sources/dev-blog-week-with-codex/snapshot.txt, or remove "suffix".',
    ],
  },
  {
    name: 'a prefix that fits with a suffix that does not: the suffix is named',
    mutate: (t) =>
      t.edit(
        BLOG,
        'quote: "It can write up to 128,000 output tokens in one reply."\n    figure: "128,000"',
        'quote: "tokens"\n    prefix: "output"\n    suffix: "of input"',
      ),
    expected: [
      'content/sources/dev-blog-week-with-codex/index.mdx:45 claim "dev-blog-week-with-codex/max-output-tokens" field "suffix": No occurrence of the quote in content/sources/dev-blog-week-with-codex/snapshot.txt has this suffix next to it; the quote occurs at line 4 (offset 144), line 7 (offset 345). Expected the text right after one occurrence of the quote; got "of input". Fix: copy the words right after the wanted occurrence from content/sources/dev-blog-week-with-codex/snapshot.txt, or remove "suffix".',
    ],
  },
  {
    name: "quoted words in an editor's note that no snapshot contains",
    mutate: (t) => {
      mkdirSync(t.path('notes'), { recursive: true });
      t.write(
        'notes/training-data.mdx',
        '---\nfinding: unsupported--gpt-5-3-codex--training-data-size\n---\nThe post says "1.5 trillion tokens", not "2 trillion tokens".\n',
      );
    },
    expected: [
      'content/notes/training-data.mdx:4 field "body": The note quotes "2 trillion tokens", which no source\'s snapshot contains. Expected quoted words copied from a snapshot (only whitespace runs and typographic quotes, dashes and hyphens may differ; letter case must match); got "2 trillion tokens". Fix: quote the source\'s own words, or remove the quotation marks where the words are the site\'s.',
    ],
  },
  {
    name: "a claim's note quoting its snapshot with other capitals (#12.8)",
    mutate: (t) =>
      t.edit(
        BLOG,
        'note: "Second-hand and unconfirmed, as the post itself says."',
        'note: "\\"Reportedly\\" marks the figure as second-hand."',
      ),
    expected: [
      'content/sources/dev-blog-week-with-codex/index.mdx:19 claim "dev-blog-week-with-codex/training-data-size" field "note": The note quotes "Reportedly", which content/sources/dev-blog-week-with-codex/snapshot.txt does not contain. Expected quoted words copied from this claim\'s snapshot, content/sources/dev-blog-week-with-codex/snapshot.txt (only whitespace runs and typographic quotes, dashes and hyphens may differ; letter case must match); got "Reportedly". Fix: copy the words with the snapshot\'s own letters (it has "reportedly"), or remove the quotation marks where the words are the site\'s.',
    ],
  },
  {
    name: "a source's summary quoting words of another source's snapshot (#12.8)",
    mutate: (t) =>
      t.edit(
        BLOG,
        'A made-up blog post: second-hand training-data size,',
        'A made-up blog post: it calls the model\n"most capable agentic coding model" (the vendor\'s words, not its own), second-hand training-data size,',
      ),
    expected: [
      'content/sources/dev-blog-week-with-codex/index.mdx:58 field "body": The summary quotes "most capable agentic coding model", which content/sources/dev-blog-week-with-codex/snapshot.txt does not contain. Expected quoted words copied from this source\'s snapshot, content/sources/dev-blog-week-with-codex/snapshot.txt (only whitespace runs and typographic quotes, dashes and hyphens may differ; letter case must match); got "most capable agentic coding model". Fix: quote the source\'s own words, or remove the quotation marks where the words are the site\'s.',
    ],
  },
  {
    name: 'an entity page quoting words no snapshot contains, the quote wrapped onto a second line (#12.8)',
    mutate: (t) =>
      t.edit('models/gpt-5-3-codex.mdx', "in its vendor's own table.", 'in its vendor\'s own table, the "best score\nso far".'),
    expected: [
      'content/models/gpt-5-3-codex.mdx:10 field "body": The page text quotes "best score so far", which no source\'s snapshot contains. Expected quoted words copied from a snapshot (only whitespace runs and typographic quotes, dashes and hyphens may differ; letter case must match); got "best score so far". Fix: quote the source\'s own words, or remove the quotation marks where the words are the site\'s.',
    ],
  },
  {
    name: 'empty quote',
    mutate: (t) => t.edit(BLOG, 'quote: "It can write up to 128,000 output tokens in one reply."', 'quote: ""'),
    expected: [
      'content/sources/dev-blog-week-with-codex/index.mdx:43 claim "dev-blog-week-with-codex/max-output-tokens" field "quote": Invalid value for "quote". Expected a non-empty text; got "". Fix: correct "quote". See docs/content-format.md.',
    ],
  },
  {
    name: 'markup/script inside a quote',
    mutate: (t) => t.edit(BLOG, 'output tokens in one reply."', 'output tokens <script>alert(1)</script>"'),
    expected: [
      'content/sources/dev-blog-week-with-codex/index.mdx:43 claim "dev-blog-week-with-codex/max-output-tokens" field "quote": Quote contains markup ("<script>") that is not in the snapshot. Expected text copied from snapshot.txt (only whitespace runs and typographic quotes, dashes and hyphens may differ); got "It can write up to 128,000 output tokens <script>alert(1)</script>". Fix: remove the markup; quotes are plain text from the snapshot and are shown as text.',
    ],
  },
  {
    name: 'figure not in the quote',
    mutate: (t) => t.edit(BLOG, 'figure: "128,000"', 'figure: "256,000"'),
    expected: [
      'content/sources/dev-blog-week-with-codex/index.mdx:44 claim "dev-blog-week-with-codex/max-output-tokens" field "figure": The figure is not part of the quote. Expected a piece of the quote, e.g. "77.3%"; got "256,000". Fix: copy the figure exactly as it stands in the quote, or remove "figure".',
    ],
  },
  {
    name: 'snapshot hash mismatch (one byte changed)',
    mutate: (t) => {
      const bytes = readFileSync(t.path(BLOG_SNAPSHOT));
      bytes[2] = 0x09; // a tab for the space in "My week": the text changed, every quote still resolves
      writeFileSync(t.path(BLOG_SNAPSHOT), bytes);
    },
    expected: [
      'content/sources/dev-blog-week-with-codex/index.mdx:10 field "sha256": snapshot.txt does not match its recorded sha256: the archived text changed. Expected sha256 358f61828de662179889f320ac205346871cea49122cfbc915a3e2cb2f410ddc; got sha256 4cfadad222d73d4ec654914875737265395161eb84207da94a90dc8faa1fe548. Fix: restore snapshot.txt byte for byte from the original document. Update sha256 only when archiving a new capture on purpose.',
    ],
  },
  {
    name: 'missing snapshot.txt',
    mutate: (t) => t.remove(BLOG_SNAPSHOT),
    expected: [
      'content/sources/dev-blog-week-with-codex/snapshot.txt field "snapshot": The source has no snapshot. Expected a byte-identical copy of the document in snapshot.txt beside index.mdx; got (missing file). Fix: copy the original document there (npm run source:add does it for you).',
    ],
  },
  {
    name: 'invalid sha256 format',
    mutate: (t) => t.edit(BLOG, 'sha256: 358f61828de662179889f320ac205346871cea49122cfbc915a3e2cb2f410ddc', 'sha256: 358F61828DE6'),
    expected: [
      'content/sources/dev-blog-week-with-codex/index.mdx:10 field "sha256": Invalid value for "sha256". Expected 64 lower-case hex digits; got "358F61828DE6". Fix: correct "sha256". See docs/content-format.md.',
    ],
  },
  {
    name: 'impossible date in published (2026-02-30)',
    mutate: (t) => t.edit(VENDOR, 'published: 2026-02-05', 'published: 2026-02-30'),
    expected: [
      'content/sources/openai-launch-post/index.mdx:5 field "published": "published" is not a real date. Expected a real date written as YYYY-MM-DD, YYYY-MM or YYYY, or null when the source does not state it; got "2026-02-30". Fix: write the date exactly as the source states it, or null. Never guess a date.',
    ],
  },
  {
    name: 'retrieved that is not a date',
    mutate: (t) => t.edit(BLOG, 'retrieved: "2026-02-10"', 'retrieved: yesterday'),
    expected: [
      'content/sources/dev-blog-week-with-codex/index.mdx:6 field "retrieved": "retrieved" is not a real date. Expected a real date written as YYYY-MM-DD, YYYY-MM or YYYY, or null when the source does not state it; got "yesterday". Fix: write the date exactly as the source states it, or null. Never guess a date.',
    ],
  },
  {
    name: 'invalid url',
    mutate: (t) => t.edit(BLOG, 'url: null', 'url: openai.com/index'),
    expected: [
      'content/sources/dev-blog-week-with-codex/index.mdx:4 field "url": Invalid value for "url". Expected an absolute http(s) URL stated in the text, or null; got "openai.com/index". Fix: correct "url". See docs/content-format.md.',
    ],
  },
  {
    name: 'unknown kind',
    mutate: (t) => t.edit(BLOG, 'kind: blog', 'kind: blogg'),
    expected: [
      'content/sources/dev-blog-week-with-codex/index.mdx:7 field "kind": Invalid value for "kind". Expected one of vendor, press, reference, wiki, glossary, blog, marketing; got "blogg". Fix: correct "kind". See docs/content-format.md.',
    ],
  },
  {
    name: 'YAML syntax error',
    mutate: (t) => t.edit(BLOG, 'kind: blog', 'kind: blog: oops'),
    expected: [
      'content/sources/dev-blog-week-with-codex/index.mdx:7 field "(yaml)": The YAML does not parse, so nothing in this file could be checked. Expected valid YAML (quote texts that contain ": " or start with a special character); got "Nested mappings are not allowed in compact mappings". Fix: fix the YAML at the line given; `npm run content:check` re-checks in seconds.',
    ],
  },
  {
    name: 'model with an unknown predecessor',
    mutate: (t) => t.edit('models/gpt-5-3-codex.mdx', 'predecessor: null', 'predecessor: gpt-5-1-codex'),
    expected: [
      'content/models/gpt-5-3-codex.mdx:7 field "predecessor": Unknown model "gpt-5-1-codex". Expected the id of a model in content/models/; got "gpt-5-1-codex". Fix: did you mean "gpt-5-2-codex" or "gpt-5-3-codex"? Otherwise add the model.',
    ],
  },
  {
    name: 'model with an unknown vendor',
    mutate: (t) => t.edit('models/gpt-5-2-codex.mdx', 'vendor: openai', 'vendor: anthropic'),
    expected: [
      'content/models/gpt-5-2-codex.mdx:5 field "vendor": Unknown organization "anthropic". Expected the id of an organization in content/organizations/; got "anthropic". Fix: no organization has a similar id: use an existing one or add the organization.',
    ],
  },
  {
    name: 'product with an unknown vendor',
    mutate: (t) => t.edit('products/codex-cli.mdx', 'vendor: openai', 'vendor: open-ai'),
    expected: [
      'content/products/codex-cli.mdx:5 field "vendor": Unknown organization "open-ai". Expected the id of an organization in content/organizations/; got "open-ai". Fix: did you mean "openai"? Otherwise add the organization.',
    ],
  },
  {
    name: 'benchmark with an unknown unit',
    mutate: (t) => t.edit('benchmarks/swe-bench-pro.mdx', 'unit: "%"', 'unit: percent'),
    expected: [
      'content/benchmarks/swe-bench-pro.mdx:6 field "unit": Unknown unit "percent". Expected one of %, fraction, % change, x, count, number, parameters, tokens, USD, USD per 1M tokens, USD per 1K tokens, seconds, minutes, hours, days, months, years, kWh; got "percent". Fix: use a unit from the registry (src/lib/units.ts).',
    ],
  },
  {
    name: 'entity id used twice',
    mutate: (t) => t.write('products/openai.mdx', '---\nname: OpenAI shop\ndescription: A clash.\n---\n'),
    expected: [
      'content/products/openai.mdx:1 field "id": Entity id "openai" is already used by content/organizations/openai.mdx. Expected an id unique across models, benchmarks, organizations and products; got "openai". Fix: rename one of the files; claims refer to entities by id.',
    ],
  },
  {
    name: '<Cite> to an unknown claim',
    mutate: (t) =>
      t.edit(
        'models/gpt-5-3-codex.mdx',
        'openai-launch-post/terminal-bench-gpt-5-3-codex',
        'openai-launch-post/terminal-bench-gpt-5-3-codx',
      ),
    expected: [
      'content/models/gpt-5-3-codex.mdx:10 field "Cite.claim": <Cite> points at unknown claim "openai-launch-post/terminal-bench-gpt-5-3-codx". Expected a claim id written as "<source slug>/<claim id>"; got "openai-launch-post/terminal-bench-gpt-5-3-codx". Fix: did you mean "openai-launch-post/terminal-bench-gpt-5-3-codex" or "openai-launch-post/terminal-bench-gpt-5-2-codex"? Otherwise add the claim.',
    ],
  },
  {
    name: 'property file with an unknown unit',
    mutate: (t) =>
      t.write(
        'properties/context-window.yaml',
        'label: "Context window"\ndescription: "Tokens the model reads at once."\nvalueType: number\nunit: tokenz\n',
      ),
    expected: [
      'content/properties/context-window.yaml:4 field "unit": A number property needs a unit from the registry. Expected one of %, fraction, % change, x, count, number, parameters, tokens, USD, USD per 1M tokens, USD per 1K tokens, seconds, minutes, hours, days, months, years, kWh; got "tokenz". Fix: set "unit:" to the canonical unit of the property.',
    ],
  },
  {
    name: 'property file with an invalid valueType',
    mutate: (t) =>
      t.write(
        'properties/context-window.yaml',
        'label: "Context window"\ndescription: "Tokens the model reads at once."\nvalueType: integer\nunit: tokens\n',
      ),
    expected: [
      'content/properties/context-window.yaml:3 field "valueType": Invalid value for "valueType". Expected one of number, text, enum, boolean, date; got "integer". Fix: correct "valueType". See docs/content-format.md.',
    ],
  },
  {
    name: 'property comparing an unknown property',
    mutate: (t) =>
      t.write(
        'properties/score-gain.yaml',
        'label: "Score gain"\ndescription: "How much a score rose."\nvalueType: number\nunit: "% change"\ncompares: benchmark-scor\nrelation: percent-change\n',
      ),
    expected: [
      'content/properties/score-gain.yaml:5 field "compares": Unknown property "benchmark-scor". Expected a property id from content/properties/; got "benchmark-scor". Fix: did you mean "benchmark-score"? Otherwise add the property.',
    ],
  },
  // Kinds found by the mutation test (mutation-run.ts, run in shards by mutations-<n>.test.ts) that no fixture covered:
  {
    name: 'a byte-order mark before the frontmatter (found by the mutation test)',
    mutate: (t) => t.write('models/gpt-5-2-codex.mdx', `\ufeff${t.read('models/gpt-5-2-codex.mdx')}`),
    expected: [
      'content/models/gpt-5-2-codex.mdx:1 field "(encoding)": The file starts with a byte-order mark (U+FEFF), so its first line is not read as written. Expected UTF-8 text without a byte-order mark; got "\\ufeff" before the first line. Fix: save the file as UTF-8 without BOM (most editors call it "UTF-8", not "UTF-8 with BOM").',
    ],
  },
  {
    name: 'a field with an empty name is located at its line (found by the mutation test)',
    mutate: (t) => t.write('properties/max-output-tokens.yaml', `${t.read('properties/max-output-tokens.yaml')}: stray\n`),
    expected: [
      'content/properties/max-output-tokens.yaml:9 field "(no name)": Unknown field "". Expected only the fields documented in docs/content-format.md; got "". Fix: remove or rename the field (is it a typo?). See docs/content-format.md.',
    ],
  },
  {
    name: 'a huge value is shortened in the message (found by the mutation test)',
    mutate: (t) => t.edit('products/codex-cli.mdx', 'vendor: openai', `vendor: ${'x'.repeat(200_000)}`),
    expected: [
      `content/products/codex-cli.mdx:5 field "vendor": Unknown organization "${'x'.repeat(116)}…". Expected the id of an organization in content/organizations/; got "${'x'.repeat(116)}…". Fix: no organization has a similar id: use an existing one or add the organization.`,
    ],
  },
  {
    name: 'frontmatter that is a list, not fields',
    mutate: (t) => t.write('organizations/openai.mdx', '---\n- name: OpenAI\n---\n'),
    expected: [
      'content/organizations/openai.mdx:1 field "(yaml)": The YAML is not a map of fields, so nothing in this file could be checked. Expected one "field: value" per line, such as "title: ..."; got [{"name":"OpenAI"}]. Fix: write the fields as "name: value" lines (see docs/content-format.md).',
    ],
  },
  // Coverage (src/lib/content/rules/coverage.ts) and the closed list of not-a-claim reasons (src/schemas/not-claim.ts).
  {
    name: 'a not-a-claim entry deleted: its sentence is unaccounted text',
    mutate: (t) => t.edit(BLOG, POSTED, ''),
    expected: [
      'content/sources/dev-blog-week-with-codex/snapshot.txt:2 field "notClaims": Unaccounted text: this sentence of content/sources/dev-blog-week-with-codex/snapshot.txt (line 2) supports no claim of the source and is not listed under notClaims: in content/sources/dev-blog-week-with-codex/index.mdx. Expected every sentence, list item and table cell of the snapshot quoted by a claim or inside a notClaims passage; got "Posted in February 2026 — notes from a developer, not a benchmark.". Fix: add a claim quoting it to content/sources/dev-blog-week-with-codex/index.mdx, or list it under notClaims: there with a reason (navigation, heading, metadata, promotion, example, chart, rhetoric, background, repeats, mentions-term).',
    ],
  },
  {
    name: 'a not-a-claim quote that is not in the snapshot',
    mutate: (t) => t.edit(BLOG, '"My week with GPT-5.3-Codex"', '"My month with GPT-5.3-Codex"'),
    expected: [
      'content/sources/dev-blog-week-with-codex/index.mdx:51 field "notClaims": notClaims[0] (quote): Quote not found in snapshot.txt. Expected text copied from snapshot.txt (only whitespace runs and typographic quotes, dashes and hyphens may differ); got "My month with GPT-5.3-Codex". Fix: copy the sentence again from content/sources/dev-blog-week-with-codex/snapshot.txt; do not paraphrase, abridge or fix typos.',
    ],
  },
  postedReason(
    'a not-a-claim reason outside the closed list',
    'menu',
    'content/sources/dev-blog-week-with-codex/index.mdx:51 field "notClaims.1.reason": Invalid value for "notClaims.1.reason". Expected one of navigation, heading, metadata, promotion, example, chart, rhetoric, background, repeats, mentions-term; got "menu". Fix: correct "notClaims.1.reason". See docs/content-format.md.',
  ),
  postedReason(
    'reason repeats without the claim it repeats',
    'repeats',
    'content/sources/dev-blog-week-with-codex/index.mdx:51 field "notClaims.1.claim": Missing required field "notClaims.1.claim". Expected the id of the claim this passage repeats, e.g. claim: speed-25-percent; got (missing). Fix: add "notClaims.1.claim:" to the frontmatter. See docs/content-format.md.',
  ),
  postedReason(
    'reason repeats naming a claim the source does not have',
    'repeats\n    claim: no-such-claim',
    'content/sources/dev-blog-week-with-codex/index.mdx:51 field "notClaims": notClaims[1] (claim): the passage is listed as repeating claim "no-such-claim", which this source does not have. Expected the id of a claim of content/sources/dev-blog-week-with-codex/index.mdx; got "no-such-claim". Fix: name the claim the passage restates (its id: field), or give another reason.',
  ),
  postedReason(
    'reason background without a note saying why',
    'background',
    'content/sources/dev-blog-week-with-codex/index.mdx:51 field "notClaims.1.note": Missing required field "notClaims.1.note". Expected a note saying why (reason background needs one); got (missing). Fix: add "notClaims.1.note:" to the frontmatter. See docs/content-format.md.',
  ),
  postedReason(
    'a claim named on a reason other than repeats',
    'metadata\n    claim: max-output-tokens',
    'content/sources/dev-blog-week-with-codex/index.mdx:51 field "notClaims.1.claim": Invalid value for "notClaims.1.claim". Expected no "claim" unless the reason is repeats; got "max-output-tokens". Fix: correct "notClaims.1.claim". See docs/content-format.md.',
  ),
];

describe('bad content: one mutation, exact messages', () => {
  it.each(cases)('$name', ({ mutate, expected }) => {
    expect(errorsAfter(mutate)).toEqual(expected);
  });

  it('covers at least 20 kinds of mistake, each case with its own name', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });
});

describe('errors are never dropped', () => {
  it('reports three distinct problems in one file as three errors', () => {
    const { messages } = checkMutated((t) => {
      t.edit(BLOG, 'published: 2026-02', 'published: 2026-13');
      t.edit(BLOG, 'subject: gpt-5-3-codex\n    property: training-data-size', 'subject: gpt-5-3-codx\n    property: training-data-size');
      t.edit(BLOG, 'in one reply.', 'in one response.');
    });
    expect(messages).toEqual([
      'content/sources/dev-blog-week-with-codex/index.mdx:5 field "published": "published" is not a real date. Expected a real date written as YYYY-MM-DD, YYYY-MM or YYYY, or null when the source does not state it; got "2026-13". Fix: write the date exactly as the source states it, or null. Never guess a date.',
      'content/sources/dev-blog-week-with-codex/index.mdx:14 claim "dev-blog-week-with-codex/training-data-size" field "subject": Unknown subject "gpt-5-3-codx". Expected the id of an entity in content/models, benchmarks, organizations or products; got "gpt-5-3-codx". Fix: did you mean "gpt-5-3-codex" or "gpt-5-2-codex"? Otherwise add the entity.',
      'content/sources/dev-blog-week-with-codex/index.mdx:43 claim "dev-blog-week-with-codex/max-output-tokens" field "quote": Quote not found in snapshot.txt. Expected text copied from snapshot.txt (only whitespace runs and typographic quotes, dashes and hyphens may differ); got "It can write up to 128,000 output tokens in one response.". Fix: copy the sentence again from content/sources/dev-blog-week-with-codex/snapshot.txt; do not paraphrase, abridge or fix typos.',
    ]);
  });

  it('reports three distinct problems in one claim as three errors', () => {
    const { messages, content } = checkMutated((t) => {
      t.edit(BLOG, 'subject: gpt-5-3-codex\n    property: max-output-tokens', 'subject: gpt-5-3-codx\n    property: max-output-tokens');
      t.edit(BLOG, 'unit: tokens', 'unit: hours');
      t.edit(BLOG, 'figure: "128,000"', 'figure: "256,000"');
    });
    expect(messages).toEqual([
      'content/sources/dev-blog-week-with-codex/index.mdx:39 claim "dev-blog-week-with-codex/max-output-tokens" field "subject": Unknown subject "gpt-5-3-codx". Expected the id of an entity in content/models, benchmarks, organizations or products; got "gpt-5-3-codx". Fix: did you mean "gpt-5-3-codex" or "gpt-5-2-codex"? Otherwise add the entity.',
      'content/sources/dev-blog-week-with-codex/index.mdx:42 claim "dev-blog-week-with-codex/max-output-tokens" field "unit": Unit "hours" does not fit property "max-output-tokens", which is measured in "tokens". Expected a count unit such as "tokens"; got "hours". Fix: convert nothing: state the unit the source uses, if it is a count; otherwise choose another property.',
      'content/sources/dev-blog-week-with-codex/index.mdx:44 claim "dev-blog-week-with-codex/max-output-tokens" field "figure": The figure is not part of the quote. Expected a piece of the quote, e.g. "77.3%"; got "256,000". Fix: copy the figure exactly as it stands in the quote, or remove "figure".',
    ]);
    // An invalid claim never reaches the typed content; the other ten do.
    expect(content.claims.map((c) => c.id)).not.toContain('dev-blog-week-with-codex/max-output-tokens');
    expect(content.claims).toHaveLength(10);
  });

  it('reports problems in three different files, in properties, entities, sources order', () => {
    const { messages } = checkMutated((t) => {
      t.edit(VENDOR, 'value: available', 'value: available-now');
      t.edit('products/codex-cli.mdx', 'vendor: openai', 'vendor: open-ai');
      t.write('properties/context-window.yaml', 'label: "Context window"\ndescription: "Tokens read at once."\nvalueType: number\n');
    });
    expect(messages.map((m) => m.slice(0, m.indexOf(' field '))).sort()).toEqual([
      'content/products/codex-cli.mdx:5',
      'content/properties/context-window.yaml',
      'content/sources/openai-launch-post/index.mdx:43 claim "openai-launch-post/availability-cli"',
    ]);
    expect(messages).toHaveLength(3);
    expect(messages[0]).toBe(
      'content/properties/context-window.yaml field "unit": A number property needs a unit from the registry. Expected one of %, fraction, % change, x, count, number, parameters, tokens, USD, USD per 1M tokens, USD per 1K tokens, seconds, minutes, hours, days, months, years, kWh; got null. Fix: set "unit:" to the canonical unit of the property.',
    );
  });
});

/** The message for a quote that is not in the blog snapshot. */
const notFound = (line: number, claim: string, quote: string): string =>
  `content/sources/dev-blog-week-with-codex/index.mdx:${line} claim "dev-blog-week-with-codex/${claim}" field "quote": Quote not found in snapshot.txt. Expected text copied from snapshot.txt (only whitespace runs and typographic quotes, dashes and hyphens may differ); got ${JSON.stringify(quote)}. Fix: copy the sentence again from content/sources/dev-blog-week-with-codex/snapshot.txt; do not paraphrase, abridge or fix typos.`;

describe('quote tolerance loosens nothing else', () => {
  const original = "The model was reportedly trained on 1.5 trillion tokens, though OpenAI hasn't confirmed that.";
  const variants: [string, string][] = [
    ['one letter changed', "The model was reportedly trained on 1.5 trillion tokans, though OpenAI hasn't confirmed that."],
    ['case changed', "the model was reportedly trained on 1.5 trillion tokens, though OpenAI hasn't confirmed that."],
    ['a comma missing', "The model was reportedly trained on 1.5 trillion tokens though OpenAI hasn't confirmed that."],
    ['an ellipsis for skipped words (…)', 'The model was reportedly trained on 1.5 trillion tokens, … confirmed that.'],
    ['an ellipsis for skipped words (...)', 'The model was reportedly trained on 1.5 trillion tokens, ... confirmed that.'],
    ['a word skipped', "The model was trained on 1.5 trillion tokens, though OpenAI hasn't confirmed that."],
    ['an apostrophe dropped', 'The model was reportedly trained on 1.5 trillion tokens, though OpenAI hasnt confirmed that.'],
    ['a space inside a word', "The model was reportedly trained on 1.5 trillion tokens, though OpenAI hasn't con firmed that."],
    ['two words joined', "The model was reportedly trained on 1.5 trillion tokens, though OpenAIhasn't confirmed that."],
    ['a different digit', "The model was reportedly trained on 1.6 trillion tokens, though OpenAI hasn't confirmed that."],
  ];

  it.each(variants)('rejects a quote with %s', (_, quote) => {
    expect(errorsAfter((t) => t.edit(BLOG, JSON.stringify(original), JSON.stringify(quote)))).toEqual([
      notFound(17, 'training-data-size', quote),
      ...(quote.includes('1.5 trillion tokens')
        ? []
        : [
            'content/sources/dev-blog-week-with-codex/index.mdx:18 claim "dev-blog-week-with-codex/training-data-size" field "figure": The figure is not part of the quote. Expected a piece of the quote, e.g. "77.3%"; got "1.5 trillion tokens". Fix: copy the figure exactly as it stands in the quote, or remove "figure".',
          ]),
    ]);
  });

  it('still accepts the tolerated variants: no-break spaces, tabs, typographic apostrophes, minus sign and hyphens', () => {
    const tolerated = 'The model was\u00a0reportedly\ttrained on 1.5 trillion tokens, though OpenAI hasn\u2019t confirmed that.';
    expect(errorsAfter((t) => t.edit(BLOG, JSON.stringify(original), JSON.stringify(tolerated)))).toEqual([]);
    // U+2019 and U+2018 for the apostrophes, U+2212 minus and U+2010 hyphen where the snapshot has U+2011.
    const typographic = 'Today we\u2019re releasing GPT\u22125.3\u2010Codex, OpenAI\u2018s';
    expect(errorsAfter((t) => t.edit(VENDOR, "Today we're releasing GPT-5.3-Codex, OpenAI's", typographic))).toEqual([]);
  });
});

/** The vendor fixture's snapshot and the sentence of it that its availability claim quotes. */
const VENDOR_SNAPSHOT = 'sources/openai-launch-post/snapshot.txt';
const AVAILABLE = 'It is available today in the Codex CLI for paid ChatGPT plans.';

/** Copies the good tree, applies `mutate`, and runs the whole pipeline (validation, analysis, the checks after it) on it. */
function pipelineErrorsAfter(mutate: (tree: Tree) => void): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'codex-claims-pipeline-'));
  try {
    cpSync(GOOD_DIR, dir, { recursive: true });
    mutate(new Tree(dir));
    return readSite(dir).errors.map((e) => normalize(formatError(e), dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('bad content found after the analysis: the pipeline stops with the exact message', () => {
  it('the good fixture runs through the pipeline without errors', () => {
    expect(pipelineErrorsAfter(() => {})).toEqual([]);
  });

  /** The vendor's availability sentence gains a clause on training: "trained on" is a term of training-data-size. */
  const trainedOn = (t: Tree) => {
    t.edit(VENDOR_SNAPSHOT, AVAILABLE, `${AVAILABLE.slice(0, -1)}, and it was trained on more code than any earlier model.`);
    t.edit(VENDOR, `quote: "${AVAILABLE}"`, `quote: "${AVAILABLE.slice(0, -1)}"`);
    const sha = createHash('sha256')
      .update(readFileSync(t.path(VENDOR_SNAPSHOT)))
      .digest('hex');
    t.edit(VENDOR, 'sha256: 7cc27c3bf775aa9b074966b19133f7458ddadb022155b09b77da72651eabd854', `sha256: ${sha}`);
  };

  it('a vendor passage that holds a term of a property the vendor is said to be silent on (#12.4)', () => {
    // The blog's training-data-size claim is a "not disclosed" finding. The changed sentence stays accounted for
    // (the availability claim quotes it), so validation passes and only the proof of silence can catch it.
    expect(pipelineErrorsAfter(trainedOn)).toEqual([
      'content/sources/openai-launch-post/index.mdx field "notClaims": Finding "unsupported--gpt-5-3-codex--training-data-size" says the vendor makes no claim on "training-data-size", but its snapshot states "trained on" at snapshot line 5. Expected every passage of the vendor\'s snapshot that holds a term of the property recorded as the vendor\'s claim or listed as not a claim; got "It is available today in the Codex CLI for paid ChatGPT plans, and it was trained on more code than any earlier mode…". Fix: record the vendor\'s claim (property "training-data-size") with this passage as its quote, or add it to notClaims in content/sources/openai-launch-post/index.mdx with a reason.',
    ]);
  });

  it('the same passage listed as not a claim, with its reason, passes', () => {
    const errors = pipelineErrorsAfter((t) => {
      trainedOn(t);
      t.edit(
        VENDOR,
        'notClaims:\n',
        'notClaims:\n  - quote: "and it was trained on more code than any earlier model."\n    reason: mentions-term\n    note: "Names training but states no amount of training data."\n',
      );
    });
    expect(errors).toEqual([]);
  });
});
