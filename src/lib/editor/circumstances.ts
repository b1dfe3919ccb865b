/**
 * The circumstances a sentence states around a figure, for the drafter (draft.ts): the circumstantial qualifiers
 * `scope` (what the figure holds for: "in a single turn" is per turn, "for Codex users") and `condition` (what it
 * is owed to: "thanks to improvements in our infrastructure", "achieved through middleware tuning techniques"), and
 * whether the figure is on a benchmark the sentence names without the registry knowing it ("58 percent on its own
 * internal "long-horizon refactoring" benchmark"). Read from the words after the figure, up to the end of its
 * clause; what is not written is not drafted. The phrases are content/circumstance-terms.yaml's; none drafts none. Pure.
 */

import type { CircumstanceTerms } from '../../schemas/circumstance-terms.ts';

/** Determiners and possessives a qualifier's text leaves out ("our infrastructure" → "infrastructure"): grammar, not domain. */
const DETERMINER = /\b(?:our|their|its|his|her|the|a|an|this|that|these|those)\s+/gi;

/** The patterns built from content/circumstance-terms.yaml. */
interface Patterns {
  /** What a figure is owed to (a plain "through" or "via" names a channel more often: "through the API"). */
  cause: RegExp;
  /** "in a single turn", "per turn": the unit the figure holds for. */
  per: RegExp;
  /** Nouns after a "per" phrase that are a figure's own unit or scale ("per million tokens"), not its scope. */
  notScope: RegExp;
  /** "for Codex users", "for enterprise customers": the people the figure holds for. */
  forPeople: RegExp;
  /** Head nouns that add nothing to what a condition names. */
  fillerHead: RegExp;
  /** "on <words> benchmark": a benchmark named by description, not by a registry name. */
  onBenchmark: RegExp;
}

const NEVER = /(?!)/;
const escaped = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, String.raw`\$&`).replace(/ +/g, String.raw`\s+`);
/** One alternation of the phrases, longest first; null when there are none. */
const anyOf = (phrases: readonly string[]): string | null =>
  phrases.length === 0
    ? null
    : `(?:${[...phrases]
        .sort((a, b) => b.length - a.length)
        .map(escaped)
        .join('|')})`;
const built = new WeakMap<CircumstanceTerms, Patterns>();

function patternsOf(terms: CircumstanceTerms): Patterns {
  const known = built.get(terms);
  if (known) return known;
  const [cause, per, notScope, people, filler, nouns] = [
    terms.causes,
    terms.per,
    terms.notScope,
    terms.people,
    terms.fillerHeads,
    terms.benchmarkNouns,
  ].map(anyOf);
  const patterns: Patterns = {
    cause: cause ? new RegExp(String.raw`\b${cause}\s+([^,;.:()]+)`, 'i') : NEVER,
    per: per ? new RegExp(String.raw`^[^,;.]{0,40}?\b${per}\s+([\p{L}][\p{L}-]*)`, 'iu') : NEVER,
    notScope: notScope ? new RegExp(`^${notScope}$`, 'i') : NEVER,
    forPeople: people ? new RegExp(String.raw`^[^;.]{0,40}?\bfor\s+((?:[\p{L}\p{N}][\p{L}\p{N}.-]*\s+){0,3}${people})\b`, 'iu') : NEVER,
    fillerHead: filler ? new RegExp(String.raw`\s+${filler}$`, 'i') : NEVER,
    onBenchmark: nouns ? new RegExp(String.raw`\bon\s+((?:[^\s,;.]+\s+){0,6}?${nouns})s?\b`, 'i') : NEVER,
  };
  built.set(terms, patterns);
  return patterns;
}

const tidy = (t: string, p: Patterns) => t.replace(DETERMINER, '').replace(/\s+/g, ' ').trim().replace(p.fillerHead, '');

/** The end of the clause that starts at `from`: the next ";", the sentence's end, or a comma that is not between digits. */
function clauseEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === ';' || (c === '.' && !/\d/.test(text[i + 1] ?? ''))) return i;
    if (c === ',' && !(/\d/.test(text[i - 1] ?? '') && /^\s?\d/.test(text.slice(i + 1)))) return i;
  }
  return text.length;
}

/**
 * The scope and condition a text states for the figure ending at `end`: scope "per X" from "in a single X" / "per X"
 * right after it (none when the property's own description already says "one X": a maximum output "in one response"),
 * scope from "for … users" in its clause, condition from "thanks to …", "achieved through …" after it (determiners and
 * a closing "techniques" dropped).
 */
export function circumstancesOf(
  text: string,
  end: number,
  description: string,
  terms: CircumstanceTerms,
): { scope?: string; condition?: string } {
  const p = patternsOf(terms);
  const out: { scope?: string; condition?: string } = {};
  const after = text.slice(end, clauseEnd(text, end));
  const per = p.per.exec(after);
  const unit = per?.[1]?.toLowerCase();
  if (unit && !p.notScope.test(unit) && !new RegExp(String.raw`\b(?:one|a single|each|per)\s+${unit}\b`, 'i').test(description))
    out.scope = `per ${unit}`;
  const people = p.forPeople.exec(after);
  if (people?.[1] && !out.scope) out.scope = tidy(people[1], p);
  const cause = p.cause.exec(text.slice(end));
  if (cause?.[1]) out.condition = tidy(cause[1], p);
  return out;
}

/**
 * The benchmark a figure's own clause says it is on by description only ("on its own internal "long-horizon
 * refactoring" benchmark"), when no benchmark the registry names stands between the figure and that phrase; undefined
 * otherwise. `named` are the registry's benchmark mentions in the text.
 */
export function describedBenchmark(
  text: string,
  end: number,
  named: readonly { start: number }[],
  terms: CircumstanceTerms,
): string | undefined {
  const stop = clauseEnd(text, end);
  const m = patternsOf(terms).onBenchmark.exec(text.slice(end, stop));
  if (!m) return undefined;
  const at = end + m.index;
  if (named.some((b) => b.start >= end && b.start <= at + m[0].length)) return undefined;
  return m[0].trim();
}
