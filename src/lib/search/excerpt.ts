/**
 * Excerpts without repetition. A claim's or finding's indexed text opens with its title and value (so
 * they count for ranking), but the result card already shows both; these helpers find that opening in
 * Pagefind's excerpt so the card can leave it out. Pure string functions, used by the search page.
 */

/** The text a record's content opens with (see claimRecords and findingRecords in records.ts), or "" for pages. */
export function recordLead(type: string, meta: Readonly<Record<string, string | undefined>>): string {
  if (!meta.title) return '';
  if (type === 'Claim') return meta.value ? `${meta.title}: ${meta.value}. ` : '';
  if (type === 'Finding') return `${meta.title}. `;
  return '';
}

/**
 * How many leading characters of an excerpt repeat the record's opening: the whole opening, or its end
 * when Pagefind's excerpt window starts inside it (from a word boundary, at least 8 characters).
 */
export function leadLength(excerpt: string, lead: string): number {
  if (lead === '') return 0;
  for (let k = 0; k <= lead.length - 8; k++) {
    if (k > 0 && lead[k - 1] !== ' ') continue;
    const tail = lead.slice(k);
    if (excerpt.startsWith(tail)) return tail.length;
    if (excerpt.length < tail.length && tail.startsWith(excerpt) && k === 0) return excerpt.length;
  }
  return 0;
}
