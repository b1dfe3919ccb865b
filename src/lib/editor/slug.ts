/** Source slugs: the folder name under content/sources/, used in URLs and in every claim id of the source. */
import { slugify } from '../engine/ids.ts';

/** What a source slug must look like (the same grammar as every other id in content/). */
export const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Longest slug accepted; URLs and claim ids repeat it. */
export const MAX_SLUG_LENGTH = 80;

/** Longest slug derived from a title (cut at a hyphen). */
export const DERIVED_SLUG_LENGTH = 60;

/** The default slug for a title: slugified (apostrophes dropped) and cut at a word boundary; null when the title has no letter or digit. */
export function slugFromTitle(title: string): string | null {
  // Apostrophes join their word ("Codex’s" → "codexs"), not split it.
  const slug = slugify(title.replace(/['\u2019\u02bc]/g, ''));
  if (!SLUG_RE.test(slug) || !/[a-z0-9]/.test(title.normalize('NFKD').toLowerCase())) return null;
  if (slug.length <= DERIVED_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, DERIVED_SLUG_LENGTH + 1);
  const at = cut.lastIndexOf('-');
  return at > 0 ? cut.slice(0, at) : slug.slice(0, DERIVED_SLUG_LENGTH);
}

/** Why a slug is not acceptable, or null when it is. */
export function slugProblem(slug: string): string | null {
  if (slug === '') return 'Bad slug "": a slug cannot be empty.';
  if (slug.length > MAX_SLUG_LENGTH) return `Bad slug "${slug}": at most ${MAX_SLUG_LENGTH} characters (it has ${slug.length}).`;
  if (!SLUG_RE.test(slug)) {
    const fixed = slugify(slug);
    return `Bad slug "${slug}": use lower-case letters, digits and single hyphens, such as "openai-introducing-gpt-5-3-codex"${
      SLUG_RE.test(fixed) && fixed !== slug ? ` (perhaps "${fixed}")` : ''
    }.`;
  }
  return null;
}
