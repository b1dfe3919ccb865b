/**
 * content/sources/<slug>/drafts.yaml: the claims `npm run source:add` drafted from the snapshot, waiting for an
 * editor's review (`npm run review -- <slug>`). The build never reads this file; an accepted draft becomes an
 * ordinary claim of index.mdx, validated by claimSchema (src/schemas/claim.ts) like any other.
 */
import { z } from 'zod';
import { claimSchema } from './claim.ts';
import { slug, text } from './common.ts';
import { NOT_CLAIM_REASONS } from './not-claim.ts';

/** What a draft leaves open: the field, and why the drafter could not decide it. */
export const openFieldSchema = z.strictObject({
  /** subject, property, value, unit or qualifiers.<key>. */
  field: text(),
  /** Why it is open, in words an editor can act on. */
  why: text(),
});

/** Where a draft stands in review. */
export const DRAFT_STATUSES = ['draft', 'accepted', 'rejected'] as const;

export const draftSchema = z.strictObject({
  /** The claim id it will have once accepted (unique within the source). */
  id: slug(),
  /** figure: a number or a date; statement: a true/false, an enum or a text. */
  kind: z.enum(['figure', 'statement']),
  /** Where the draft stands: review sets accepted or rejected. */
  status: z.enum(DRAFT_STATUSES).default('draft'),
  /** The entity named in the quote, or null when the quote names none (never guessed). */
  subject: slug().nullable(),
  /** The property the registry's terms point to, or null when none or several fit equally. */
  property: slug().nullable(),
  /** Qualifiers found in the quote (benchmark, variant, effort, direction, channel, ...). */
  qualifiers: z.record(z.string(), z.string()).default({}),
  /** The value in claim notation ("77.3", ">90", "~2", true, "2026-02-05"), or null when open. */
  value: claimSchema.shape.value.nullable(),
  /** The unit of a number value. */
  unit: z.string().optional(),
  /** The snapshot's own text: the sentence, list item or table row that states it. */
  quote: text(),
  /** Text right before the quote when the quote occurs more than once. */
  prefix: text().optional(),
  /** The part of the quote that states the value. */
  figure: z.string().min(1).optional(),
  /** The quote's span in snapshot.txt: UTF-16 offsets, end exclusive. */
  span: z.strictObject({ start: z.int().min(0), end: z.int().min(0) }),
  /** A table cell's column header (the row is the quote). */
  header: z.string().optional(),
  /** The party the sentence reports the figure from ("Engineers reported"), when it is not the source itself. */
  attribution: z.string().optional(),
  /** What the drafter could not decide, and why. */
  open: z.array(openFieldSchema).default([]),
  /**
   * For a draft whose subject is open because its clause says "the model" or "it": the entity an earlier passage names
   * that the phrase may stand for (content/referring-terms.yaml). A suggestion only: the subject stays open until the
   * editor takes it (review's u answer, or by writing it as the subject).
   */
  suggestedSubject: z
    .strictObject({
      /** The entity's id. */
      id: slug(),
      /** Where it is named, and from which phrase, in words an editor can check. */
      why: text(),
    })
    .optional(),
});

/** A drafted claim as written in drafts.yaml. */
export type Draft = z.output<typeof draftSchema>;
/** A draft before defaults (status, qualifiers, open) are filled in. */
export type DraftInput = z.input<typeof draftSchema>;

/** Where a coverage suggestion stands in review. */
export const SUGGESTION_STATUSES = ['suggested', 'accepted', 'rejected'] as const;

/**
 * A coverage suggestion: a passage of the snapshot (one unit, or neighbouring units with the same reason) that no
 * draft covers, with the not-a-claim reason the drafter suggests for it (src/lib/editor/coverage.ts). Accepted, it
 * becomes an item of the source's `notClaims:` (src/schemas/not-claim.ts); it is only a suggestion until then.
 */
export const suggestionSchema = z.strictObject({
  /** suggested (not yet reviewed), accepted (written into notClaims) or rejected. */
  status: z.enum(SUGGESTION_STATUSES).default('suggested'),
  /** The suggested reason, or null when none fits (the passage may state a claim the drafter missed). */
  reason: z.enum(NOT_CLAIM_REASONS).nullable(),
  /** The snapshot's own text of the passage. */
  quote: text(),
  /** Text right before the passage when it occurs more than once. */
  prefix: text().optional(),
  /** The passage's span in snapshot.txt: UTF-16 offsets, end exclusive. */
  span: z.strictObject({ start: z.int().min(0), end: z.int().min(0) }),
  /** For `repeats`: the id of the claim the passage restates. */
  claim: slug().optional(),
  /** The editor's note (required for background and mentions-term): never written by the drafter. */
  note: text().optional(),
  /** Why the drafter suggests this reason. */
  why: text(),
  /** What the editor must still decide before it can be accepted. */
  open: z.array(openFieldSchema).default([]),
});

/** A coverage suggestion as written in drafts.yaml. */
export type Suggestion = z.output<typeof suggestionSchema>;
/** A suggestion before defaults are filled in. */
export type SuggestionInput = z.input<typeof suggestionSchema>;

export const draftsFileSchema = z.strictObject({
  /** The source slug. */
  source: slug(),
  /** sha256 of the snapshot the drafts were made from: spans are only valid for those bytes. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** The drafts, in snapshot order. */
  drafts: z.array(draftSchema),
  /** The coverage suggestions for the units no draft covers, in snapshot order. */
  suggestions: z.array(suggestionSchema).default([]),
});

/** The whole drafts.yaml. */
export type DraftsFile = z.output<typeof draftsFileSchema>;
