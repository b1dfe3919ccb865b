/** The editor commands' cache of parsed frontmatter (src/frontmatter-cache.ts): a hit is the same data, a changed text misses. */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { memoryFrontmatterCache, openFrontmatterCache, type ParsedFile } from '../../../src/frontmatter-cache.ts';

const PARSED: ParsedFile = { data: { title: 'T', published: new Date('2026-02-05'), claims: [{ id: 'a' }] }, body: 'b', claimLines: [4] };

function counting(result: ParsedFile) {
  let calls = 0;
  return {
    parse: () => {
      calls++;
      return result;
    },
    calls: () => calls,
  };
}

/** A fresh cache folder whose disk cache holds `texts` (each parsed as PARSED), saved as a finished run leaves it. */
function savedCache(...texts: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'fm-cache-'));
  const run = openFrontmatterCache(root);
  for (const text of texts) run.get(text, () => PARSED);
  run.save();
  return root;
}

describe('frontmatter cache', () => {
  it('parses a text once: the next run gets an equal copy (dates still Dates) without parsing', () => {
    const root = mkdtempSync(join(tmpdir(), 'fm-cache-'));
    const first = counting(PARSED);
    const run1 = openFrontmatterCache(root);
    expect(run1.get('text', first.parse)).toBe(PARSED);
    run1.save();
    const second = counting(PARSED);
    const got = openFrontmatterCache(root).get('text', second.parse);
    expect(second.calls()).toBe(0);
    expect(got).toEqual(PARSED);
    expect((got.data as { published: unknown }).published).toBeInstanceOf(Date);
  });

  it('misses when the text changed, and gives each caller its own copy', () => {
    const root = savedCache('old text');
    const changed = counting({ data: { title: 'U' }, body: '' });
    const run2 = openFrontmatterCache(root);
    expect(run2.get('new text', changed.parse).data).toEqual({ title: 'U' });
    expect(changed.calls()).toBe(1);
    const a = run2.get('old text', () => PARSED);
    (a.data as { title: string }).title = 'changed by a caller';
    expect(run2.get('old text', () => PARSED).data).toEqual(PARSED.data);
  });

  it('keeps only the files read in the last run, in one cache file', () => {
    const root = savedCache('gone');
    const run2 = openFrontmatterCache(root);
    run2.get('kept', () => PARSED);
    run2.save();
    const third = counting(PARSED);
    openFrontmatterCache(root).get('gone', third.parse);
    expect(third.calls()).toBe(1);
    expect(readdirSync(root)).toEqual(['frontmatter.v8']);
  });

  it('writes again only what changed since it last saved, and takes entries parsed elsewhere (add, has)', () => {
    const root = mkdtempSync(join(tmpdir(), 'fm-cache-'));
    const run = openFrontmatterCache(root);
    expect(run.has('elsewhere')).toBe(false);
    run.add('elsewhere', serialize(PARSED));
    expect(run.has('elsewhere')).toBe(true);
    run.save();
    rmSync(join(root, 'frontmatter.v8'));
    run.get('elsewhere', () => PARSED);
    run.save();
    expect(existsSync(join(root, 'frontmatter.v8'))).toBe(false);
    run.get('new', () => PARSED);
    run.save();
    const next = counting(PARSED);
    const reopened = openFrontmatterCache(root);
    expect(reopened.get('elsewhere', next.parse)).toEqual(PARSED);
    expect(reopened.get('new', next.parse)).toEqual(PARSED);
    expect(next.calls()).toBe(0);
  });

  it('starts afresh from a damaged cache file', () => {
    const root = savedCache('text');
    for (const f of readdirSync(root)) writeFileSync(join(root, f), 'not a v8 serialization');
    const again = counting(PARSED);
    expect(openFrontmatterCache(root).get('text', again.parse)).toEqual(PARSED);
    expect(again.calls()).toBe(1);
  });

  it('in memory (the dev server): starts from the disk cache, then parses only changed texts, keeping the last read only', () => {
    const root = savedCache('memory: unchanged');
    const fromDisk = counting(PARSED);
    const run1 = memoryFrontmatterCache(root);
    expect(run1.get('memory: unchanged', fromDisk.parse)).toEqual(PARSED);
    run1.get('memory: edited, before', () => PARSED);
    run1.save();
    expect(fromDisk.calls()).toBe(0);
    // The first read's entries went to disk too: a content:check after it parses nothing.
    const check = counting(PARSED);
    openFrontmatterCache(root).get('memory: edited, before', check.parse);
    expect(check.calls()).toBe(0);
    rmSync(root, { recursive: true });
    const unchanged = counting(PARSED);
    const edited = counting({ data: { title: 'after' }, body: '' });
    const run2 = memoryFrontmatterCache(root);
    expect(run2.get('memory: unchanged', unchanged.parse)).toEqual(PARSED);
    expect(run2.get('memory: edited, after', edited.parse).data).toEqual({ title: 'after' });
    expect([unchanged.calls(), edited.calls()]).toEqual([0, 1]);
    (run2.get('memory: unchanged', unchanged.parse).data as { title: string }).title = 'changed by a caller';
    run2.save();
    expect(existsSync(root)).toBe(false);
    const before = counting(PARSED);
    const run3 = memoryFrontmatterCache(root);
    expect(run3.get('memory: unchanged', unchanged.parse)).toEqual(PARSED);
    run3.get('memory: edited, before', before.parse);
    expect([unchanged.calls(), before.calls()]).toEqual([0, 1]);
  });
});
