/** Frontmatter of content/sources/<slug>/index.mdx (one archived document and its claims), and the typed source it becomes. */
import { z } from 'zod';
import { dateLike, text } from './common.ts';
import { notClaimRecordSchema, notClaimSchema } from './not-claim.ts';

/** Kinds of publication; the reliability tier is derived from the kind (see tierOf). */
export const SOURCE_KINDS = ['vendor', 'press', 'reference', 'wiki', 'glossary', 'blog', 'marketing'] as const;

/** Coverage states of a source (see `coverage`). */
export const COVERAGE_STATES = ['checked', 'pending'] as const;

/** Reliability tiers: 1 is the vendor's own primary source, 4 is promotional material. */
export const TIERS = [1, 2, 3, 4] as const;

export const sourceSchema = z.strictObject({
  /** The document's own title, or a neutral description when it has none (then set `titled: false`). */
  title: text(),
  /** false when the document states no title of its own: `title` is then the site's description, shown labelled as the site's and never cited as the document's title. */
  titled: z.boolean({ error: 'true or false' }).default(true),
  /** Who published it; null when the text does not say. */
  publisher: z
    .string({ error: 'the publisher named in the text, or null when the text does not say' })
    .min(1, { error: 'the publisher named in the text, or null when the text does not say' })
    .nullable(),
  /** The URL, only when the text states it; null otherwise. */
  url: z.httpUrl({ error: 'an absolute http(s) URL stated in the text, or null' }).nullable(),
  /** Publication date, only when the text states it; null otherwise. */
  published: dateLike().nullable(),
  /** When the snapshot was captured; null when unknown. */
  retrieved: dateLike().nullable(),
  /** What kind of publication this is. */
  kind: z.enum(SOURCE_KINDS, { error: `one of ${SOURCE_KINDS.join(', ')}` }),
  /** The editor's reasoning for the kind and so the tier. */
  tierRationale: text(),
  /** sha256 of snapshot.txt, 64 lower-case hex digits. */
  sha256: z.string({ error: '64 lower-case hex digits' }).regex(/^[0-9a-f]{64}$/, { error: '64 lower-case hex digits' }),
  /** One sentence in the editors' own words for lists and meta descriptions. */
  description: text(),
  /** Every claim the source makes (validated one by one with claimSchema). */
  claims: z.array(z.unknown(), { error: 'a list of claims (it may be empty: claims: [])' }),
  /** Passages of the snapshot that state no claim, each with its reason (e.g. a mention of a property's term that is not the vendor's statement of it). */
  notClaims: z.array(notClaimSchema, { error: 'a list of { quote, reason } entries' }).default([]),
  /**
   * Whether every sentence, list item and table cell of the snapshot must be accounted for (a claim or a
   * notClaims entry): `checked` (the default, and what every new source gets). `pending` switches the
   * check off for a source whose accounting is not finished; the sources in that state are listed on
   * every content:check and pinned in tests/build/coverage.test.ts, so the list cannot grow unseen.
   */
  coverage: z.enum(COVERAGE_STATES, { error: `one of ${COVERAGE_STATES.join(', ')}` }).default('checked'),
});

/** The raw, validated frontmatter of a source. */
export type SourceFrontmatter = z.infer<typeof sourceSchema>;

/** A published document, archived as a byte-identical snapshot (the validator's output). */
export const sourceRecordSchema = z.object({
  /** Stable id, used in URLs: the folder name under content/sources/. */
  slug: z.string(),
  /** The title as the document states it (or a neutral description when it has none). */
  title: z.string(),
  /** Whether `title` is the document's own (false: it is the site's description of an untitled document). */
  titled: z.boolean(),
  /** Who published it, only when the text says; null means "not stated". */
  publisher: z.string().nullable(),
  /** URL, only when the text states it; null means "not stated". */
  url: z.string().nullable(),
  /** Publication date (YYYY-MM-DD, YYYY-MM or YYYY), only when the text states it. */
  published: z.string().nullable(),
  /** When the snapshot was captured, null if unknown. */
  retrieved: z.string().nullable(),
  /** Kind of publication. */
  kind: z.enum(SOURCE_KINDS),
  /** Reliability tier, derived from `kind`. */
  tier: z.literal(TIERS),
  /** The editor's reasoning for the kind and tier. */
  tierRationale: z.string(),
  /** sha256 (hex) of snapshot.txt. */
  sha256: z.string(),
  /** One-sentence description in the editors' own words, for lists and meta descriptions. */
  description: z.string(),
  /** Repository-relative path of the source's index.mdx. */
  file: z.string(),
  /** Passages of the snapshot listed as stating no claim, with their spans and reasons. */
  notClaims: z.array(notClaimRecordSchema),
  /** Whether the snapshot's coverage is checked, or still pending (COVERAGE_STATES). */
  coverage: z.enum(COVERAGE_STATES),
});
