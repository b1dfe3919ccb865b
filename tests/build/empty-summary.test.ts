/**
 * An empty summary (issue #17.5): a source whose MDX body holds only the comment source:add writes renders no
 * summary, so its page has no Summary heading (nor a link to one), and content:check reports it first, with
 * the same rule (src/lib/content/summary.ts). A fixture site built from a copy of the good fixture.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/lib/build-site.ts';
import { runCli } from './cli-run.ts';

let dir: string;
let dist: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'codex-claims-empty-summary-'));
  const content = join(dir, 'content');
  cpSync('tests/fixtures/content/good', content, { recursive: true });
  const file = join(content, 'sources/dev-blog-week-with-codex/index.mdx');
  const text = readFileSync(file, 'utf8');
  const end = text.indexOf('\n---\n', 4) + '\n---\n'.length;
  writeFileSync(file, `${text.slice(0, end)}{/* The summary: in your own words. This comment is not shown. */}\n`);
  dist = join(dir, 'dist');
  buildSite({ outDir: dist, content });
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const page = (slug: string): string => readFileSync(join(dist, 'sources', slug, 'index.html'), 'utf8');

describe('a summary of only an MDX comment', () => {
  it('gives the page no Summary heading and no link to it', () => {
    expect(page('dev-blog-week-with-codex')).not.toContain('id="summary"');
    expect(page('dev-blog-week-with-codex')).not.toContain('href="#summary"');
    // The other source, whose summary is written, keeps its heading: the check is not vacuous.
    expect(page('openai-launch-post')).toContain('id="summary"');
  });

  it('is reported by content:check, which passes', async () => {
    const run = await runCli('content-check', [], join(dir, 'content'));
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('content/sources/dev-blog-week-with-codex/index.mdx: the summary is empty');
    expect(run.stdout).not.toContain('content/sources/openai-launch-post/index.mdx: the summary is empty');
  });
});
