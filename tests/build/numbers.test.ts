/**
 * Accounting for numbers: every number that appears in a source's snapshot is either the value of one of
 * that source's claims or listed in the source's not-claims.yaml with a reason (an axis tick, a version
 * number inside a name, a year in a heading...). Adding a source later keeps extraction honest.
 * The rule lives in src/lib/editor/numbers.ts, which `npm run content:check` also reports from.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { contentDir, readContent } from '../../src/content-files.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { accountNumbers, type NotClaimEntry } from '../../src/lib/editor/numbers.ts';

const dir = contentDir();
const { content, errors } = validateContent(readContent(dir));

describe('every number in every snapshot is accounted for', () => {
  it('content is valid', () => {
    expect(errors).toEqual([]);
  });

  for (const source of content.sources) {
    const folder = join(dir, 'sources', source.slug);
    const snapshot = readFileSync(join(folder, 'snapshot.txt'), 'utf8');
    const listFile = join(folder, 'not-claims.yaml');
    const entries = existsSync(listFile) ? ((parse(readFileSync(listFile, 'utf8')) ?? []) as NotClaimEntry[]) : [];
    const raws = content.claims.filter((c) => c.source === source.slug).map((c) => c.raw);
    const accounting = accountNumbers(snapshot, raws, entries);

    it(`${source.slug}: not-claims.yaml entries are numbers of the snapshot, each with a reason`, () => {
      expect(accounting.badEntries, `bad entries in ${listFile}`).toEqual([]);
    });

    it(`${source.slug}: every number is a claim value or listed with a reason`, () => {
      expect(accounting.open, `numbers in ${folder}/snapshot.txt that are neither a claim value nor in not-claims.yaml`).toEqual([]);
    });
  }

  it('covers all five sources', () => {
    expect(content.sources.length).toBeGreaterThanOrEqual(5);
  });
});
