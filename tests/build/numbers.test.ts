/**
 * Accounting for numbers: every number that appears in a source's snapshot is either the value of one of
 * that source's claims or listed in the source's not-claims.yaml with a reason (an axis tick, a version
 * number inside a name, a year in a heading...). Adding a source later keeps extraction honest.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readContent } from '../../src/content-files.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import type { Claim } from '../../src/lib/types.ts';

/** Every run of digits (with thousands separators and decimals), as written; a trailing comma is not part of it. */
export function numbersIn(text: string): string[] {
  return [...text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => m[0].replace(/,+$/, ''));
}

/** A number's value, so "20,000" and "20000", or "05" and "5", count as the same number. */
function valueOf(token: string): number {
  return Number(token.replaceAll(',', ''));
}

/** The numbers a claim's value states: digit runs of the value as written (e.g. "1.5 trillion" -> 1.5, "2026-02-05" -> 2026, 2, 5). */
function claimNumbers(claim: Claim): number[] {
  return numbersIn(claim.raw.replace(/-(?=\d)/g, ' ')).map(valueOf);
}

const dir = 'content';
const { content, errors } = validateContent(readContent(dir));

describe('every number in every snapshot is accounted for', () => {
  it('content is valid', () => {
    expect(errors).toEqual([]);
  });

  for (const source of content.sources) {
    const folder = join(dir, 'sources', source.slug);
    const snapshot = readFileSync(join(folder, 'snapshot.txt'), 'utf8');
    const listFile = join(folder, 'not-claims.yaml');
    const listed = existsSync(listFile) ? ((parse(readFileSync(listFile, 'utf8')) ?? []) as { number: unknown; reason: unknown }[]) : [];
    const claims = content.claims.filter((c) => c.source === source.slug);

    it(`${source.slug}: not-claims.yaml entries are numbers of the snapshot, each with a reason`, () => {
      const inSnapshot = new Set(numbersIn(snapshot));
      const bad = listed.filter((e) => typeof e.number !== 'string' || !inSnapshot.has(e.number) || typeof e.reason !== 'string' || e.reason.trim() === '');
      expect(bad, `entries whose number is not in ${source.slug}/snapshot.txt or that lack a reason`).toEqual([]);
    });

    it(`${source.slug}: every number is a claim value or listed with a reason`, () => {
      const claimed = new Set(claims.flatMap(claimNumbers));
      const excused = new Set(listed.map((e) => String(e.number)));
      const missing = [...new Set(numbersIn(snapshot))].filter((n) => !claimed.has(valueOf(n)) && !excused.has(n));
      expect(missing, `numbers in ${source.slug}/snapshot.txt that are neither a claim value nor in not-claims.yaml`).toEqual([]);
    });
  }

  it('covers all five sources', () => {
    expect(content.sources.length).toBeGreaterThanOrEqual(5);
  });
});
