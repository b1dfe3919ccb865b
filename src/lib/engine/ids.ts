/**
 * Stable, URL-safe keys and finding ids derived from the data.
 *
 * Grammar: parts are lower-case [a-z0-9] words joined by single hyphens; parts are joined by "--";
 * a qualifier part is "<key>=<value>" (both parts of that grammar), as in
 * "conflict--gpt-5-3-codex--benchmark-score--benchmark=terminal-bench-2-0".
 */

/**
 * Slugs already computed. Kept because it is measured to matter: slugify runs about six times per
 * claim (subject, property, qualifier keys and values, finding ids), and analyze() on 40k synthetic
 * claims took about 20% more CPU without this cache (measured in-process, interleaved, 2026-12-01).
 * Bounded: cleared when it reaches SLUG_CACHE_LIMIT entries.
 */
const SLUG_CACHE = new Map<string, string>();
const SLUG_CACHE_LIMIT = 200_000;

/** FNV-1a 32-bit hash as 8 hex digits, for texts that have no [a-z0-9] characters at all. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/**
 * Lower-case [a-z0-9-] slug of any text: accents stripped, "+", "#" and "&" spelled out (so "C++",
 * "C#" and "C" stay apart), runs of other characters become one hyphen.
 */
export function slugify(text: string): string {
  const cached = SLUG_CACHE.get(text);
  if (cached !== undefined) return cached;
  let slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\+/g, ' plus ')
    .replace(/#/g, ' sharp ')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug === '') slug = `u${shortHash(text)}`;
  if (SLUG_CACHE.size >= SLUG_CACHE_LIMIT) SLUG_CACHE.clear();
  SLUG_CACHE.set(text, slug);
  return slug;
}

function comparePairs(a: [string, string], b: [string, string]): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;
}

/** Sorted [slug(key), slug(value)] pairs of the non-empty qualifiers given. */
export function qualifierParts(qualifiers: Readonly<Record<string, string>>): [string, string][] {
  const parts: [string, string][] = [];
  for (const k in qualifiers) {
    const v = qualifiers[k];
    if (typeof v !== 'string' || v.trim() === '') continue;
    parts.push([slugify(k), slugify(v)]);
  }
  if (parts.length > 1) parts.sort(comparePairs);
  return parts;
}

/** The key of a comparison group: "<subject>--<property>(--<key>=<value>)*", qualifiers sorted by key. */
export function groupKey(subject: string, property: string, qualifiers: Readonly<Record<string, string>>): string {
  let key = `${slugify(subject)}--${slugify(property)}`;
  for (const [k, v] of qualifierParts(qualifiers)) key += `--${k}=${v}`;
  return key;
}

/** A finding id: "<kind>--<group key>", plus "--<extra parts>" when given. */
export function findingId(kind: string, key: string, ...extra: string[]): string {
  return [slugify(kind), key, ...extra.map(slugify)].join('--');
}

const PART = '[a-z0-9]+(?:-[a-z0-9]+)*';
const ID_RE = new RegExp(`^${PART}(?:--${PART}(?:=${PART})?)*$`);

/** Whether a key or finding id follows the grammar above (usable as-is in a URL path). */
export function isValidId(id: string): boolean {
  return ID_RE.test(id);
}
