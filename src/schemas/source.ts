/** Frontmatter of content/sources/<slug>/index.mdx: one archived document and its claims. */
import { z } from 'zod';
import { dateLike, text } from './common.ts';

/** Kinds of publication; the reliability tier is derived from the kind (see tierOf). */
export const SOURCE_KINDS = ['vendor', 'press', 'reference', 'wiki', 'glossary', 'blog', 'marketing'] as const;

export const sourceSchema = z.strictObject({
  /** The document's own title, or a neutral description when it has none. */
  title: text('title'),
  /** Who published it; null when the text does not say. */
  publisher: z.string({ error: 'publisher: the publisher named in the text, or null when the text does not say' }).min(1).nullable(),
  /** The URL, only when the text states it; null otherwise. */
  url: z.httpUrl({ error: 'url: an absolute http(s) URL stated in the text, or null' }).nullable(),
  /** Publication date, only when the text states it; null otherwise. */
  published: dateLike('published').nullable(),
  /** When the snapshot was captured; null when unknown. */
  retrieved: dateLike('retrieved').nullable(),
  /** What kind of publication this is. */
  kind: z.enum(SOURCE_KINDS, { error: `kind: one of ${SOURCE_KINDS.join(', ')}` }),
  /** The editor's reasoning for the kind and so the tier. */
  tierRationale: text('tierRationale'),
  /** sha256 of snapshot.txt, 64 lower-case hex digits. */
  sha256: z.string({ error: 'sha256: 64 lower-case hex digits' }).regex(/^[0-9a-f]{64}$/, { error: 'sha256: 64 lower-case hex digits' }),
  /** One sentence in the editors' own words for lists and meta descriptions. */
  description: text('description'),
  /** Every claim the source makes (validated one by one with claimSchema). */
  claims: z.array(z.unknown(), { error: 'claims: a list of claims (it may be empty: claims: [])' }),
});

/** The raw, validated frontmatter of a source. */
export type SourceFrontmatter = z.infer<typeof sourceSchema>;
