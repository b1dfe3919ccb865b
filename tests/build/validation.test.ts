/**
 * `npm run content:check` (scripts/content-check.ts) on fixture content: it passes on the good fixture
 * and fails with the teaching message, file:line included, on a copy with one bad quote, and on a copy
 * where a claim attributed to OpenAI cannot be proven absent from OpenAI's own text.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanTemps, editFile, GOOD, goodCopy, runScript } from './editor-helpers.ts';

afterAll(cleanTemps);

/** `npm run content:check` as a process against `dir`; its paths in the copy read "content/" (editor-helpers.ts runScript). */
const contentCheck = (dir: string) => runScript('content-check', [], dir);

describe('content:check', () => {
  it('passes on the good fixture', () => {
    const { status, stdout, stderr } = contentCheck(GOOD);
    expect(stderr).not.toContain('Content has');
    expect(stdout).toMatch(/^content:check passed: 2 sources, 11 claims, 6 entities, 8 properties, 0 notes checked in \d+ ms\.$/m);
    expect(status).toBe(0);
  });

  it('fails with exit 1 and the formatted error, with file:line, on a quote not in the snapshot', () => {
    const dir = goodCopy();
    editFile(join(dir, 'sources/dev-blog-week-with-codex/index.mdx'), 'in one reply.', 'in one response.');

    const { status, stdout, stderr } = contentCheck(dir);
    expect(stderr).toContain(
      'Content has 1 problem:\n  - content/sources/dev-blog-week-with-codex/index.mdx:43 claim "dev-blog-week-with-codex/max-output-tokens" field "quote": Quote not found in snapshot.txt. Expected text copied from snapshot.txt (only whitespace runs and typographic quotes, dashes and hyphens may differ); got "It can write up to 128,000 output tokens in one response.". Fix: copy the sentence again from content/sources/dev-blog-week-with-codex/snapshot.txt; do not paraphrase, abridge or fix typos.\n',
    );
    expect(stderr).toMatch(/content:check failed: 1 problem\(s\) in \d+ ms\./);
    expect(stdout).not.toContain('content:check passed');
    expect(status).toBe(1);
  });

  it('fails, naming the passage, when a claim is attributed to OpenAI and OpenAI’s own text holds a term of its property unaccounted for', () => {
    const dir = goodCopy();
    // The blog now says OpenAI gave the API name; "Codex CLI" is made a term of the property, so the launch post's
    // sentence naming the Codex CLI (recorded as an availability claim, not a model-identifier one) must be decided on.
    const figure = '    figure: gpt-5.3-codex\n';
    editFile(join(dir, 'sources/dev-blog-week-with-codex/index.mdx'), figure, `${figure}    attributedTo: openai\n`);
    editFile(join(dir, 'properties/model-identifier.yaml'), '"model name"]', '"model name", "Codex CLI"]');

    const { status, stderr } = contentCheck(dir);
    expect(stderr).toContain(
      'Content has 1 problem:\n  - content/sources/openai-launch-post/index.mdx field "notClaims": Finding "unconfirmed-attribution--gpt-5-3-codex--model-identifier--attributed-to-openai" says OpenAI\'s own source makes no claim on "model-identifier", but its snapshot states "Codex CLI" at snapshot line 5. Expected every passage of OpenAI\'s snapshot that holds a term of the property recorded as OpenAI\'s claim or listed as not a claim; got "It is available today in the Codex CLI for paid ChatGPT plans.". Fix: record OpenAI\'s claim (property "model-identifier") with this passage as its quote, or add it to notClaims in content/sources/openai-launch-post/index.mdx with a reason.\n',
    );
    expect(status).toBe(1);
  });
});
