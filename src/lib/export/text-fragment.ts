/**
 * URL text fragments (https://wicg.github.io/scroll-to-text-fragment/): a link to the live page that
 * scrolls to a claim's quote. Pure. The quote text is the snapshot's own (see content/span.ts); where it
 * spans several elements of the page (a table row whose cells the snapshot separates by tabs or line
 * breaks), the `textStart,textEnd` form is used, since a text directive cannot match across them exactly.
 */

/** Percent-encodes a text directive term: everything encodeURIComponent encodes, plus "-" (and "," and "&", which it already does), as the spec requires. */
export function encodeTextTerm(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/** The part of a URL after `#:~:text=` for a quote: one term, or start and end terms where the quote spans markup. */
export function textDirective(exact: string): string {
  const parts = exact
    .split(/[\t\n\r]+/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0);
  if (parts.length <= 1) return encodeTextTerm(parts[0] ?? '');
  return `${encodeTextTerm(parts[0] as string)},${encodeTextTerm(parts.at(-1) as string)}`;
}

/** A link to `url` scrolled to the quote (any fragment the URL had is replaced). */
export function textFragmentUrl(url: string, exact: string): string {
  return `${url.replace(/#.*$/, '')}#:~:text=${textDirective(exact)}`;
}
