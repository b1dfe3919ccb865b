/** Review (src/lib/editor/review.ts): a draft shown in context, a field edited from an answer, accepted drafts into index.mdx. */
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { type DraftProperty, draftClaims } from '../../../src/lib/editor/draft.ts';
import {
  acceptedInto,
  claimIdsIn,
  describeDraft,
  editField,
  followHandEdits,
  takeSuggestedSubject,
} from '../../../src/lib/editor/review.ts';
import { type Draft, draftSchema } from '../../../src/schemas/draft.ts';
import { propertyEntry } from '../../../src/schemas/property.ts';
import { BENCHMARK_SCORE } from './fixtures.ts';

const SNAPSHOT = 'Intro line.\n\nIt reached 77.3% on Terminal-Bench 2.0. Later text.\n';
const quote = 'It reached 77.3% on Terminal-Bench 2.0.';
const start = SNAPSHOT.indexOf(quote);
/** What the draft says about the claim: review writes these fields into the claim unchanged. */
const CLAIM_FIELDS = {
  property: 'benchmark-score',
  qualifiers: { benchmark: 'terminal-bench-2-0' },
  value: '77.3',
  unit: '%',
  quote,
  figure: '77.3%',
};
const draft = (over: Partial<Draft> = {}): Draft =>
  draftSchema.parse({
    id: 'score-tb',
    kind: 'figure',
    subject: null,
    ...CLAIM_FIELDS,
    span: { start, end: start + quote.length },
    open: [{ field: 'subject', why: 'the sentence names none.' }],
    ...over,
  });
const INDEX = '---\n# a comment kept\ntitle: T\nclaims: []\n---\nBody text.\n';

describe('describeDraft', () => {
  it('marks the quote in its context and lists what is open', () => {
    expect(describeDraft(draft(), SNAPSHOT)).toBe(
      [
        'score-tb (figure, snapshot line 3)',
        '  in context: Intro line. »It reached 77.3% on Terminal-Bench 2.0.« Later text.',
        '  subject: (open)   property: benchmark-score   qualifiers: benchmark=terminal-bench-2-0',
        '  value: 77.3 %   figure: "77.3%"',
        '  open subject: the sentence names none.',
      ].join('\n'),
    );
  });
});

describe('takeSuggestedSubject', () => {
  const suggestedSubject = { id: 'gpt-5-3-codex', why: '"It" may stand for GPT-5.3-Codex.' };
  it('is shown under the open fields while the subject is open', () => {
    expect(describeDraft(draft({ suggestedSubject }), SNAPSHOT).split('\n').at(-1)).toBe(
      '  suggested subject (u takes it): gpt-5-3-codex: "It" may stand for GPT-5.3-Codex.',
    );
  });
  it('fills the open subject, drops the suggestion, and moves a proposed id along as an edit would', () => {
    const taken = takeSuggestedSubject(draft({ id: 'benchmark-score-terminal-bench-2-0-open', suggestedSubject }), new Set());
    expect(taken).toMatchObject({ subject: 'gpt-5-3-codex', open: [], id: 'benchmark-score-terminal-bench-2-0-gpt-5-3-codex' });
    expect(taken?.suggestedSubject).toBeUndefined();
    expect(describeDraft(taken as Draft, SNAPSHOT)).not.toContain('suggested subject');
  });
  it('is nothing to take when the draft suggests none or its subject is set', () => {
    expect(takeSuggestedSubject(draft(), new Set())).toBeNull();
    expect(takeSuggestedSubject(draft({ subject: 'gpt-5-2-codex', open: [], suggestedSubject }), new Set())).toBeNull();
  });
});

describe('editField', () => {
  it('sets a subject and closes what was open about it', () => {
    const { draft: d } = editField(draft(), 'subject', 'gpt-5-3-codex', new Set());
    expect([d.subject, d.open]).toEqual(['gpt-5-3-codex', []]);
  });
  it('reads qualifiers as key=value pairs, values with spaces kept', () => {
    const { draft: d } = editField(draft(), 'qualifiers', 'benchmark=swe-bench-pro metric=wins or ties', new Set());
    expect(d.qualifiers).toEqual({ benchmark: 'swe-bench-pro', metric: 'wins or ties' });
  });
  it('moves a proposed id along with an edited subject or property, as a fresh id would, never onto an id in use', () => {
    const proposed = draft({ id: 'benchmark-score-terminal-bench-2-0-open' });
    expect(editField(proposed, 'subject', 'gpt-5-3-codex', new Set()).draft.id).toBe('benchmark-score-terminal-bench-2-0-gpt-5-3-codex');
    const taken = new Set(['benchmark-score-terminal-bench-2-0-gpt-5-3-codex', 'benchmark-score-terminal-bench-2-0-open']);
    expect(editField(proposed, 'subject', 'gpt-5-3-codex', taken).draft.id).toBe('benchmark-score-terminal-bench-2-0-gpt-5-3-codex-2');
    const second = draft({ id: 'benchmark-score-terminal-bench-2-0-open-2', subject: null });
    expect(editField(second, 'qualifiers', 'benchmark=swe-bench-pro', new Set()).draft.id).toBe('benchmark-score-swe-bench-pro-open');
    const named = draft({ id: 'benchmark-score-terminal-bench-2-0-gpt-5-2-codex', subject: 'gpt-5-2-codex', open: [] });
    expect(editField(named, 'property', 'score-change', new Set()).draft.id).toBe('score-change-terminal-bench-2-0-gpt-5-2-codex');
  });
  it('keeps an id written by hand, and the id when the edit changes neither subject, property nor id qualifiers', () => {
    expect(editField(draft(), 'subject', 'gpt-5-3-codex', new Set()).draft.id).toBe('score-tb');
    const proposed = draft({ id: 'benchmark-score-terminal-bench-2-0-open' });
    expect(editField(proposed, 'value', '77.4', new Set()).draft.id).toBe('benchmark-score-terminal-bench-2-0-open');
  });
  it('refuses what is not an id or not key=value, keeping the draft', () => {
    expect(editField(draft(), 'subject', 'GPT 5', new Set()).error).toBe(
      '"GPT 5" is not an id (lowercase letters, digits and hyphens, as in content/).',
    );
    expect(editField(draft(), 'qualifiers', 'benchmark', new Set()).error).toBe(
      '"benchmark" is not key=value; write e.g. benchmark=terminal-bench-2-0 effort=high, or - for none.',
    );
  });
});

describe('claimIdsIn', () => {
  it("lists the ids of index.mdx's claims, none when it has no claims or no frontmatter", () => {
    expect(claimIdsIn(INDEX.replace('claims: []', 'claims:\n  - id: score-tb\n    quote: Intro line.'))).toEqual(['score-tb']);
    expect(claimIdsIn(INDEX)).toEqual([]);
    expect(claimIdsIn('no frontmatter')).toEqual([]);
  });
});

describe('acceptedInto', () => {
  it('appends accepted drafts to claims, keeping comments and body; skips drafts and a claim already there', () => {
    const accepted = { ...draft({ open: [] }), subject: 'gpt-5-3-codex', status: 'accepted' as const };
    const out = acceptedInto(INDEX, [accepted, draft({ id: 'other' })]);
    if (!out.ok) throw new Error(out.message);
    expect(out.added).toEqual(['score-tb']);
    expect(out.text.startsWith('---\n# a comment kept\ntitle: T\nclaims:\n  - id: score-tb\n')).toBe(true);
    expect(out.text.endsWith('---\nBody text.\n')).toBe(true);
    const data = parseYaml(out.text.split('---\n')[1] as string) as { claims: Record<string, unknown>[] };
    expect(data.claims).toEqual([
      {
        id: 'score-tb',
        subject: 'gpt-5-3-codex',
        ...CLAIM_FIELDS,
      },
    ]);
    const again = acceptedInto(out.text, [accepted]);
    expect(again.ok && again.added).toEqual([]);
  });
  it('refuses an accepted draft that is still open, or an id another claim has', () => {
    expect(acceptedInto(INDEX, [{ ...draft(), status: 'accepted' }])).toEqual({
      ok: false,
      message: 'draft score-tb is accepted but still lacks the open subject; edit it first.',
    });
    const taken = INDEX.replace('claims: []', 'claims:\n  - id: score-tb\n    quote: Intro line.');
    expect(acceptedInto(taken, [{ ...draft({ open: [] }), subject: 'gpt-5-3-codex', status: 'accepted' }])).toEqual({
      ok: false,
      message: 'claim id "score-tb" is taken by another claim; give the draft another id in drafts.yaml.',
    });
  });
});

describe('followHandEdits (drafts.yaml edited by hand, then review --apply)', () => {
  const properties: DraftProperty[] = [propertyEntry(BENCHMARK_SCORE)];
  const entities = [
    { id: 'gpt-5-3-codex', kind: 'model' as const, names: ['GPT-5.3-Codex'] },
    { id: 'terminal-bench-2-0', kind: 'benchmark' as const, names: ['Terminal-Bench 2.0'] },
  ];
  const proposed = draftClaims({ snapshot: SNAPSHOT, entities, properties, reportingVerbs: [] });
  const handEdited = (over: Partial<Draft>): Draft[] => proposed.map((d) => ({ ...d, ...over }));

  it('moves an id proposed from the open subject to the subject written by hand, and the claim is written under it', () => {
    expect(proposed.map((d) => [d.id, d.subject])).toEqual([['benchmark-score-terminal-bench-2-0-open', null]]);
    const edited = handEdited({ subject: 'gpt-5-3-codex', open: [], status: 'accepted' });
    const followed = followHandEdits(edited, proposed, []);
    expect(followed.map((d) => d.id)).toEqual(['benchmark-score-terminal-bench-2-0-gpt-5-3-codex']);
    const written = acceptedInto(INDEX, followed);
    expect(written.ok && written.added).toEqual(['benchmark-score-terminal-bench-2-0-gpt-5-3-codex']);
  });
  it('never onto an id a claim of the source has', () => {
    const edited = handEdited({ subject: 'gpt-5-3-codex', open: [] });
    expect(followHandEdits(edited, proposed, ['benchmark-score-terminal-bench-2-0-gpt-5-3-codex'])[0]?.id).toBe(
      'benchmark-score-terminal-bench-2-0-gpt-5-3-codex-2',
    );
  });
  it('keeps an id edited by hand, an unedited draft, and a draft the drafter no longer makes', () => {
    expect(followHandEdits(handEdited({ id: 'my-own-id', subject: 'gpt-5-3-codex' }), proposed, [])[0]?.id).toBe('my-own-id');
    expect(followHandEdits(proposed, proposed, [])).toEqual(proposed);
    const moved = handEdited({ subject: 'gpt-5-3-codex', span: { start: 0, end: 11 } });
    expect(followHandEdits(moved, proposed, [])[0]?.id).toBe('benchmark-score-terminal-bench-2-0-open');
  });
});
