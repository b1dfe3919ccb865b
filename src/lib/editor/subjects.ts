/**
 * Who a sentence is about, for the drafter (draft.ts): the entities a passage names, the subject of the
 * clause a figure stands in (never guessed: null when the clause says "it" or "the model"), the entity such a
 * referring phrase may stand for (offered to the editor as a suggestion only), and the party a sentence attributes
 * its statement to ("according to …", "OpenAI says …").
 */
import type { ReferringTerms } from '../../schemas/referring-terms.ts';
import { lineAt, type Span } from '../content/span.ts';
import type { EntityKind } from '../types.ts';
import { findEntities } from './candidates.ts';
import type { DraftEntity } from './draft.ts';

/** A passage of the snapshot and its entity mentions. */
export interface Passage {
  span: Span;
  text: string;
  mentions: { start: number; end: number; id: string; kind: EntityKind }[];
}

const literal = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (verbs: readonly string[]) => verbs.map(literal).join('|') || '(?!)';

/**
 * The reporting phrase a sentence attributes its statement with: "according to X", or up to four words before one of
 * the reporting verbs (content/reporting-verbs.yaml: "OpenAI says", "Engineers reported"); none for "we say".
 */
export function attributionOf(text: string, verbs: readonly string[]): string | undefined {
  const m = new RegExp(
    String.raw`\b([Aa]ccording to [^,.;]+|(?:[A-Z][\p{L}-]*\s+)?(?:[\p{L}-]+\s+){0,3}(?:${alternation(verbs)})\b)`,
    'u',
  ).exec(text);
  if (!m) return undefined;
  if (/^(we|our)\b/i.test(m[1] ?? '')) return undefined;
  return m[1]?.trim();
}

/** A span of the snapshot with the entity names found in it. */
export function passageOf(snapshot: string, span: Span, entities: readonly DraftEntity[], kinds: Map<string, EntityKind>): Passage {
  const text = snapshot.slice(span.start, span.end);
  const mentions = findEntities(
    text,
    entities.map((e) => ({ id: e.id, kind: e.kind, names: e.names })),
  ).map((s) => ({ ...s, kind: kinds.get(s.id) as EntityKind }));
  return { span, text, mentions };
}

/** The passage's text with every entity name blanked out (so a name's digits, "5.3" in GPT-5.3-Codex, are not read as figures). */
export function masked(p: Passage): string {
  let t = p.text;
  for (const s of p.mentions) t = t.slice(0, s.start) + ' '.repeat(s.end - s.start) + t.slice(s.end);
  return t;
}

/** Words after which a sentence's first clause is not its main one ("Where X only tests Python, Y spans four languages"). */
const OPENER =
  /^(where|while|whereas|although|though|unlike|if|when|because|since|after|before|once|by|as|with|in|on|for|through|via|building|using|compared)\b/i;
/**
 * The conjunctions of those openers: what they open is a subordinate clause with a subject of its own ("When OpenAI
 * released GPT-5.3-Codex on …"), which is not who the sentence is about.
 */
const SUBORDINATOR = /^(where|while|whereas|although|though|if|when|because|since|after|before|as|once)\b/i;
/** A clause whose subject is a pronoun or a description: the entity it is about is not named in it. */
const UNNAMED =
  /^(it|its|they|their|this|these|that|those|he|she|the model|the new model|this model|the system|the tool|the company|humans?|people|users|developers|engineers|companies|critics|enthusiasts|early adopters)\b/i;

/** A reporting verb right after the clause's first entity ("OpenAI reports that …", "OpenAI puts …"): what follows is what it reports. */
const reportingFrame = (verbs: readonly string[]) => new RegExp(String.raw`^\s+(?:${alternation(verbs)})(?:\s+that)?\s+`);

/** The commas that end a clause: not one between digits ("February 5, 2026", "1,000"). */
function clauseCommas(text: string): number[] {
  return [...text.matchAll(/,/g)].map((m) => m.index).filter((i) => !(/\d/.test(text[i - 1] ?? '') && /^\s?\d/.test(text.slice(i + 1))));
}

/**
 * The subject a sentence names for a figure: the first entity of the clause the figure is in (a leading
 * phrase is its own: "Unlike GPT-5.2-Codex's 64%, …"), or the entity the figure directly modifies ("$1M
 * Cybersecurity Grant Program"). A clause opened by a party and one of the reporting verbs ("OpenAI reports that …",
 * "OpenAI puts …") is the reported clause. A figure in a leading subordinate clause ("When OpenAI released
 * GPT-5.3-Codex on February 5, 2026, …") takes the main clause's subject when that clause opens with an entity the
 * subordinate clause names too, and is left open otherwise: the subordinate clause's own subject (OpenAI) is not what
 * the sentence is about. Null when the clause's subject is a pronoun or a description ("it", "the model"), or it
 * names none.
 */
export function subjectOf(p: Passage, f: { start: number; end: number }, needsBenchmark: boolean, verbs: readonly string[]): string | null {
  return subjectFor(p, f, needsBenchmark, verbs).id;
}

/**
 * subjectOf, and when it finds none, the words the clause opens with in place of a name ("the model", "The company"),
 * so that the draft's open reason can say what the sentence wrote, and where in the passage they are (`at`).
 */
export function subjectFor(
  p: Passage,
  f: { start: number; end: number },
  needsBenchmark: boolean,
  verbs: readonly string[],
): { id: string | null; unnamed?: string; at?: number } {
  const eligible = p.mentions.filter((m) => !(needsBenchmark && m.kind === 'benchmark'));
  const after = eligible.find((m) => m.start >= f.end && m.start - f.end <= 2 && /^\s*$/.test(p.text.slice(f.end, m.start)));
  if (after) return { id: after.id };
  const owner = ownerAfter(p, f.end, eligible);
  if (owner) return owner;
  let clauseStart = 0;
  let clauseEnd = p.text.length;
  const commas = clauseCommas(p.text);
  const comma = commas[0] ?? -1;
  const lead = p.text.trimStart();
  if (OPENER.test(lead) && comma !== -1) {
    if (f.start > comma) clauseStart = (commas.filter((c) => c < f.start).at(-1) as number) + 1;
    else if (SUBORDINATOR.test(lead)) return { id: mainSubject(p, comma, eligible) };
    else clauseEnd = comma;
  }
  // A semicolon opens a clause of its own ("…; the model can handle up to 8192 tokens"): its subject is its own.
  const semicolon = p.text.lastIndexOf(';', f.start);
  if (semicolon >= clauseStart) clauseStart = semicolon + 1;
  // "OpenAI reports that GPT-5.3-Codex scores…": the reporting party is not the subject; the reported clause's is.
  const reporter = eligible.find((m) => m.start >= clauseStart && p.text.slice(clauseStart, m.start).trim() === '');
  const frame = reporter && reportingFrame(verbs).exec(p.text.slice(reporter.end));
  if (reporter && frame && reporter.end + frame[0].length <= f.start) clauseStart = reporter.end + frame[0].length;
  const written = p.text.slice(clauseStart, clauseEnd);
  const clause = written.trimStart();
  const unnamed = UNNAMED.exec(clause);
  if (unnamed) return { id: null, unnamed: unnamed[0], at: clauseStart + written.length - clause.length };
  const first = eligible.find((m) => m.start >= clauseStart && m.end <= f.start);
  return { id: first?.id ?? null };
}

/** Words that make a name stand for another model: "the previous Codex model" is its predecessor, not the one named. */
const OTHER_THAN_NAMED = /^(?:previous|earlier|prior|older|former|last|preceding)$/i;

/**
 * The entity a figure is said to be "for" right after it ("64.8 percent for GPT-5.2-Codex, and …"): that entity, when
 * the name ends the phrase (not "for Codex users", a scope); none, with the words it wrote, when the phrase describes
 * a model without naming it ("for the previous Codex model", "for earlier models"). Undefined when no such phrase follows.
 */
function ownerAfter(p: Passage, end: number, eligible: Passage['mentions']): { id: string | null; unnamed?: string } | undefined {
  const lead = /^\s+for\s+(?:(?:the|its|their|our|an?)\s+)?(?:([\p{L}]+)\s+)?/iu.exec(p.text.slice(end));
  if (!lead) return undefined;
  const at = end + lead[0].length;
  const phrase = /^(?:[^,;.:()]|\.(?=\d))*/.exec(p.text.slice(end).trimStart())?.[0].trim() ?? '';
  const adjective = lead[1] ?? '';
  const named = eligible.find(
    (m) => m.start === at || (m.start === at - adjective.length - 1 && adjective !== '' && !OTHER_THAN_NAMED.test(adjective)),
  );
  const closes = (e: number) => /^(?:\s*(?:[,.;:)]|$)|\s+(?:and|on|in|with|at|while|but)\b)/.test(p.text.slice(e));
  if (named && !OTHER_THAN_NAMED.test(adjective) && closes(named.end)) return { id: named.id };
  const described = /^for\s+(?:[\p{L}\p{N}.-]+\s+){0,4}?(?:model|models|version|versions|release)\b/iu.exec(phrase);
  if (described && (OTHER_THAN_NAMED.test(adjective) || !named)) return { id: null, unnamed: described[0] };
  return undefined;
}

/** The main clause's subject after a leading subordinate clause ending at `comma`: an entity it opens with that the subordinate clause names too. */
function mainSubject(p: Passage, comma: number, eligible: Passage['mentions']): string | null {
  const opening = eligible.find((m) => m.start > comma && p.text.slice(comma + 1, m.start).trim() === '');
  if (!opening) return null;
  return eligible.some((m) => m.end <= comma && m.id === opening.id) ? opening.id : null;
}

/**
 * The entity a subject acts on with one of a date property's terms ("OpenAI released GPT-5.3-Codex", "OpenAI
 * launched its Grant Program"): the date is the released thing's, not the releaser's. The subject itself when no
 * entity follows the term ("the Grant Program launched in 2023").
 */
export function objectOf(p: Passage, subject: string | null, terms: readonly string[]): string | null {
  if (subject === null) return null;
  const at = p.mentions.find((m) => m.id === subject);
  if (!at) return subject;
  for (const term of terms) {
    const m = new RegExp(
      String.raw`^\s+${term.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\s+(?:(?:the|its|our|their|a|an)\s+)?$`,
    );
    const next = p.mentions.find((x) => x.start > at.end && m.test(p.text.slice(at.end, x.start).toLowerCase()));
    if (next) return next.id;
  }
  return subject;
}

/**
 * The entity a leading subordinate clause's subject acts on with one of a date property's terms, when the date `at` is in
 * that clause ("When OpenAI released GPT-5.3-Codex on February 5, 2026, it …": the date is GPT-5.3-Codex's, named as
 * what is released, whatever the main clause says). Null when the clause names no such entity ("When OpenAI launched …").
 */
export function releasedInLead(p: Passage, at: number, terms: readonly string[]): string | null {
  const comma = clauseCommas(p.text)[0];
  if (!SUBORDINATOR.test(p.text.trimStart()) || comma === undefined || at > comma) return null;
  for (const m of p.mentions.filter((x) => x.end <= at)) {
    const object = objectOf(p, m.id, terms);
    if (object !== m.id) return object;
  }
  return null;
}

/** How many passages before a figure's own the drafter looks back in for a referring phrase's antecedent. */
export const ANTECEDENT_REACH = 16;

/**
 * The referring phrase (content/referring-terms.yaml) that stands for a figure's subject: the words its clause opens
 * with in place of a name (`opening`, from subjectFor) when they are one, else the last such phrase of the figure's
 * clause before the figure ("where it scores over 90 percent", "reveal the model's architecture as …"). Not one followed
 * by a reporting verb: "The company claims a score of 71.2 percent" names who reports it, not what it is about. None
 * when the figure says whose it is without a name ("64.8 percent for the previous Codex model").
 */
export function referringPhrase(
  p: Passage,
  f: { start: number },
  opening: { unnamed?: string; at?: number },
  terms: ReferringTerms,
  verbs: readonly string[],
): { phrase: string; at: number } | undefined {
  const phrases = terms.phrases.map((t) => literal(t.phrase).replace(/ +/g, String.raw`\s+`));
  if (phrases.length === 0) return undefined;
  const reporting = new RegExp(String.raw`^\s+(?:${alternation(verbs)})\b`, 'i');
  const reports = (at: number, phrase: string) => verbs.length > 0 && reporting.test(p.text.slice(at + phrase.length));
  // "64.8 percent for the previous Codex model": the figure says whose it is, and it is not a name.
  if (opening.unnamed?.startsWith('for ')) return undefined;
  if (opening.unnamed !== undefined && opening.at !== undefined) {
    const known = terms.phrases.some((t) => t.phrase === opening.unnamed?.toLowerCase().replace(/\s+/g, ' '));
    if (known && !reports(opening.at, opening.unnamed)) return { phrase: opening.unnamed, at: opening.at };
  }
  const from = p.text.lastIndexOf(';', f.start) + 1;
  const any = new RegExp(
    String.raw`(?<![\p{L}\p{N}-])(?:${phrases.sort((a, b) => b.length - a.length).join('|')})(?![\p{L}\p{N}-])`,
    'giu',
  );
  const found = [...p.text.slice(from, f.start).matchAll(any)]
    .map((m) => ({ phrase: m[0], at: from + m.index }))
    .filter((m) => !reports(m.at, m.phrase));
  return found.at(-1);
}

/** An entity a referring phrase may stand for, and the passage that names it. */
export interface Antecedent {
  id: string;
  kind: EntityKind;
  /** The name as the passage writes it. */
  name: string;
  /** The passage that names it: the figure's own, or one before it. */
  passage: Passage;
}

/**
 * The entity a referring phrase that opens a figure's clause may stand for ("the model", "it": the phrases of
 * content/referring-terms.yaml, each with the kinds of entity it can stand for): the first entity of such a kind that
 * the figure's own passage names before the phrase (`at`), else the first one in the nearest of the ANTECEDENT_REACH
 * passages `before` it that names one. `excluded`: kinds it cannot be here (a benchmark, for a score measured on
 * one). Undefined when the phrase is not a referring one or no such entity is near. Only ever a suggestion for the
 * editor: the sentence does not name it.
 */
export function antecedentOf(
  phrase: string,
  p: Passage,
  at: number,
  before: readonly Passage[],
  terms: ReferringTerms,
  excluded: readonly EntityKind[] = [],
): Antecedent | undefined {
  const said = phrase.toLowerCase().replace(/\s+/g, ' ').trim();
  const kinds = terms.phrases.find((t) => t.phrase === said)?.kinds.filter((k) => !excluded.includes(k));
  if (!kinds || kinds.length === 0) return undefined;
  // Not a name that stands for another model ("the previous Codex model").
  const other = (passage: Passage, start: number) => OTHER_THAN_NAMED.test(/([\p{L}]+)\s+$/u.exec(passage.text.slice(0, start))?.[1] ?? '');
  const firstIn = (passage: Passage, end: number): Antecedent | undefined => {
    const m = passage.mentions.find((x) => x.end <= end && kinds.includes(x.kind) && !other(passage, x.start));
    return m && { id: m.id, kind: m.kind, name: passage.text.slice(m.start, m.end), passage };
  };
  const own = firstIn(p, at);
  if (own) return own;
  for (const passage of before.slice(-ANTECEDENT_REACH).reverse()) {
    const found = firstIn(passage, passage.text.length);
    if (found) return found;
  }
  return undefined;
}

/** The longest excerpt of an antecedent's passage a suggestion's reason quotes. */
const EXCERPT_CHARS = 90;

/** Why a draft suggests an antecedent as its subject: the phrase, the name, and where it is written (quoted, shortened). */
export function suggestionWhy(snapshot: string, phrase: string, a: Antecedent, own: Passage): string {
  const at = a.passage.mentions.find((m) => m.id === a.id)?.start ?? 0;
  const from = Math.max(0, at - EXCERPT_CHARS / 2);
  const excerpt = a.passage.text
    .slice(from, from + EXCERPT_CHARS)
    .replace(/\s+/g, ' ')
    .trim();
  const where = a.passage === own ? 'earlier in the same sentence' : `on snapshot line ${lineAt(snapshot, a.passage.span.start)}`;
  const ellipsis = (cut: boolean) => (cut ? '…' : '');
  return `"${phrase}" may stand for ${a.name}, the ${a.kind} named ${where}: "${ellipsis(from > 0)}${excerpt}${ellipsis(from + EXCERPT_CHARS < a.passage.text.length)}". Take it only if the context makes it certain.`;
}
