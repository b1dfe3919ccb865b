/**
 * The index.mdx skeleton that source:add writes: it parses, keeps what was given, leaves the rest null,
 * and the validator (build and content:check) rejects it on exactly the three fields the editor must write.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { splitFrontmatter } from '../../../src/content-files.ts';
import { formatError } from '../../../src/lib/content/errors.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { kindList, notClaimsSkeleton, sourceSkeleton } from '../../../src/lib/editor/skeleton.ts';

const SHA = 'ab'.repeat(32);
const base = { publisher: null, url: null, published: null, retrieved: null, kind: null, sha256: SHA, from: 'post.txt' } as const;

describe('sourceSkeleton', () => {
  it('round-trips awkward titles (colons, quotes, backslashes, leading symbols)', () => {
    for (const title of [
      'Definition: GPT-5.3-Codex',
      'He said "77.3%" \\ so',
      '# not a comment',
      '- not a list',
      "It's “fine”: yes",
      'null',
      'true',
      '2026',
    ]) {
      const data = splitFrontmatter(sourceSkeleton({ ...base, title })).data as Record<string, unknown>;
      expect(data.title).toBe(title);
    }
  });

  it('writes given fields and leaves the others null, with claims: [] and coverage pending', () => {
    const text = sourceSkeleton({
      ...base,
      title: 'T',
      publisher: 'OpenAI',
      url: 'https://openai.com/x/',
      published: '2026-02-05',
      kind: 'vendor',
    });
    const { data, body } = splitFrontmatter(text);
    expect(data).toEqual({
      title: 'T',
      publisher: 'OpenAI',
      url: 'https://openai.com/x/',
      published: '2026-02-05',
      retrieved: null,
      kind: 'vendor',
      tierRationale: null,
      sha256: SHA,
      description: null,
      claims: [],
      coverage: 'pending',
    });
    expect(body).toBe(
      '{/* The summary: in your own words, what the source says and how it stands against the others. This comment is not shown. */}\n',
    );
    expect(text).toContain(`# REQUIRED kind: one of ${kindList()}.`);
    expect(kindList()).toBe(
      'vendor (tier 1), press (tier 2), reference (tier 2), wiki (tier 3), glossary (tier 3), blog (tier 3), marketing (tier 4)',
    );
  });

  it('is rejected by the validator until kind, tierRationale and description are written, each at its line', () => {
    const text = sourceSkeleton({ ...base, title: 'T' });
    const { data, body } = splitFrontmatter(text);
    const source = {
      file: 'content/sources/t/index.mdx',
      id: 't',
      text,
      data,
      body,
      snapshotFile: 'content/sources/t/snapshot.txt',
      snapshot: 'x',
      snapshotSha256: SHA,
    };
    const empty = { models: [], benchmarks: [], organizations: [], products: [], properties: [], notes: [] };
    const { errors } = validateContent({ sources: [source], ...empty });
    expect(errors.map(formatError)).toEqual([
      'content/sources/t/index.mdx:11 field "kind": "kind" is required but empty (null). Expected one of vendor, press, reference, wiki, glossary, blog, marketing; got null. Fix: write the kind. See docs/content-format.md.',
      'content/sources/t/index.mdx:13 field "tierRationale": "tierRationale" is required but empty (null). Expected a non-empty text; got null. Fix: write the tierRationale. See docs/content-format.md.',
      'content/sources/t/index.mdx:17 field "description": "description" is required but empty (null). Expected a non-empty text; got null. Fix: write the description. See docs/content-format.md.',
    ]);
    const written = text
      .replace('kind: null', 'kind: blog')
      .replace('tierRationale: null', 'tierRationale: An anonymous blog post.')
      .replace('description: null', 'description: A post.');
    const again = splitFrontmatter(written);
    // The skeleton starts with coverage pending, so the three fields are all that content:check asks for first.
    expect(validateContent({ sources: [{ ...source, text: written, data: again.data }], ...empty }).errors).toEqual([]);
    // Once coverage is switched on, the snapshot's one sentence must be accounted for: quoted by a claim or listed in notClaims.
    const checked = written.replace('\ncoverage: pending', '');
    const fourth = splitFrontmatter(checked);
    expect((fourth.data as { coverage?: string }).coverage).toBeUndefined();
    expect(validateContent({ sources: [{ ...source, text: checked, data: fourth.data }], ...empty }).errors.map(formatError)).toEqual([
      'content/sources/t/snapshot.txt:1 field "notClaims": Unaccounted text: this sentence of content/sources/t/snapshot.txt (line 1) supports no claim of the source and is not listed under notClaims: in content/sources/t/index.mdx. Expected every sentence, list item and table cell of the snapshot quoted by a claim or inside a notClaims passage; got "x". Fix: add a claim quoting it to content/sources/t/index.mdx, or list it under notClaims: there with a reason (navigation, heading, metadata, promotion, example, chart, rhetoric, background, repeats, mentions-term).',
    ]);
    const listed = checked.replace('claims: []', 'claims: []\nnotClaims:\n  - quote: x\n    reason: heading');
    const third = splitFrontmatter(listed);
    expect(validateContent({ sources: [{ ...source, text: listed, data: third.data }], ...empty }).errors).toEqual([]);
  });
});

describe('notClaimsSkeleton', () => {
  it('is comments only, so it reads as an empty list and entries can be added below', () => {
    expect(parse(notClaimsSkeleton())).toBeNull();
    expect(parse(`${notClaimsSkeleton()}- number: "5.3"\n  reason: part of a name\n`)).toEqual([
      { number: '5.3', reason: 'part of a name' },
    ]);
  });
});
