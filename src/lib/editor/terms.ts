/**
 * How the registry's terms point at a figure, for the drafter (draft.ts): a term's hits in a text, how strongly a
 * property's terms point at a figure, the qualifier values its qualifierTerms name near it, and a parenthetical
 * reasoning effort. Pure.
 */
import { QUALIFIERS } from '../qualifiers.ts';
import { UNITS } from '../units.ts';
import type { DraftProperty } from './draft.ts';

/** A term's hits in a text: case-insensitive, on word boundaries when the term starts or ends with a letter. */
export function termAt(text: string, term: string): number[] {
  // An underscore joins words as a space does ("max_tokens" holds "max tokens").
  const fold = (t: string) => t.toLowerCase().replaceAll('’', "'").replaceAll('_', ' ');
  const needle = fold(term);
  const folded = fold(text);
  const out: number[] = [];
  if (!needle) return out;
  const word = /[\p{L}\p{N}]/u;
  for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + 1)) {
    const before = folded[at - 1] ?? ' ';
    // A term ending in a letter also holds its plural ("development cycle" in "development cycles").
    const plural = /^(?:s|es)(?![\p{L}\p{N}])/u.test(folded.slice(at + needle.length)) && /\p{L}/u.test(needle.at(-1) ?? '');
    const after = plural ? ' ' : (folded[at + needle.length] ?? ' ');
    if ((!word.test(needle[0] ?? '') || !word.test(before)) && (!word.test(needle.at(-1) ?? '') || !word.test(after))) out.push(at);
  }
  return out;
}

export const DURATION_UNITS = new Set(['seconds', 'minutes', 'hours', 'days', 'months', 'years']);
/** Units too common to point at a property by themselves. */
export const GENERIC_UNITS = new Set(['count', 'number', '%', '% change', 'x', 'USD']);

/**
 * How strongly a property's terms point at a figure: longer terms and terms near the figure weigh more. A duration
 * word ("seconds", "hours") is no evidence: "30 seconds" says only that the figure is a time.
 */
export function termScore(property: DraftProperty, text: string, at: number): number {
  let score = 0;
  for (const term of property.terms) {
    for (const hit of termAt(text, term)) {
      if (DURATION_UNITS.has(term.trim().toLowerCase())) continue;
      const distance = Math.abs(hit - at);
      score += term.trim().length * (distance <= 40 ? 2 : 1);
    }
  }
  return score;
}

export const dimension = (unit: string): string | undefined => UNITS.get(unit)?.dimension;

/** A parenthetical reasoning effort ("(xhigh)") in a text, when it names one of the registry's effort values. */
export function effortIn(text: string): string | undefined {
  const values = QUALIFIERS.get('effort')?.values ?? [];
  const m = /\(([^)]+)\)/.exec(text);
  const v = m?.[1]?.trim().toLowerCase();
  return v && values.includes(v) ? v : undefined;
}

/** The qualifier values a property's qualifierTerms find near a figure (e.g. direction: input). */
export function termQualifiers(property: DraftProperty, text: string, at: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, values] of Object.entries(property.qualifierTerms)) {
    let best: { value: string; distance: number } | null = null;
    for (const [value, names] of Object.entries(values)) {
      for (const name of names) {
        for (const hit of termAt(text, name)) {
          const distance = hit >= at ? hit - at : (at - hit) * 2;
          if (!best || distance < best.distance) best = { value, distance };
        }
      }
    }
    if (best) out[key] = best.value;
  }
  return out;
}
