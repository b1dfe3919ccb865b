/**
 * Drafted statements (true/false and enum claims), for the drafter (draft.ts): a sentence that names its subject, holds
 * one of a property's terms and lists values of its one required qualifier by the names of the registry's
 * `qualifierTerms` ("GPT-5.3-Codex supports Python, Go and Rust", "is available in the app, CLI and web") states the
 * property once per value named. A true/false property is drafted true, and not at all in a negated sentence; an enum
 * property takes the value whose words the sentence holds ("not yet available"), and is not drafted when it holds none.
 * A sentence that names no subject ("It supports …", "The review mode is …") drafts no statement: such terms are
 * common words, and a statement's subject is never guessed. Pure.
 */
import type { DraftInput } from '../../schemas/draft.ts';
import type { DraftProperty } from './draft.ts';
import { type Passage, subjectOf } from './subjects.ts';

/** A drafted statement before it gets its id. */
export type StatementDraft = Omit<DraftInput, 'id' | 'prefix'>;

const literal = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A name's hits in a text, as written (letter case kept: "Go" the language is not "go"), on word boundaries. */
function namedAt(text: string, name: string): number[] {
  const re = new RegExp(String.raw`(?<![\p{L}\p{N}])${literal(name)}(?![\p{L}\p{N}])`, 'gu');
  return [...text.matchAll(re)].map((m) => m.index);
}
/** A term's hits, letter case folded, on word boundaries. */
const termIn = (text: string, term: string) =>
  new RegExp(String.raw`(?<![\p{L}\p{N}])${literal(term.toLowerCase())}(?![\p{L}\p{N}])`, 'u').test(text.toLowerCase());
const NEGATION = /\b(not|no|never|cannot|without)\b|n['’]t\b/i;

/** The values of one qualifier a text names, in order, each with its first hit; a name inside a longer one is not read. */
function namedValues(text: string, names: Readonly<Record<string, readonly string[]>>): { value: string; start: number; text: string }[] {
  const hits = Object.entries(names).flatMap(([value, list]) =>
    list.flatMap((name) => namedAt(text, name).map((start) => ({ value, start, end: start + name.length, text: name }))),
  );
  const kept = hits.filter((h) => !hits.some((o) => o !== h && o.start <= h.start && h.end <= o.end && o.end - o.start > h.end - h.start));
  const out: { value: string; start: number; text: string }[] = [];
  for (const h of kept.sort((a, b) => a.start - b.start)) if (!out.some((o) => o.value === h.value)) out.push(h);
  return out;
}

/** The enum value whose words a text holds, the longest first ("not-yet-available" before "available"); null when none. */
function enumValue(values: readonly string[], text: string): string | null {
  return [...values].sort((a, b) => b.length - a.length).find((v) => termIn(text, v.replaceAll('-', ' '))) ?? null;
}

/** The statements a passage states (see the file comment). */
export function statementsIn(p: Passage, properties: readonly DraftProperty[], verbs: readonly string[]): StatementDraft[] {
  const out: StatementDraft[] = [];
  for (const prop of properties) {
    if (prop.valueType !== 'boolean' && prop.valueType !== 'enum') continue;
    const [key, ...more] = prop.requiredQualifiers;
    const names = key === undefined ? undefined : prop.qualifierTerms[key];
    if (!key || more.length > 0 || !names) continue;
    const named = namedValues(p.text, names);
    if (named.length === 0) continue;
    // The property's own terms, outside the qualifier names ("languages", "available").
    let rest = p.text;
    for (const n of named) rest = rest.replaceAll(n.text, ' ');
    if (!prop.terms.some((t) => termIn(rest, t))) continue;
    const value = prop.valueType === 'boolean' ? (NEGATION.test(p.text) ? null : true) : enumValue(prop.values, p.text);
    if (value === null) continue;
    const first = named[0] as (typeof named)[number];
    const subject = subjectOf(p, { start: first.start, end: first.start + first.text.length }, false, verbs);
    if (subject === null) continue;
    for (const n of named)
      out.push({
        kind: 'statement',
        subject,
        property: prop.id,
        qualifiers: { [key]: n.value },
        value,
        quote: p.text,
        figure: n.text,
        span: p.span,
        open: [],
      });
  }
  return out;
}
