/**
 * Drafted claims: what `npm run source:add` proposes from a new snapshot, for an editor to review
 * (`npm run review`). Every draft quotes one exact span of the snapshot (a sentence, a list item or a
 * table row); its subject is an entity the quote names (names and aliases from content/), its property
 * and qualifiers are those the property registry's terms point to. What cannot be decided from the quote
 * is left null with an `open` reason: a subject the quote does not name is never guessed.
 * Pure: the caller passes the snapshot text, the entities and the registry.
 */

import { type CircumstanceTerms, circumstanceTermsSchema } from '../../schemas/circumstance-terms.ts';
import { claimSchema } from '../../schemas/claim.ts';
import type { Draft, DraftInput } from '../../schemas/draft.ts';
import type { ReferringTerms } from '../../schemas/referring-terms.ts';
import { foldText, lineAt, passages, resolveSpan, type Span } from '../content/span.ts';
import type { EntityKind, Property } from '../types.ts';
import { parseNumericValue } from '../values.ts';
import { findEntities } from './candidates.ts';
import { cardOf } from './cards.ts';
import { circumstancesOf, describedBenchmark } from './circumstances.ts';
import { datesIn, figuresIn, NUM } from './figures.ts';
import { statementsIn } from './statements.ts';
import {
  ANTECEDENT_REACH,
  antecedentOf,
  attributionOf,
  masked,
  objectOf,
  type Passage,
  passageOf,
  referringPhrase,
  releasedInLead,
  subjectFor,
  subjectOf,
  suggestionWhy,
} from './subjects.ts';
import { layoutTables, pipeTables } from './tables.ts';
import { DURATION_UNITS, dimension, effortIn, GENERIC_UNITS, termQualifiers, termScore } from './terms.ts';

/** An entity the drafter looks for: its id, kind and every name it goes by. */
export interface DraftEntity {
  id: string;
  kind: EntityKind;
  names: readonly string[];
}

/** The registry fields the drafter reads. */
export type DraftProperty = Pick<
  Property,
  | 'id'
  | 'label'
  | 'description'
  | 'valueType'
  | 'values'
  | 'unit'
  | 'terms'
  | 'qualifierTerms'
  | 'requiredQualifiers'
  | 'compares'
  | 'benchmarkRole'
  | 'bound'
  | 'values'
>;

/** What drafting needs. */
export interface DraftingInput {
  snapshot: string;
  entities: readonly DraftEntity[];
  properties: readonly DraftProperty[];
  /** The reporting verbs of content/reporting-verbs.yaml ("says", "reported", "puts"). */
  reportingVerbs: readonly string[];
  /** The phrases of content/circumstance-terms.yaml (scope, condition, a benchmark by description); none drafts none. */
  circumstanceTerms?: CircumstanceTerms;
  /** The phrases of content/referring-terms.yaml ("the model", "it"), for suggested subjects; none suggests none. */
  referringTerms?: ReferringTerms;
}

const NO_CIRCUMSTANCE_TERMS: CircumstanceTerms = circumstanceTermsSchema.parse({});
const NO_REFERRING_TERMS: ReferringTerms = { phrases: [] };

/** The id a draft's fields propose before it is made unique: property, benchmark, direction, channel and subject. */
export function idBase(d: Pick<Draft, 'property' | 'subject' | 'qualifiers'>): string {
  const parts = [d.property ?? 'claim', d.qualifiers.benchmark, d.qualifiers.direction, d.qualifiers.channel, d.subject ?? 'open'].filter(
    (p): p is string => typeof p === 'string',
  );
  return parts
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 70)
    .replace(/-$/, '');
}

/** The id a draft proposes (idBase), made unique against `used` ("-2", "-3" …) and added to it. */
export function proposeId(d: Pick<Draft, 'property' | 'subject' | 'qualifiers'>, used: Set<string>): string {
  const base = idBase(d);
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

/** A text that picks one occurrence of a quote that occurs several times: the words right before it. */
export function prefixFor(snapshot: string, span: Span, quote: string, folded: ReturnType<typeof foldText>): string | undefined {
  const first = resolveSpan(quote, folded);
  if (first.ok) return undefined;
  for (let words = 1; words <= 12; words++) {
    const before = snapshot.slice(0, span.start).trimEnd();
    const m = new RegExp(String.raw`(?:\S+\s+){0,${words - 1}}\S+$`).exec(before);
    if (!m) return undefined;
    const prefix = m[0];
    const r = resolveSpan(quote, folded, { prefix });
    if (r.ok && r.span.start === span.start) return prefix;
  }
  return undefined;
}

/** Drafts the claims of a snapshot (see the file comment). */
export function draftClaims(input: DraftingInput): Draft[] {
  const {
    snapshot,
    entities,
    properties,
    reportingVerbs,
    circumstanceTerms = NO_CIRCUMSTANCE_TERMS,
    referringTerms = NO_REFERRING_TERMS,
  } = input;
  const kinds = new Map(entities.map((e) => [e.id, e.kind]));
  const folded = foldText(snapshot);
  const used = new Set<string>();
  const drafts: (DraftInput & { line: number })[] = [];
  const covered: Span[] = [];
  const scoreRole = properties.find((p) => p.benchmarkRole === 'score');
  const reportedRole = properties.find((p) => p.benchmarkRole === 'reported');
  const mentionsIn = (text: string) =>
    findEntities(
      text,
      entities.map((e) => ({ id: e.id, kind: e.kind, names: e.names })),
    ).map((s) => ({ ...s, kind: kinds.get(s.id) as EntityKind }));

  const push = (d: Omit<DraftInput, 'id' | 'prefix'>) => {
    const prefix = prefixFor(snapshot, d.span, d.quote, folded);
    const qualifiers = d.qualifiers ?? {};
    const id = proposeId({ property: d.property, subject: d.subject, qualifiers }, used);
    drafts.push({ ...d, id, qualifiers, ...(prefix ? { prefix } : {}), line: lineAt(snapshot, d.span.start) });
  };

  // Tables: each cell of a score column under a header naming a model is a figure.
  for (const table of [...pipeTables(snapshot), ...layoutTables(snapshot)]) {
    const columns = table.header.map((h) => {
      const subject = mentionsIn(h.text).find((m) => m.kind !== 'benchmark');
      return { header: h.text, subject: subject?.id ?? null, effort: effortIn(h.text) };
    });
    if (!columns.some((c) => c.subject)) continue;
    for (const row of table.rows) {
      const first = row.find((c) => c.start >= 0);
      const last = [...row].reverse().find((c) => c.start >= 0);
      if (!first || !last) continue;
      // A pipe table's row is quoted whole, from its first "|" to its last.
      let start = first.start;
      let end = last.end;
      while (start > 0 && /[ \t|]/.test(snapshot[start - 1] ?? '')) start--;
      while (end < snapshot.length && /[ \t|]/.test(snapshot[end] ?? '')) end++;
      while (start < first.start && /\s/.test(snapshot[start] ?? '')) start++;
      while (end > last.end && /\s/.test(snapshot[end - 1] ?? '')) end--;
      const span = { start, end };
      const quote = snapshot.slice(span.start, span.end);
      covered.push(span);
      const label = row[0]?.text ?? '';
      const benchmark = mentionsIn(label).find((m) => m.kind === 'benchmark');
      row.forEach((cell, i) => {
        if (i === 0) return;
        const column = columns[i];
        if (!column?.subject) return;
        const open: { field: string; why: string }[] = [];
        const qualifiers: Record<string, string> = {};
        if (benchmark) qualifiers.benchmark = benchmark.id;
        else open.push({ field: 'qualifiers.benchmark', why: `the row label "${label}" names no benchmark of content/benchmarks/.` });
        const effort = effortIn(cell.text) ?? column.effort;
        if (effort) qualifiers.effort = effort;
        // The row label's own qualifiers, as the score property's qualifierTerms name them ("(Public)": variant Public).
        const labelled = scoreRole ? termQualifiers(scoreRole, label, 0) : {};
        Object.assign(qualifiers, labelled);
        const paren = /\(([^)]+)\)/.exec(label)?.[1] ?? '';
        if (paren && !effortIn(`(${paren})`) && Object.keys(labelled).length === 0)
          open.push({
            field: 'qualifiers',
            why: `the row label adds "(${paren})" to the benchmark's name: record it as a variant or a metric qualifier if it is one.`,
          });
        const pct = new RegExp(String.raw`^(${NUM})\s?%`).exec(cell.text);
        if (pct && scoreRole) {
          push({
            kind: 'figure',
            subject: column.subject,
            property: scoreRole.id,
            qualifiers,
            value: pct[1] as string,
            unit: '%',
            quote,
            figure: cell.text,
            span,
            header: column.header,
            open,
          });
        } else if (/^[-\u2010-\u2015\u2212]$/.test(cell.text) && reportedRole) {
          push({
            kind: 'statement',
            subject: column.subject,
            property: reportedRole.id,
            qualifiers,
            value: false,
            quote,
            figure: cell.text,
            span,
            header: column.header,
            open,
          });
        }
      });
    }
  }

  const numberProps = properties.filter((p) => p.valueType === 'number' && p.compares === null && p.unit !== null);
  const dateProps = properties.filter((p) => p.valueType === 'date');
  // The passages drafted so far, where a referring phrase's antecedent is looked for.
  const earlier: Passage[] = [];
  for (const span of passages(snapshot)) {
    if (covered.some((c) => span.start < c.end && c.start < span.end)) continue;
    const p = passageOf(snapshot, span, entities, kinds);
    earlier.push(p);
    // Only the last few are ever looked in (a snapshot may have tens of thousands of passages).
    const before = earlier.slice(-ANTECEDENT_REACH - 1, -1);
    const bare = masked(p);
    const attribution = attributionOf(p.text, reportingVerbs);
    for (const f of figuresIn(bare)) {
      // The property: the registry entry whose terms point at this figure, among those whose unit fits a reading.
      const scored = numberProps
        .map((prop) => {
          const reading = f.readings.find((r) => dimension(r.unit) === dimension(prop.unit as string));
          if (!reading) return null;
          const needsBenchmark = prop.requiredQualifiers.includes('benchmark');
          if (needsBenchmark && !p.mentions.some((m) => m.kind === 'benchmark')) return null;
          const terms = termScore(prop, p.text, f.start);
          // A unit the figure names itself ("parameters", "seconds") points at the properties counted in it; one that
          // a single property of the registry is counted in ("kilowatt-hours") is evidence enough, unless it is a
          // duration (any task takes seconds).
          const exact = reading.unit === prop.unit && !GENERIC_UNITS.has(reading.unit) ? 15 : 0;
          const alone = exact > 0 && !DURATION_UNITS.has(reading.unit) && numberProps.filter((q) => q.unit === prop.unit).length === 1;
          return { prop, reading, score: terms > 0 || alone ? terms + exact : 0 };
        })
        .filter((s): s is NonNullable<typeof s> => s !== null && s.score > 0)
        .sort((a, b) => b.score - a.score);
      if (scored.length === 0) continue;
      const best = scored[0] as (typeof scored)[number];
      const open: { field: string; why: string }[] = [];
      const tie = scored.filter((s) => s.score === best.score);
      let property: string | null = best.prop.id;
      if (tie.length > 1) {
        property = null;
        open.push({ field: 'property', why: `the terms point equally at ${tie.map((s) => s.prop.id).join(', ')}.` });
      }
      const prop = best.prop;
      const qualifiers: Record<string, string> = {};
      const needsBenchmark = prop.requiredQualifiers.includes('benchmark');
      const benchmarks = p.mentions.filter((m) => m.kind === 'benchmark');
      // The benchmark: the one the registry names nearest the figure, unless the figure's own clause puts it on a
      // benchmark the registry does not know ("and 58 percent on its own internal … benchmark").
      const described = needsBenchmark ? describedBenchmark(p.text, f.end, benchmarks, circumstanceTerms) : undefined;
      if (described)
        open.push({
          field: 'qualifiers.benchmark',
          why: `the figure is ${described}, a benchmark content/benchmarks/ does not name (not ${benchmarks.map((b) => p.text.slice(b.start, b.end)).join(' or ')}); add the benchmark there, or leave the figure out.`,
        });
      else if (needsBenchmark) {
        const nearest = [...benchmarks].sort((a, b) => Math.abs(a.start - f.start) - Math.abs(b.start - f.start))[0];
        if (nearest) qualifiers.benchmark = nearest.id;
      }
      Object.assign(qualifiers, termQualifiers(prop, p.text, f.start));
      for (const [key, value] of Object.entries(circumstancesOf(p.text, f.end, prop.description, circumstanceTerms)))
        if (!(key in qualifiers)) qualifiers[key] = value;
      for (const key of prop.requiredQualifiers)
        if (!(key in qualifiers) && !(key === 'benchmark' && described))
          open.push({ field: `qualifiers.${key}`, why: `${prop.id} needs a ${key}, and the sentence states none.` });
      // The subject: the nearest entity named before the figure (not the benchmark it is measured on).
      const found = subjectFor(p, f, needsBenchmark, reportingVerbs);
      const subject = found.id;
      if (subject === null)
        open.push({
          field: 'subject',
          why: found.unnamed?.startsWith('for ')
            ? `the figure is "${found.unnamed}", which names no entity of content/: write the one it means if the context makes it certain (never guess it).`
            : found.unnamed
              ? `the clause says "${found.unnamed}" where a name would be: write the entity it means if the context makes it certain (never guess it).`
              : `the sentence names no ${needsBenchmark ? 'model, product or organization (a benchmark is what the figure is on)' : 'model, benchmark, product or organization'} before the figure; write the one it is about (never guess it).`,
        });
      // A subject the clause refers to ("the model", "it") and an earlier passage names: a suggestion, never the subject.
      const referring = subject === null ? referringPhrase(p, f, found, referringTerms, reportingVerbs) : undefined;
      const antecedent =
        referring && antecedentOf(referring.phrase, p, referring.at, before, referringTerms, needsBenchmark ? ['benchmark'] : []);
      let { value, unit } = best.reading;
      // "Up to 8192 tokens" of a maximum is the maximum itself.
      if (/^[<>]=?/.test(value) && /\b(max|maximum|limit|upper bound)\b/i.test(`${prop.label} ${prop.description}`))
        value = value.replace(/^[<>]=?/, '');
      // A property whose value is a bound (the registry's `bound`) states a bare figure as that bound.
      if (prop.bound && /^\d/.test(value)) value = `${prop.bound === 'upper' ? '<=' : '>='}${value}`;
      if (!parseNumericValue(value).ok) continue;
      push({
        kind: 'figure',
        subject,
        property,
        qualifiers,
        value,
        unit,
        quote: p.text,
        figure: f.text.trim(),
        span,
        ...(attribution ? { attribution } : {}),
        open,
        ...(antecedent ? { suggestedSubject: { id: antecedent.id, why: suggestionWhy(snapshot, referring.phrase, antecedent, p) } } : {}),
      });
    }
    for (const d of statementsIn(p, properties, reportingVerbs)) push({ ...d, ...(attribution ? { attribution } : {}) });
    for (const d of datesIn(p.text)) {
      // A date alone on its line is a dated card's: its title line names the subject, its lines hold the terms.
      const card = cardOf(
        snapshot,
        { start: span.start + d.start, end: span.start + d.end },
        (t) => datesIn(t).some((x) => x.text === t),
        (t) => mentionsIn(t).map((m) => m.id),
      );
      const words = card ? card.words : p.text.replace(d.text, '');
      const scored = dateProps
        .map((prop) => ({ prop, score: termScore(prop, words, card ? 0 : d.start) }))
        .filter((s) => s.score > 0)
        .sort((a, b) => b.score - a.score);
      const best = scored[0];
      if (!best) continue;
      // The subject: the first entity of the clause the date is in, as for a figure (a benchmark may be dated too),
      // or what that entity releases ("OpenAI released GPT-5.3-Codex on …": the date is GPT-5.3-Codex's), also in a
      // leading subordinate clause ("When OpenAI released GPT-5.3-Codex on …, it …").
      const subject = card
        ? card.subject
        : (objectOf(p, subjectOf(p, d, false, reportingVerbs), best.prop.terms) ?? releasedInLead(p, d.start, best.prop.terms));
      const open = subject
        ? []
        : [
            {
              field: 'subject',
              why: 'the sentence names no model, product or organization the date belongs to; write it (never guess it).',
            },
          ];
      push({
        kind: 'figure',
        subject,
        property: best.prop.id,
        qualifiers: {},
        value: d.value,
        quote: card ? snapshot.slice(card.span.start, card.span.end) : p.text,
        figure: d.text,
        span: card ? card.span : span,
        ...(attribution && !card ? { attribution } : {}),
        open,
      });
    }
  }
  return drafts.sort((a, b) => a.span.start - b.span.start).map(({ line: _line, ...d }) => d as Draft);
}

/** The claim an accepted draft becomes (index.mdx `claims:` item), validated by the claim schema; or what is still missing. */
export function claimOfDraft(d: Draft): { ok: true; claim: ReturnType<typeof claimSchema.parse> } | { ok: false; missing: string[] } {
  const missing: string[] = [];
  if (d.subject === null) missing.push('subject');
  if (d.property === null) missing.push('property');
  if (d.value === null) missing.push('value');
  if (missing.length > 0) return { ok: false, missing };
  const notes = [
    d.header ? `Table cell, column ${d.header}.` : null,
    d.attribution ? `The source attributes it: "${d.attribution}".` : null,
  ].filter((n): n is string => n !== null);
  const parsed = claimSchema.safeParse({
    id: d.id,
    subject: d.subject,
    property: d.property,
    ...(Object.keys(d.qualifiers).length > 0 ? { qualifiers: d.qualifiers } : {}),
    value: d.value,
    ...(d.unit ? { unit: d.unit } : {}),
    quote: d.quote.replace(/\s+/g, ' ').trim(),
    ...(d.prefix ? { prefix: d.prefix.replace(/\s+/g, ' ') } : {}),
    ...(d.figure && !/\s{2,}|\n|\t/.test(d.figure) ? { figure: d.figure } : {}),
    ...(notes.length > 0 ? { note: notes.join(' ') } : {}),
  });
  if (!parsed.success) return { ok: false, missing: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  return { ok: true, claim: parsed.data };
}
