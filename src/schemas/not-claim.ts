/**
 * A passage of a snapshot that states no claim, listed in a source's `notClaims:` with its reason, a
 * closed list (NOT_CLAIM_REASONS). Coverage (src/lib/content/rules/coverage.ts) requires every sentence,
 * list item and table cell of a snapshot to support a claim of its source or to lie inside one of these.
 */
import { z } from 'zod';
import { slug, text } from './common.ts';

/**
 * Why a passage is not a claim. One of:
 * - `navigation`: site navigation, links, buttons, share and listen controls, "(opens in a new window)".
 * - `heading`: a title or section heading that states nothing by itself.
 * - `metadata`: the capture's and the page's own data: URL line, date line, byline, tags, a truncation notice.
 * - `promotion`: calls to action and the publisher's promotion of itself or its offers.
 * - `example`: an example prompt, task, request payload or sample output the document shows.
 * - `chart`: chart axis ticks, labels and legends; media player timestamps.
 * - `rhetoric`: framing, opinion, metaphor, a question to the reader: nothing a source could be checked on.
 * - `background`: about something other than the document's subject (the industry, another product, a
 *   benchmark's design), say what in `note`.
 * - `repeats`: restates a claim already recorded from this source; `claim` names it.
 * - `mentions-term`: holds a registry term of a property without stating that property; say why in `note`.
 */
export const NOT_CLAIM_REASONS = [
  'navigation',
  'heading',
  'metadata',
  'promotion',
  'example',
  'chart',
  'rhetoric',
  'background',
  'repeats',
  'mentions-term',
] as const;

/** A reason a passage is not a claim (see NOT_CLAIM_REASONS). */
export type NotClaimReason = (typeof NOT_CLAIM_REASONS)[number];

export const notClaimSchema = z
  .strictObject({
    /** The passage as typed from snapshot.txt (whitespace, quote and dash variants tolerated); it must resolve to exactly one span. A passage may run over several lines (a navigation block). */
    quote: text(),
    /** Text right before the passage, when it occurs more than once. */
    prefix: text().optional(),
    /** Text right after the passage, when it occurs more than once. */
    suffix: text().optional(),
    /** Why the passage is not a claim: one of NOT_CLAIM_REASONS. */
    reason: z.enum(NOT_CLAIM_REASONS, { error: `one of ${NOT_CLAIM_REASONS.join(', ')}` }),
    /** For `repeats`: the id of the claim of this source that the passage restates. */
    claim: slug().optional(),
    /** The editor's explanation, in their own words (required for `background` and `mentions-term`). */
    note: text().optional(),
  })
  .check((ctx) => {
    const v = ctx.value;
    if (v.reason === 'repeats' && v.claim === undefined)
      ctx.issues.push({
        code: 'custom',
        input: v,
        path: ['claim'],
        message: 'the id of the claim this passage repeats, e.g. claim: speed-25-percent',
      });
    if (v.reason !== 'repeats' && v.claim !== undefined)
      ctx.issues.push({ code: 'custom', input: v, path: ['claim'], message: 'no "claim" unless the reason is repeats' });
    if ((v.reason === 'background' || v.reason === 'mentions-term') && v.note === undefined)
      ctx.issues.push({ code: 'custom', input: v, path: ['note'], message: `a note saying why (reason ${v.reason} needs one)` });
  });

/** A not-a-claim passage as the validator returns it: the snapshot's own text, its span and the reason. */
export const notClaimRecordSchema = z.object({
  /** The snapshot's own characters at the span. */
  quote: z.string(),
  /** UTF-16 code unit offsets, end exclusive. */
  span: z.object({
    /** Offset of the first code unit. */
    start: z.int(),
    /** Offset after the last code unit. */
    end: z.int(),
  }),
  /** Why it is not a claim (NOT_CLAIM_REASONS). */
  reason: z.enum(NOT_CLAIM_REASONS),
  /** For `repeats`: the global id of the claim restated ("<source>/<id>"); null otherwise. */
  claim: z.string().nullable(),
  /** The editor's explanation, or null. */
  note: z.string().nullable(),
});
