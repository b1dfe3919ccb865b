/**
 * Who a sentence is about, for the drafter (draft.ts): the entities a passage names, the subject of the
 * clause a figure stands in (never guessed: null when the clause says "it" or "the model"), and the party a
 * sentence attributes its statement to ("according to …", "OpenAI says …").
 */
import type { Span } from '../content/span.ts';
import type { EntityKind } from '../types.ts';
import { findEntities } from './candidates.ts';
import type { DraftEntity } from './draft.ts';

/** A passage of the snapshot and its entity mentions. */
export interface Passage {
  span: Span;
  text: string;
  mentions: { start: number; end: number; id: string; kind: EntityKind }[];
}

/** A phrase that attributes a statement to someone: "according to …", or up to four words before a reporting verb. */
const ATTRIBUTION =
  /\b(according to [^,.;]+|(?:[A-Z][\p{L}-]*\s+)?(?:[\p{L}-]+\s+){0,3}(?:reported|reports|report|reporting|say|says|said|claim|claims|estimate|estimates|estimated|praise|praises)\b)/u;

/** The reporting phrase a sentence attributes its statement with ("according to X", "OpenAI says"); none for "we say". */
export function attributionOf(text: string): string | undefined {
  const m = ATTRIBUTION.exec(text);
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
  /^(where|while|whereas|although|though|unlike|if|when|because|since|after|before|by|as|with|in|on|for|through|via|building|using|compared)\b/i;
/** A clause whose subject is a pronoun or a description: the entity it is about is not named in it. */
const UNNAMED =
  /^(it|its|they|their|this|these|that|those|he|she|the model|the new model|this model|the system|the tool|the company|humans?|people|users|developers|engineers|companies|critics|enthusiasts|early adopters)\b/i;

/** A reporting verb right after the clause's first entity ("OpenAI reports that …", "The vendor says …"): what follows is what it reports. */
const REPORTING_FRAME =
  /^\s+(?:reports|reported|says|said|notes|noted|states|stated|claims|claimed|writes|wrote|announces|announced|estimates|estimated)(?:\s+that)?\s+/;

/**
 * The subject a sentence names for a figure: the first entity of the clause the figure is in (a leading
 * subordinate clause is its own), or the entity the figure directly modifies ("$1M Cybersecurity Grant Program").
 * A clause opened by a party reporting it ("OpenAI reports that …") is the reported clause. Null when the
 * clause's subject is a pronoun or a description ("it", "the model"), or it names none.
 */
export function subjectOf(p: Passage, f: { start: number; end: number }, needsBenchmark: boolean): string | null {
  const eligible = p.mentions.filter((m) => !(needsBenchmark && m.kind === 'benchmark'));
  const after = eligible.find((m) => m.start >= f.end && m.start - f.end <= 2);
  if (after) return after.id;
  let clauseStart = 0;
  let clauseEnd = p.text.length;
  const comma = p.text.indexOf(',');
  if (OPENER.test(p.text.trimStart()) && comma !== -1) {
    if (f.start > comma) clauseStart = p.text.lastIndexOf(',', f.start) + 1;
    else clauseEnd = comma;
  }
  // "OpenAI reports that GPT-5.3-Codex scores…": the reporting party is not the subject; the reported clause's is.
  const reporter = eligible.find((m) => m.start >= clauseStart && p.text.slice(clauseStart, m.start).trim() === '');
  const frame = reporter && REPORTING_FRAME.exec(p.text.slice(reporter.end));
  if (reporter && frame && reporter.end + frame[0].length <= f.start) clauseStart = reporter.end + frame[0].length;
  const clause = p.text.slice(clauseStart, clauseEnd).trimStart();
  if (UNNAMED.test(clause)) return null;
  const first = eligible.find((m) => m.start >= clauseStart && m.end <= f.start);
  return first?.id ?? null;
}
