/**
 * Drafted coverage: every unit of a snapshot (a sentence, list item or table cell, as the site's own segmentation
 * cuts it: src/lib/content/units.ts) that no draft claim covers gets a suggested reason from the closed list of
 * src/schemas/not-claim.ts, for `npm run review` to accept into the source's `notClaims:`. The words that signal
 * navigation, metadata, promotion, example and rhetoric come from content/not-claim-terms.yaml; heading, chart,
 * repeats, blocks of short lines (menus, byline blocks, charts), bylines (metadata), code (example) and questions
 * (rhetoric; quoted ones are examples) from a unit's shape. A unit none of these fits is
 * suggested with its reason left open: it may state a claim the drafter missed. Pure.
 */
import { type Suggestion, type SuggestionInput, suggestionSchema } from '../../schemas/draft.ts';
import type { NotClaimReason } from '../../schemas/not-claim.ts';
import type { NotClaimTerms } from '../../schemas/not-claim-terms.ts';
import { foldText, type Span } from '../content/span.ts';
import { segment, type Unit } from '../content/units.ts';
import { findEntities } from './candidates.ts';
import { type DraftEntity, prefixFor } from './draft.ts';
import { figuresIn } from './figures.ts';

/** A unit's suggested classification: the reason (null when none fits) and why it was suggested. */
export interface UnitSuggestion {
  unit: Unit;
  reason: NotClaimReason | null;
  /** For `repeats`: the id of the draft whose figure the unit restates. */
  claim?: string;
  /** Why this reason was suggested, in words the editor can check. */
  why: string;
}

/** What coverage suggestions need: the snapshot, the drafts that cover units, the vocabulary and the entities. */
export interface CoverageInput {
  snapshot: string;
  /** The drafts still in play (not rejected): their spans cover units; their figures make repeats. */
  drafts: readonly { id: string; span: Span; subject: string | null; figure?: string | undefined }[];
  terms: NotClaimTerms;
  entities: readonly DraftEntity[];
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const WORD = /[\p{L}\p{N}]/u;
const fold = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-');

/** Whether a text holds a phrase, on word boundaries where the phrase starts or ends with a letter or digit. */
export function holds(text: string, phrase: string): boolean {
  const hay = fold(text);
  const needle = fold(phrase);
  for (let at = hay.indexOf(needle); at !== -1 && needle !== ''; at = hay.indexOf(needle, at + 1)) {
    const startOk = !WORD.test(needle[0] ?? '') || !WORD.test(hay[at - 1] ?? ' ');
    const endOk = !WORD.test(needle.at(-1) ?? '') || !WORD.test(hay[at + needle.length] ?? ' ');
    if (startOk && endOk) return true;
  }
  return false;
}

const bare = (s: string) =>
  fold(s)
    .replace(/[\s.:;,!?|>»›→]+$/u, '')
    .trim();

/** The first term reason whose vocabulary fits a unit, with the phrase that fits. */
function byTerms(text: string, terms: NotClaimTerms): { reason: NotClaimReason; why: string } | null {
  const t = bare(text);
  for (const [reason, v] of Object.entries(terms) as [NotClaimReason, NotClaimTerms['navigation']][]) {
    const whole = v.whole.find((p) => bare(p) === t);
    if (whole) return { reason, why: `it is "${whole}", a ${reason} phrase of content/not-claim-terms.yaml.` };
    // Markdown emphasis around a label ("**URL:** https://…") is not part of it.
    const start = v.starts.find((p) => fold(text.replace(/^[*_]{1,3}(?=\S)/, '').replace(/^([^*_]+)[*_]{1,3}/, '$1')).startsWith(fold(p)));
    if (start) return { reason, why: `it begins with "${start.trim()}", a ${reason} phrase of content/not-claim-terms.yaml.` };
    const held = v.contains.find((p) => holds(text, p));
    if (held) return { reason, why: `it holds "${held}", a ${reason} phrase of content/not-claim-terms.yaml.` };
  }
  return null;
}

/** Axis ticks, legends' numbers and timestamps: a short unit of numbers, signs and units only. */
const CHART = /^[\s\d.,:%$€£x×+\-\u2013\u2212/()]+$/u;
const DATE_ONLY =
  /^(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*,?\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d{4}|\d{4}-\d{2}-\d{2})$/i;

/** A byline: "By" and a capitalised name, at its start or closing a short line ("Original article by GPT Proto"). */
const BYLINE = /^[Bb]y\s+\p{Lu}|\sby\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3}$/u;
/** Code or a request payload: a line that opens or closes a brace or bracket, or starts with a "key": pair. */
const CODE = /^(?:[{}[\]]|"[\w.-]+"\s*:)|[{[]\s*"[\w.-]+"\s*:|[}\]],?$/;

/** A line that is a title or heading: a Markdown "#" heading, or alone on its line, short (the document's first line may be longer), with no sentence punctuation at its end. */
function isHeading(u: Unit, lineText: string): boolean {
  if (u.kind !== 'sentence' || lineText.trim() !== u.text) return false;
  if (/^#{1,6}\s/.test(u.text)) return true;
  const words = u.text.split(/\s+/).length;
  return (words <= 12 || u.line === 1) && !/[.!?;,:]["'”’)]*$/.test(u.text) && /^[\p{Lu}\p{N}"'“‘(]/u.test(u.text);
}

/** A year or a timestamp alone ("2026", "11:54"): a chart tick in a chart, a date or a player's time in a menu or byline. */
const YEAR_OR_TIME = /^(?:(?:19|20)\d{2}|\d{1,2}:\d{2}(?::\d{2})?)$/;

/** The reasons a page's layout gives its short lines: a block of them is a menu, a byline block or a chart. */
const LAYOUT: readonly NotClaimReason[] = ['metadata', 'navigation', 'chart'];

/**
 * Blocks of three or more short lines with no blank line between them, each line one unit: a heading-shaped line
 * (a menu item, so it counts for navigation) or one the vocabulary or its shape gives a layout reason. The reason
 * most of the block's lines have (ties: metadata, navigation, chart; a label is a surer sign than a short line) is
 * the block's: its heading-shaped lines take it, and so does a year or a timestamp alone on its line when it is not
 * chart (in a menu or a byline). So "Switch to"
 * between "Log in" and "(opens in a new window)" is navigation, and "Output tokens" among axis ticks is chart.
 * The line after a metadata label alone on its line ("Author") is that label's value, metadata too.
 */
function blocksOf(suggestions: UnitSuggestion[], wholeLine: (u: Unit) => boolean, terms: NotClaimTerms): void {
  let run: UnitSuggestion[] = [];
  const vote = (s: UnitSuggestion) => (s.reason === 'heading' ? 'navigation' : s.reason);
  const close = () => {
    if (run.length >= 3) {
      const count = (r: NotClaimReason) => run.filter((s) => vote(s) === r).length;
      const best = LAYOUT.reduce((a, r) => (count(r) > count(a) ? r : a));
      const why =
        best === 'navigation'
          ? `it is one of ${run.length} short lines in a row with no text between: a menu.`
          : `it is one of ${run.length} short lines in a row with no text between, most of them ${best === 'chart' ? 'numbers: a chart' : 'metadata: a byline or tag block'}.`;
      for (const s of run)
        if (
          s.reason === 'heading' ||
          (s.reason === 'chart' && best !== 'chart' && YEAR_OR_TIME.test(s.unit.text.trim())) ||
          (s.reason === 'navigation' && s.why.includes('menu'))
        )
          Object.assign(s, { reason: best, why });
    }
    run = [];
  };
  suggestions.forEach((s, i) => {
    const prev = run.at(-1);
    const member =
      s.unit.kind === 'sentence' && wholeLine(s.unit) && (s.reason === 'heading' || (s.reason !== null && LAYOUT.includes(s.reason)));
    if (member && prev && prev.unit.line === s.unit.line - 1) run.push(s);
    else {
      close();
      if (member) run = [s];
    }
    const before = suggestions[i - 1];
    const label = before && terms.metadata.whole.find((w) => bare(w) === bare(before.unit.text));
    if (label && s.reason === 'heading' && before.unit.line === s.unit.line - 1)
      Object.assign(s, { reason: 'metadata', why: `it follows the label "${label}": the label's value.` });
  });
  close();
}

/** Classifies one unit (see the file comment); `lineText` is the whole line the unit is on. */
export function classifyUnit(
  u: Unit,
  lineText: string,
  input: Pick<CoverageInput, 'drafts' | 'terms' | 'entities'>,
  headerRow: boolean,
): Omit<UnitSuggestion, 'unit'> {
  const text = u.text;
  const terms = byTerms(text, input.terms);
  if (terms && (terms.reason === 'navigation' || terms.reason === 'metadata')) return terms;
  if (BYLINE.test(text.trim()) && text.trim().split(/\s+/).length <= 6)
    return { reason: 'metadata', why: 'it is a byline ("By" and a name).' };
  if (DATE_ONLY.test(text.trim())) return { reason: 'metadata', why: 'it is a date alone on its line: the page’s own date.' };
  if (CHART.test(text) && text.replace(/\D/g, '').length <= 8 && text.length <= 24)
    return { reason: 'chart', why: 'it holds only numbers and signs: an axis tick, a legend or a timestamp.' };
  if (u.kind === 'cell' && headerRow) return { reason: 'heading', why: 'it is a cell of a table’s header row.' };
  if (terms) return terms;
  if (CODE.test(text.trim()))
    return { reason: 'example', why: 'it is shaped like code or a request payload (braces, brackets, "key": value).' };
  if (isHeading(u, lineText)) return { reason: 'heading', why: 'it is a short line of its own with no sentence punctuation.' };
  // Repeats: a figure a draft elsewhere states, for the same subject (or naming none).
  const mentions = findEntities(text, input.entities);
  const named = new Set(mentions.map((m) => m.id));
  for (const f of figuresIn(text)) {
    const same = input.drafts.find(
      (d) => d.figure !== undefined && d.subject !== null && d.figure === f.text.trim() && (named.size === 0 || named.has(d.subject)),
    );
    if (same) return { reason: 'repeats', claim: same.id, why: `it restates "${f.text.trim()}", the figure of draft ${same.id}.` };
  }
  // A question closed inside quotation marks is someone's quoted request, an example; an open one asks the reader.
  if (/\?["”’]$/.test(text.trim())) return { reason: 'example', why: 'it is a question in quotation marks: a quoted request.' };
  if (/\?\)*$/.test(text.trim())) return { reason: 'rhetoric', why: 'it is a question to the reader.' };
  return { reason: null, why: 'none of the suggestions fits: it may state a claim the drafter missed. Write the claim, or pick a reason.' };
}

/** Every unit of the snapshot that no draft covers, with its suggested classification, in text order. */
export function suggestCoverage(input: CoverageInput): UnitSuggestion[] {
  const seg = segment(input.snapshot);
  const lineStart = (offset: number) => input.snapshot.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = (offset: number) => {
    const e = input.snapshot.indexOf('\n', offset);
    return e === -1 ? input.snapshot.length : e;
  };
  const out = seg.units
    .filter((u) => !input.drafts.some((d) => overlaps(d.span, u.span)))
    .map((u) => {
      const lineText = input.snapshot.slice(lineStart(u.span.start), lineEnd(u.span.start)).replace(/\r$/, '');
      const headerRow = u.cell !== undefined && u.cell.row === 0 && (seg.tables[u.cell.table]?.header ?? false);
      return { unit: u, ...classifyUnit(u, lineText, input, headerRow) };
    });
  blocksOf(
    out,
    (u) => input.snapshot.slice(lineStart(u.span.start), lineEnd(u.span.start)).replace(/\r$/, '').trim() === u.text,
    input.terms,
  );
  return out;
}

/** A passage suggested for notClaims: one unit, or a run of neighbouring units with the same reason. */
export interface PassageSuggestion {
  span: Span;
  reason: NotClaimReason | null;
  claim?: string;
  why: string;
  /** How many units the passage holds. */
  units: number;
}

/** Reasons whose neighbouring units make one passage (a navigation block); the others stay one unit each. */
const MERGED: ReadonlySet<NotClaimReason> = new Set(['navigation', 'metadata', 'promotion', 'chart', 'example']);

/**
 * The suggestions as passages: neighbouring units (no other unit between them) with the same mergeable reason
 * become one passage, so a navigation block is one item to review.
 */
export function passagesOf(suggestions: readonly UnitSuggestion[], units: readonly Unit[]): PassageSuggestion[] {
  const index = new Map(units.map((u, i) => [u.span.start, i]));
  const out: (PassageSuggestion & { last: number })[] = [];
  for (const s of suggestions) {
    const i = index.get(s.unit.span.start) ?? -1;
    const prev = out.at(-1);
    if (prev && s.reason !== null && prev.reason === s.reason && MERGED.has(s.reason) && prev.last === i - 1) {
      prev.span = { start: prev.span.start, end: s.unit.span.end };
      prev.units++;
      prev.last = i;
      continue;
    }
    out.push({ span: s.unit.span, reason: s.reason, ...(s.claim ? { claim: s.claim } : {}), why: s.why, units: 1, last: i });
  }
  return out.map(({ last: _last, ...p }) => p);
}

/** What the editor must decide before a suggestion can be accepted. */
function openOf(reason: NotClaimReason | null): { field: string; why: string }[] {
  if (reason === null)
    return [{ field: 'reason', why: 'no suggestion fits; write a claim for it in index.mdx, or give a reason (e.g. rhetoric).' }];
  if (reason === 'background' || reason === 'mentions-term')
    return [{ field: 'note', why: `a ${reason} passage needs a note in your words saying what it is about.` }];
  return [];
}

/**
 * The coverage suggestions drafts.yaml holds for a snapshot: every unit no draft covers, as passages (see passagesOf),
 * each with its exact quote, a prefix when the quote occurs more than once, and what is still open.
 */
export function coverageSuggestions(input: CoverageInput): SuggestionInput[] {
  const units = segment(input.snapshot).units;
  const folded = foldText(input.snapshot);
  return passagesOf(suggestCoverage(input), units).map((p) => {
    const quote = input.snapshot.slice(p.span.start, p.span.end);
    const prefix = prefixFor(input.snapshot, p.span, quote, folded);
    return {
      status: 'suggested',
      reason: p.reason,
      quote,
      ...(prefix ? { prefix } : {}),
      span: p.span,
      ...(p.claim ? { claim: p.claim } : {}),
      why: p.why,
      open: openOf(p.reason),
    };
  });
}

/**
 * The suggestions after a review round: those already there (with their answers), plus a fresh suggestion for each
 * unit that a rejected draft no longer covers and no suggestion holds yet; in snapshot order.
 */
export function refreshSuggestions(
  existing: readonly Suggestion[],
  input: Omit<CoverageInput, 'drafts'> & { drafts: readonly (CoverageInput['drafts'][number] & { status: string })[] },
): Suggestion[] {
  const live = input.drafts.filter((d) => d.status !== 'rejected');
  const fresh = coverageSuggestions({ ...input, drafts: live })
    .filter((s) => !existing.some((e) => overlaps(e.span, s.span)))
    .map((s) => suggestionSchema.parse(s));
  return [...existing, ...fresh].sort((a, b) => a.span.start - b.span.start);
}
