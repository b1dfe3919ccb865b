/**
 * The circumstances a sentence states around a figure, for the drafter (draft.ts): the circumstantial qualifiers
 * `scope` (what the figure holds for: "in a single turn" is per turn, "for Codex users") and `condition` (what it
 * is owed to: "thanks to improvements in our infrastructure", "achieved through middleware tuning techniques"), and
 * whether the figure is on a benchmark the sentence names without the registry knowing it ("58 percent on its own
 * internal "long-horizon refactoring" benchmark"). Read from the words after the figure, up to the end of its
 * clause; what is not written is not drafted. Pure.
 */

/** Determiners and possessives a qualifier's text leaves out ("our infrastructure" → "infrastructure"). */
const DETERMINER = /\b(?:our|their|its|his|her|the|a|an|this|that|these|those)\s+/gi;
/** Head nouns that add nothing to what a condition names ("middleware tuning techniques" → "middleware tuning"). */
const FILLER_HEAD = /\s+(?:techniques|technique|methods|method|approaches|approach)$/i;
/** Phrases that name what a figure is owed to (a plain "through" or "via" names a channel more often: "through the API"). */
const CAUSE =
  /\b(?:thanks to|due to|owing to|as a result of|achieved (?:through|by|with)|made possible by|driven by|enabled by)\s+([^,;.:()]+)/i;
/** "in a single turn", "in one response", "per turn": the unit the figure holds for. */
const PER = /^[^,;.]{0,40}?\b(?:in a single|in one|in each|per)\s+([\p{L}][\p{L}-]*)/iu;
/** Nouns after "per" that are a figure's own unit or scale ("per million tokens"), not its scope. */
const NOT_SCOPE = /^(?:cent|million|thousand|billion|token|tokens|1k|1m)$/i;
/** "for Codex users", "for enterprise customers": the people the figure holds for. */
const FOR_PEOPLE =
  /^[^;.]{0,40}?\bfor\s+((?:[\p{L}\p{N}][\p{L}\p{N}.-]*\s+){0,3}(?:users|customers|developers|teams|subscribers|enterprises))\b/iu;
/** "on <words> benchmark": a benchmark named by description, not by a registry name. */
const ON_BENCHMARK = /\bon\s+((?:[^\s,;.]+\s+){0,6}?(?:benchmark|eval|evaluation|test suite|leaderboard))s?\b/i;

const tidy = (t: string) => t.replace(DETERMINER, '').replace(/\s+/g, ' ').trim().replace(FILLER_HEAD, '');

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
export function circumstancesOf(text: string, end: number, description: string): { scope?: string; condition?: string } {
  const out: { scope?: string; condition?: string } = {};
  const after = text.slice(end, clauseEnd(text, end));
  const per = PER.exec(after);
  const unit = per?.[1]?.toLowerCase();
  if (unit && !NOT_SCOPE.test(unit) && !new RegExp(String.raw`\b(?:one|a single|each|per)\s+${unit}\b`, 'i').test(description))
    out.scope = `per ${unit}`;
  const people = FOR_PEOPLE.exec(after);
  if (people?.[1] && !out.scope) out.scope = tidy(people[1]);
  const cause = CAUSE.exec(text.slice(end));
  if (cause?.[1]) out.condition = tidy(cause[1]);
  return out;
}

/**
 * The benchmark a figure's own clause says it is on by description only ("on its own internal "long-horizon
 * refactoring" benchmark"), when no benchmark the registry names stands between the figure and that phrase; undefined
 * otherwise. `named` are the registry's benchmark mentions in the text.
 */
export function describedBenchmark(text: string, end: number, named: readonly { start: number }[]): string | undefined {
  const stop = clauseEnd(text, end);
  const m = ON_BENCHMARK.exec(text.slice(end, stop));
  if (!m) return undefined;
  const at = end + m.index;
  if (named.some((b) => b.start >= end && b.start <= at + m[0].length)) return undefined;
  return m[0].trim();
}
