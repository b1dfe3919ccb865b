/**
 * Coverage of statements on the real content (src/lib/content/rules/coverage.ts): every sentence, list item
 * and table cell of a snapshot supports a claim of its source or is listed in its notClaims with a reason.
 * The validator enforces it for every source marked `checked` (the default); this file pins which sources
 * are still `pending` (none since issue #12's accounting was finished), so the list cannot grow unseen,
 * checks each source's accounting directly (not only through the validator), and requires every notClaims
 * entry to be needed. It also requires a summary (the MDX body) of every source, which content:check
 * only advises while an editor works.
 */
import { describe, expect, it } from 'vitest';
import { contentDir, readContent } from '../../src/content-files.ts';
import { pendingCoverage, unaccountedUnits } from '../../src/lib/content/rules/coverage.ts';
import { summaryIsEmpty } from '../../src/lib/content/summary.ts';
import { validateContent } from '../../src/lib/content/validate.ts';

const raw = readContent(contentDir());
const { content, errors } = validateContent(raw);
const snapshotOf = (slug: string) => raw.sources.find((s) => s.id === slug)?.snapshot ?? null;

/** The sources whose coverage is not finished yet (issue #12, mechanism 3): none is left. Never grow this list. */
const PENDING: string[] = [];

describe('every snapshot is accounted for, statement by statement', () => {
  it('content is valid (so every checked source is fully accounted for)', () => {
    expect(errors).toEqual([]);
  });

  it('only the pinned sources are still pending', () => {
    expect(content.sources.filter((s) => s.coverage === 'pending').map((s) => s.slug)).toEqual(PENDING);
  });

  it('every source is checked and nothing is left open', () => {
    expect(content.sources.length).toBe(raw.sources.length);
    expect(content.sources.length).toBeGreaterThan(0);
    expect(content.sources.filter((s) => s.coverage !== 'checked').map((s) => s.slug)).toEqual([]);
    expect(pendingCoverage(content.sources, content.claims, snapshotOf)).toEqual([]);
  });

  for (const source of content.sources)
    it(`${source.slug}: every sentence, list item and table cell supports a claim or is in notClaims`, () => {
      const snapshot = snapshotOf(source.slug);
      expect(snapshot, 'snapshot.txt').not.toBeNull();
      const spans = content.claims.filter((c) => c.source === source.slug).map((c) => c.span);
      expect(spans.length).toBeGreaterThan(0);
      expect(
        unaccountedUnits(
          snapshot ?? '',
          spans,
          source.notClaims.map((n) => n.span),
        ),
      ).toEqual([]);
    });

  for (const source of content.sources.filter((s) => s.coverage === 'checked'))
    it(`${source.slug}: fails once any one of its notClaims entries is deleted`, () => {
      const snapshot = snapshotOf(source.slug) ?? '';
      const spans = content.claims.filter((c) => c.source === source.slug).map((c) => c.span);
      source.notClaims.forEach((n, i) => {
        // A mentions-term entry serves "not disclosed" proofs (src/lib/engine/undisclosed.ts) and may overlap a claim.
        if (n.reason === 'mentions-term') return;
        const kept = source.notClaims.filter((_n, j) => j !== i).map((n) => n.span);
        expect(unaccountedUnits(snapshot, spans, kept).length, `without notClaims[${i}]`).toBeGreaterThan(0);
      });
    });
});

describe('every source page has a summary', () => {
  it('no source has an empty MDX body, nor one of only MDX comments (content:check reports it; its page would show no Summary section)', () => {
    expect(raw.sources.length).toBeGreaterThan(0);
    expect(raw.sources.filter((s) => summaryIsEmpty(s.body)).map((s) => s.file)).toEqual([]);
  });
});
