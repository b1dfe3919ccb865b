/** Review of coverage suggestions (src/lib/editor/review-coverage.ts): shown in context, edited, written into notClaims. */
import { describe, expect, it } from 'vitest';
import {
  describeSuggestion,
  editSuggestion,
  notClaimOfSuggestion,
  notClaimsInto,
  withRenamedClaims,
} from '../../../src/lib/editor/review-coverage.ts';
import { type Suggestion, suggestionSchema } from '../../../src/schemas/draft.ts';

const SNAPSHOT = 'Pricing\n\nIt costs $1.50. Is it worth it?\n\nShare';
const suggestion = (quote: string, over: Partial<Suggestion> = {}): Suggestion =>
  suggestionSchema.parse({
    reason: 'heading',
    quote,
    span: { start: SNAPSHOT.indexOf(quote), end: SNAPSHOT.indexOf(quote) + quote.length },
    why: 'a short line',
    ...over,
  });
const INDEX = '---\ntitle: "T"\n# the claims\nclaims: []\n---\nBody text.\n';

describe('describeSuggestion', () => {
  it('marks the passage in its context and says it is a suggestion, with the reason, why and what is open', () => {
    const s = suggestion('Is it worth it?', { reason: null, why: 'nothing fits', open: [{ field: 'reason', why: 'pick one' }] });
    expect(describeSuggestion(s, SNAPSHOT)).toBe(
      [
        'not a claim? (suggestion, snapshot line 3)',
        '  in context: It costs $1.50. »Is it worth it?« Share',
        '  suggested reason: (open)',
        '  why: nothing fits',
        '  open reason: pick one',
      ].join('\n'),
    );
  });
});

describe('editSuggestion', () => {
  it('sets a reason from the closed list and opens what that reason needs', () => {
    const s = suggestion('Is it worth it?', { reason: null, open: [{ field: 'reason', why: 'pick one' }] });
    expect(editSuggestion(s, 'reason', 'rhetoric').suggestion).toMatchObject({ reason: 'rhetoric', open: [] });
    expect(editSuggestion(s, 'reason', 'background').suggestion.open.map((o) => o.field)).toEqual(['note']);
    expect(editSuggestion(s, 'reason', 'repeats').suggestion.open.map((o) => o.field)).toEqual(['claim']);
    expect(editSuggestion(s, 'reason', 'opinion').error).toBe(
      '"opinion" is not a reason; write one of navigation, heading, metadata, promotion, example, chart, rhetoric, background, repeats, mentions-term.',
    );
  });

  it('fills a note or a claim id, clearing what was open, and refuses a bad id', () => {
    const s = suggestion('Is it worth it?', { reason: 'background', open: [{ field: 'note', why: 'say why' }] });
    expect(editSuggestion(s, 'note', 'About pricing in general.').suggestion).toMatchObject({
      note: 'About pricing in general.',
      open: [],
    });
    expect(editSuggestion(s, 'claim', 'Not An Id').error).toBe('"Not An Id" is not a claim id (lowercase letters, digits and hyphens).');
  });
});

describe('notClaimOfSuggestion and notClaimsInto', () => {
  it('makes a notClaims item validated like a hand-written one', () => {
    expect(notClaimOfSuggestion(suggestion('Pricing'))).toEqual({ ok: true, notClaim: { quote: 'Pricing', reason: 'heading' } });
    expect(notClaimOfSuggestion(suggestion('Pricing', { reason: 'background' }))).toEqual({
      ok: false,
      missing: ['note: a note saying why (reason background needs one)'],
    });
  });

  it('appends only accepted suggestions to notClaims (creating the list), keeps the rest of the file, and never adds one twice', () => {
    const accepted = [suggestion('Pricing', { status: 'accepted' }), suggestion('Share', { status: 'accepted', reason: 'navigation' })];
    const skipped = suggestion('Is it worth it?', { reason: 'rhetoric' });
    const out = notClaimsInto(INDEX, [...accepted, skipped]);
    expect(out).toEqual({
      ok: true,
      added: 2,
      text: '---\ntitle: "T"\n# the claims\nclaims: []\nnotClaims:\n  - quote: Pricing\n    reason: heading\n  - quote: Share\n    reason: navigation\n---\nBody text.\n',
    });
    if (!out.ok) return;
    expect(notClaimsInto(out.text, accepted)).toEqual({ ok: true, added: 0, text: out.text });
  });

  it('refuses an accepted suggestion that is still open, naming it', () => {
    const s = suggestion('Is it worth it?', { status: 'accepted', reason: null, open: [{ field: 'reason', why: 'pick one' }] });
    expect(notClaimsInto(INDEX, [s])).toEqual({
      ok: false,
      message: 'the suggestion at snapshot offset 25 ("Is it worth it?") is accepted but still lacks the open reason; edit it first.',
    });
  });
});

describe('withRenamedClaims', () => {
  it('points a repeats suggestion at the id its draft was renamed to, leaving the others', () => {
    const repeats = suggestion('It costs $1.50.', { reason: 'repeats', claim: 'price-open' });
    const other = suggestion('Share', { reason: 'repeats', claim: 'price-other' });
    const out = withRenamedClaims([repeats, other, suggestion('Pricing')], new Map([['price-open', 'price-gpt-5-3-codex']]));
    expect(out.map((s) => s.claim)).toEqual(['price-gpt-5-3-codex', 'price-other', undefined]);
  });
});
