/**
 * Drafted claims: what `npm run source:add` proposes from a new snapshot, for an editor to review
 * (`npm run review`). Every draft quotes one exact span of the snapshot (a sentence, a list item or a
 * table row); its subject is an entity the quote names (names and aliases from content/), its property
 * and qualifiers are those the property registry's terms point to. What cannot be decided from the quote
 * is left null with an `open` reason: a subject the quote does not name is never guessed.
 * Pure: the caller passes the snapshot text, the entities and the registry.
 */
import { claimSchema } from '../../schemas/claim.ts';
import type { Draft, DraftInput } from '../../schemas/draft.ts';
import { foldText, lineAt, passages, resolveSpan, type Span } from '../content/span.ts';
import { QUALIFIERS } from '../qualifiers.ts';
import type { EntityKind, Property } from '../types.ts';
import { UNITS } from '../units.ts';
import { parseNumericValue } from '../values.ts';
import { findEntities } from './candidates.ts';

/** An entity the drafter looks for: its id, kind and every name it goes by. */
export interface DraftEntity {
  id: string;
  kind: EntityKind;
  names: readonly string[];
}

/** The registry fields the drafter reads. */
export type DraftProperty = Pick<
  Property,
  'id' | 'label' | 'description' | 'valueType' | 'unit' | 'terms' | 'qualifierTerms' | 'requiredQualifiers' | 'compares' | 'benchmarkRole'
>;

/** What drafting needs. */
export interface DraftingInput {
  snapshot: string;
  entities: readonly DraftEntity[];
  properties: readonly DraftProperty[];
}

/** One way a figure can be read: a value in claim notation and its unit. */
export interface Reading {
  value: string;
  unit: string;
}

/** A figure found in a text: where, as written, and its possible readings. */
export interface FoundFigure {
  start: number;
  end: number;
  text: string;
  readings: Reading[];
}

const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};
const NUMBER_WORD = Object.keys(WORDS).join('|');
const SCALE_WORD = 'thousand|million|billion|trillion';
const BOUND_BEFORE = String.raw`(?:(up to|at most|no more than|over|more than|above|exceeding|greater than|at least|under|less than|below|fewer than|approximately|about|around|roughly|nearly|almost|~|≈)\s*)?`;

/** The unit a noun after a number names; any other noun counts things. */
const NOUN_UNITS: Record<string, string> = {
  token: 'tokens',
  tokens: 'tokens',
  parameter: 'parameters',
  parameters: 'parameters',
  second: 'seconds',
  seconds: 'seconds',
  minute: 'minutes',
  minutes: 'minutes',
  hour: 'hours',
  hours: 'hours',
  day: 'days',
  days: 'days',
  month: 'months',
  months: 'months',
  year: 'years',
  years: 'years',
  kwh: 'kWh',
  'kilowatt-hours': 'kWh',
  'kilowatt hours': 'kWh',
};

function boundOp(word: string | undefined): string {
  if (!word) return '';
  const w = word.toLowerCase();
  if (['up to', 'at most', 'no more than'].includes(w)) return '<=';
  if (w === 'at least') return '>=';
  if (['over', 'more than', 'above', 'exceeding', 'greater than'].includes(w)) return '>';
  if (['under', 'less than', 'below', 'fewer than'].includes(w)) return '<';
  return '~';
}

function plain(n: string): string {
  return n.replaceAll(',', '');
}

const UP = /\b(faster|improvement|improves?|improved|increase[sd]?|gains?|higher|boost(?:s|ed)?|more)\b/i;
const DOWN = /\b(reduc(?:e|es|ed|tion|ing)|cut|cuts|lower(?:s|ed)?|decrease[sd]?|slower|drops?|fewer|less|savings?|save)\b/i;

/** The figures of a text (entity names already masked), each with the readings it admits. */
export function figuresIn(text: string): FoundFigure[] {
  const out: FoundFigure[] = [];
  const taken = (s: number, e: number) => out.some((f) => s < f.end && f.start < e);
  const add = (s: number, e: number, readings: Reading[]) => {
    if (readings.length === 0 || taken(s, e)) return;
    out.push({ start: s, end: e, text: text.slice(s, e), readings });
  };
  // Money: $1M, $0.02 per 1,000 tokens.
  let perUnit: string | null = null;
  for (const m of text.matchAll(
    new RegExp(
      String.raw`${BOUND_BEFORE}\$\s?(${NUM})(?:\s?(K|M|B|bn|${SCALE_WORD})\b)?(\s+per\s+(1,000|1K|thousand|1M|million|1,000,000)\s+(?:[\p{L}]+\s+)?tokens)?`,
      'giu',
    ),
  )) {
    const scale = m[3] ? (m[3].length <= 2 ? m[3].toUpperCase() : ` ${m[3].toLowerCase()}`) : '';
    if (m[4]) perUnit = /^(1,000|1K|thousand)$/i.test(m[5] ?? '') ? 'USD per 1K tokens' : 'USD per 1M tokens';
    const value = `${boundOp(m[1])}${plain(m[2] ?? '')}${scale}`;
    const readings = [{ value, unit: 'USD' }];
    if (perUnit) readings.unshift({ value, unit: perUnit });
    add(m.index, m.index + m[0].length, readings);
  }
  // Percentages: 77.3%, 20 percent; as a score or share (%) and as a change (% change).
  for (const m of text.matchAll(new RegExp(String.raw`${BOUND_BEFORE}(${NUM})\s?(%|percent\b|per cent\b)`, 'gi'))) {
    const op = boundOp(m[1]);
    const n = plain(m[2] ?? '');
    // A change only when a word of change follows it closely ("25% faster", "a 20 percent reduction") or it
    // is what something changed by ("reduced training time by 15 percent").
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30).split(/[,;.]/)[0] ?? '';
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    const by = /\bby\s*$/i.test(before);
    const around = by ? `${before} ${after}` : after;
    const sign = DOWN.test(around) ? '-' : '+';
    const change = op === '' ? `${sign}${n}` : `${op}${n}`;
    const readings = [{ value: `${op}${n}`, unit: '%' }];
    if (UP.test(around) || DOWN.test(around)) readings.push({ value: change, unit: '% change' });
    add(m.index, m.index + m[0].length, readings);
  }
  // Multiples: 2x, doubled, nearly doubled, halved.
  for (const m of text.matchAll(
    /\b(?:(nearly|almost|about|roughly)\s+)?(doubled|doubles|double|twice|tripled|triples|halved|halves|(?:by|in) half)\b/gi,
  )) {
    const word = (m[2] ?? '').toLowerCase();
    const factor = word.startsWith('doubl') || word === 'twice' ? 2 : word.startsWith('tripl') ? 3 : 0.5; // halved, by half
    const approx = m[1] ? '~' : '';
    const change = Math.round((factor - 1) * 100);
    add(m.index, m.index + m[0].length, [
      { value: `${approx}${factor}`, unit: 'x' },
      { value: `${approx}${change > 0 ? '+' : ''}${change}`, unit: '% change' },
    ]);
  }
  for (const m of text.matchAll(new RegExp(String.raw`${BOUND_BEFORE}\b(${NUM})\s?[x×](?![\p{L}\p{N}])`, 'giu'))) {
    add(m.index, m.index + m[0].length, [{ value: `${boundOp(m[1])}${plain(m[2] ?? '')}`, unit: 'x' }]);
  }
  // "thousands of GPUs", "millions of kilowatt-hours": more than one of that scale.
  for (const m of text.matchAll(/\b(thousands|millions|billions)\s+of\s+([\p{L}-]+)/giu)) {
    const scale = (m[1] ?? '').toLowerCase();
    const value = scale === 'thousands' ? '>1000' : `>1 ${scale.slice(0, -1)}`;
    const noun = (m[2] ?? '').toLowerCase();
    add(m.index, m.index + m[0].length, [{ value, unit: NOUN_UNITS[noun] ?? 'count' }]);
  }
  // A number (or number word) and what it counts: "1.5 trillion parameters", "four languages", "30 seconds".
  for (const m of text.matchAll(
    new RegExp(String.raw`${BOUND_BEFORE}\b(${NUM}|${NUMBER_WORD})(?:\s+(${SCALE_WORD}))?\s+(kilowatt[- ]hours|[\p{L}][\p{L}-]*)`, 'giu'),
  )) {
    const raw = (m[2] ?? '').toLowerCase();
    const n = WORDS[raw] !== undefined ? String(WORDS[raw]) : plain(raw);
    const noun = (m[4] ?? '').toLowerCase();
    if (/^(of|and|or|to|in|on|at|by|for|the|a|an|with|from|percent|per|that|which|and)$/.test(noun)) continue;
    if (/^(19|20)\d\d$/.test(raw) && !NOUN_UNITS[noun]) continue; // a year, not a count
    const scale = m[3] ? ` ${m[3].toLowerCase()}` : '';
    add(m.index, m.index + m[0].length, [{ value: `${boundOp(m[1])}${n}${scale}`, unit: NOUN_UNITS[noun] ?? 'count' }]);
  }
  // A range such as "0-2" (a setting's bounds).
  for (const m of text.matchAll(new RegExp(String.raw`\b(${NUM})\s?[-\u2010-\u2015\u2212]\s?(${NUM})\b`, 'g'))) {
    if (Number(plain(m[1] ?? '')) < Number(plain(m[2] ?? '')))
      add(m.index, m.index + m[0].length, [{ value: `${m[1]}-${m[2]}`, unit: 'number' }]);
  }
  // Numbers with a unit word: "8192 tokens" is caught above; a bare number with "tokens" before it is not a figure here.
  return out.sort((a, b) => a.start - b.start);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_RE =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';

/** Dates written as "February 5, 2026", "Feb 5, 2026", "5 February 2026" or 2026-02-05, as YYYY-MM-DD. */
export function datesIn(text: string): { start: number; end: number; text: string; value: string }[] {
  const out: { start: number; end: number; text: string; value: string }[] = [];
  const pad = (n: number) => String(n).padStart(2, '0');
  for (const m of text.matchAll(new RegExp(String.raw`\b${MONTH_RE}\.?\s+(\d{1,2}),?\s+(\d{4})\b`, 'g'))) {
    const month = MONTHS.indexOf((m[1] ?? '').slice(0, 3).toLowerCase()) + 1;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], value: `${m[3]}-${pad(month)}-${pad(Number(m[2]))}` });
  }
  for (const m of text.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g))
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], value: m[0] });
  return out;
}

/** A term's hits in a text: case-insensitive, on word boundaries when the term starts or ends with a letter. */
function termAt(text: string, term: string): number[] {
  const hay = text.toLowerCase();
  const needle = term.toLowerCase().replaceAll('’', "'");
  const folded = hay.replaceAll('’', "'");
  const out: number[] = [];
  if (!needle) return out;
  const word = /[\p{L}\p{N}]/u;
  for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + 1)) {
    const before = folded[at - 1] ?? ' ';
    const after = folded[at + needle.length] ?? ' ';
    if ((!word.test(needle[0] ?? '') || !word.test(before)) && (!word.test(needle.at(-1) ?? '') || !word.test(after))) out.push(at);
  }
  return out;
}

const DURATION_UNITS = new Set(['seconds', 'minutes', 'hours', 'days', 'months', 'years']);

/**
 * How strongly a property's terms point at a figure: longer terms and terms near the figure weigh more. A duration
 * word ("seconds", "hours") is no evidence: "30 seconds" says only that the figure is a time.
 */
function termScore(property: DraftProperty, text: string, at: number): number {
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

const dimension = (unit: string): string | undefined => UNITS.get(unit)?.dimension;

/** A passage of the snapshot and its entity mentions. */
interface Passage {
  span: Span;
  text: string;
  mentions: { start: number; end: number; id: string; kind: EntityKind }[];
}

const ATTRIBUTION =
  /\b(according to [^,.;]+|(?:[A-Z][\p{L}-]*\s+)?(?:[\p{L}-]+\s+){0,3}(?:reported|reports|report|reporting|say|says|said|claim|claims|estimate|estimates|estimated|praise|praises)\b)/u;

function attributionOf(text: string): string | undefined {
  const m = ATTRIBUTION.exec(text);
  if (!m) return undefined;
  if (/^(we|our)\b/i.test(m[1] ?? '')) return undefined;
  return m[1]?.trim();
}

function passageOf(snapshot: string, span: Span, entities: readonly DraftEntity[], kinds: Map<string, EntityKind>): Passage {
  const text = snapshot.slice(span.start, span.end);
  const mentions = findEntities(
    text,
    entities.map((e) => ({ id: e.id, kind: e.kind, names: e.names })),
  ).map((s) => ({ ...s, kind: kinds.get(s.id) as EntityKind }));
  return { span, text, mentions };
}

function masked(p: Passage): string {
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

/**
 * The subject a sentence names for a figure: the first entity of the clause the figure is in (a leading
 * subordinate clause is its own), or the entity the figure directly modifies ("$1M Cybersecurity Grant Program").
 * Null when the clause's subject is a pronoun or a description ("it", "the model"), or it names none.
 */
function subjectOf(p: Passage, f: { start: number; end: number }, needsBenchmark: boolean): string | null {
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
  const clause = p.text.slice(clauseStart, clauseEnd).trimStart();
  if (UNNAMED.test(clause)) return null;
  const first = eligible.find((m) => m.start >= clauseStart && m.end <= f.start);
  return first?.id ?? null;
}

/** A parenthetical reasoning effort ("(xhigh)") in a text, when it names one of the registry's effort values. */
function effortIn(text: string): string | undefined {
  const values = QUALIFIERS.get('effort')?.values ?? [];
  const m = /\(([^)]+)\)/.exec(text);
  const v = m?.[1]?.trim().toLowerCase();
  return v && values.includes(v) ? v : undefined;
}

/** The qualifier values a property's qualifierTerms find near a figure (e.g. direction: input). */
function termQualifiers(property: DraftProperty, text: string, at: number): Record<string, string> {
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

/** The id a draft proposes: property and subject (and benchmark), made unique within the source. */
function proposeId(d: Pick<Draft, 'property' | 'subject' | 'qualifiers'>, used: Set<string>): string {
  const parts = [d.property ?? 'claim', d.qualifiers.benchmark, d.qualifiers.direction, d.qualifiers.channel, d.subject ?? 'open'].filter(
    (p): p is string => typeof p === 'string',
  );
  const base = parts
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 70)
    .replace(/-$/, '');
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

/** A text that picks one occurrence of a quote that occurs several times: the words right before it. */
function prefixFor(snapshot: string, span: Span, quote: string, folded: ReturnType<typeof foldText>): string | undefined {
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

/** A table found in the snapshot: its header cells and rows, each cell with its span. */
interface Cell {
  start: number;
  end: number;
  text: string;
}
interface Table {
  header: Cell[];
  rows: Cell[][];
}

/** Pipe tables (| a | b |, with a |---| rule under the header). */
function pipeTables(snapshot: string): Table[] {
  const tables: Table[] = [];
  const lines: { start: number; text: string }[] = [];
  let offset = 0;
  for (const line of snapshot.split('\n')) {
    lines.push({ start: offset, text: line });
    offset += line.length + 1;
  }
  const cellsOf = (l: { start: number; text: string }): Cell[] => {
    const cells: Cell[] = [];
    const re = /[^|]+/g;
    for (const m of l.text.matchAll(re)) {
      const lead = m[0].length - m[0].trimStart().length;
      const t = m[0].trim();
      if (t === '' && m.index === 0) continue;
      cells.push({ start: l.start + m.index + lead, end: l.start + m.index + lead + t.length, text: t });
    }
    return cells.filter((c, i, all) => !(c.text === '' && i === all.length - 1));
  };
  for (let i = 0; i + 1 < lines.length; i++) {
    const head = lines[i] as { start: number; text: string };
    const rule = lines[i + 1] as { start: number; text: string };
    if (!head.text.trim().startsWith('|') || !/^\s*\|?\s*:?-{2,}/.test(rule.text)) continue;
    const rows: Cell[][] = [];
    let j = i + 2;
    for (; j < lines.length && (lines[j] as { text: string }).text.trim().startsWith('|'); j++)
      rows.push(cellsOf(lines[j] as { start: number; text: string }));
    tables.push({ header: cellsOf(head), rows });
    i = j - 1;
  }
  return tables;
}

/**
 * Tables laid out one cell per line (a page's table copied as text): cells separated by lines holding only
 * a tab, rows by two or more blank lines; or cells separated by tabs on one line.
 */
function layoutTables(snapshot: string): Table[] {
  const lines: { start: number; text: string }[] = [];
  let offset = 0;
  for (const line of snapshot.split('\n')) {
    lines.push({ start: offset, text: line.replace(/\r$/, '') });
    offset += line.length + 1;
  }
  // Blocks: runs of lines separated by two or more blank (tab-less) lines.
  const blocks: { start: number; text: string }[][] = [];
  let block: { start: number; text: string }[] = [];
  let blanks = 0;
  for (const l of lines) {
    const blank = l.text.trim() === '' && !l.text.includes('\t');
    if (blank) {
      blanks++;
      continue;
    }
    if (blanks >= 2 && block.length > 0) {
      blocks.push(block);
      block = [];
    }
    blanks = 0;
    block.push(l);
  }
  if (block.length > 0) blocks.push(block);
  const rowOf = (b: { start: number; text: string }[]): Cell[] | null => {
    const hasTabLine = b.some((l) => l.text.trim() === '' && l.text.includes('\t'));
    if (hasTabLine) {
      const cells: Cell[] = [];
      let current: { start: number; text: string }[] = [];
      const flush = () => {
        const text = current
          .map((l) => l.text.trim())
          .join(' ')
          .trim();
        const first = current.find((l) => l.text.trim() !== '');
        const last = [...current].reverse().find((l) => l.text.trim() !== '');
        if (first && last) {
          const s = first.start + (first.text.length - first.text.trimStart().length);
          cells.push({ start: s, end: last.start + last.text.trimEnd().length, text });
        } else cells.push({ start: -1, end: -1, text: '' });
        current = [];
      };
      for (const l of b) {
        if (l.text.trim() === '' && l.text.includes('\t')) flush();
        else if (current.some((c) => c.text.trim() !== '') && l.text.trim() !== '')
          break; // a second line ends the row
        else current.push(l);
      }
      flush();
      return cells.length >= 2 ? cells : null;
    }
    if (b.length === 1 && (b[0] as { text: string }).text.includes('\t')) {
      const l = b[0] as { start: number; text: string };
      const cells: Cell[] = [];
      for (const m of l.text.matchAll(/[^\t]+/g)) {
        const lead = m[0].length - m[0].trimStart().length;
        cells.push({ start: l.start + m.index + lead, end: l.start + m.index + lead + m[0].trim().length, text: m[0].trim() });
      }
      return cells.length >= 2 ? cells : null;
    }
    return null;
  };
  const tables: Table[] = [];
  let rows: Cell[][] = [];
  const close = () => {
    if (rows.length >= 2) tables.push({ header: rows[0] as Cell[], rows: rows.slice(1) });
    rows = [];
  };
  for (const b of blocks) {
    const row = rowOf(b);
    if (row) rows.push(row);
    else close();
  }
  close();
  return tables;
}

/** Drafts the claims of a snapshot (see the file comment). */
export function draftClaims(input: DraftingInput): Draft[] {
  const { snapshot, entities, properties } = input;
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
  for (const span of passages(snapshot)) {
    if (covered.some((c) => span.start < c.end && c.start < span.end)) continue;
    const p = passageOf(snapshot, span, entities, kinds);
    const bare = masked(p);
    const attribution = attributionOf(p.text);
    for (const f of figuresIn(bare)) {
      // The property: the registry entry whose terms point at this figure, among those whose unit fits a reading.
      const scored = numberProps
        .map((prop) => {
          const reading = f.readings.find((r) => dimension(r.unit) === dimension(prop.unit as string));
          if (!reading) return null;
          const needsBenchmark = prop.requiredQualifiers.includes('benchmark');
          if (needsBenchmark && !p.mentions.some((m) => m.kind === 'benchmark')) return null;
          const terms = termScore(prop, bare, f.start);
          // A unit the figure names itself ("parameters", "seconds") points at the properties counted in it.
          const exact = reading.unit === prop.unit && !['count', 'number', '%', '% change', 'x', 'USD'].includes(reading.unit) ? 15 : 0;
          return { prop, reading, score: terms > 0 ? terms + exact : 0 };
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
      if (needsBenchmark) {
        const nearest = [...benchmarks].sort((a, b) => Math.abs(a.start - f.start) - Math.abs(b.start - f.start))[0];
        if (nearest) qualifiers.benchmark = nearest.id;
      }
      Object.assign(qualifiers, termQualifiers(prop, p.text, f.start));
      for (const key of prop.requiredQualifiers)
        if (!(key in qualifiers))
          open.push({ field: `qualifiers.${key}`, why: `${prop.id} needs a ${key}, and the sentence states none.` });
      // The subject: the nearest entity named before the figure (not the benchmark it is measured on).
      const subject = subjectOf(p, f, needsBenchmark);
      if (subject === null)
        open.push({
          field: 'subject',
          why: 'the sentence names no model, benchmark, product or organization before the figure; write the one it is about (never guess it).',
        });
      let { value, unit } = best.reading;
      // "Up to 8192 tokens" of a maximum is the maximum itself.
      if (/^[<>]=?/.test(value) && /\b(max|maximum|limit|upper bound)\b/i.test(`${prop.label} ${prop.description}`))
        value = value.replace(/^[<>]=?/, '');
      if (!parseNumericValue(value).ok) continue;
      if (unit === prop.unit) unit = prop.unit;
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
      });
    }
    for (const d of datesIn(p.text)) {
      const scored = dateProps
        .map((prop) => ({ prop, score: termScore(prop, p.text.replace(d.text, ''), d.start) }))
        .filter((s) => s.score > 0)
        .sort((a, b) => b.score - a.score);
      const best = scored[0];
      if (!best) continue;
      const subject = p.mentions.find((m) => m.kind !== 'benchmark')?.id ?? null;
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
        quote: p.text,
        figure: d.text,
        span,
        ...(attribution ? { attribution } : {}),
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

/** The sentence around a span, for showing a quote in context: the passage(s) it overlaps, widened by one on each side. */
export function contextOf(snapshot: string, span: Span): string {
  const all = passages(snapshot);
  const i = all.findIndex((p) => p.end > span.start);
  const j = all.findLastIndex((p) => p.start < span.end);
  const from = all[Math.max(0, (i === -1 ? 0 : i) - 1)]?.start ?? span.start;
  const to = all[Math.min(all.length - 1, (j === -1 ? all.length - 1 : j) + 1)]?.end ?? span.end;
  return snapshot.slice(Math.min(from, span.start), Math.max(to, span.end));
}
