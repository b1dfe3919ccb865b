/**
 * content/circumstance-terms.yaml: the words by which a sentence states the circumstances of a figure, for the
 * drafter (src/lib/editor/circumstances.ts): what it holds for (scope: "in a single turn", "for Codex users"), what it
 * is owed to (condition: "thanks to …", "achieved through …"), and a benchmark named by description ("on its own
 * internal … benchmark"). Domain knowledge (how a source phrases it), so it lives in content/.
 */
import { z } from 'zod';

const words = (what: string) =>
  z.array(z.string().regex(/^[\p{L}\p{N}][\p{L}\p{N} -]*$/u, `${what} is words (letters, digits, spaces, hyphens)`));

export const circumstanceTermsSchema = z.strictObject({
  /** Phrases before what a figure is owed to, its condition ("thanks to", "achieved through"). */
  causes: words('a cause phrase').default([]),
  /** Phrases before the unit a figure holds for, its scope "per <unit>" ("in a single" turn, "per" response). */
  per: words('a "per" phrase').default([]),
  /** Words after a "per" phrase that are the figure's own unit or scale, not its scope ("per million tokens"). */
  notScope: words('a unit word').default([]),
  /** Nouns for the people a figure holds for, its scope ("for Codex users", "for enterprise customers"). */
  people: words('a noun for people').default([]),
  /** Head nouns a condition's text leaves out ("middleware tuning techniques" is "middleware tuning"). */
  fillerHeads: words('a head noun').default([]),
  /** Nouns that end a benchmark named by description ("on its own internal … benchmark", "… eval"). */
  benchmarkNouns: words('a benchmark noun').default([]),
});

/** The circumstance terms as read. */
export type CircumstanceTerms = z.output<typeof circumstanceTermsSchema>;
