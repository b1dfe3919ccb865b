/**
 * Extraction candidates: the sentences of a new snapshot that probably state a claim (a number, a
 * percentage, a price, a date, a multiple, or the name of a known model, benchmark, organization or
 * product), with their line numbers, written to content/sources/<slug>/candidates.md by
 * `npm run source:add`. Candidates are a worklist for the editor, never content: nothing here decides
 * what a source claims. Pure: the caller passes the snapshot text and the known entities.
 */
import { numberRuns, numbersIn } from './numbers.ts';

/** An entity whose name and aliases are looked for in the text. */
export interface KnownEntity {
  /** Entity id (the claim's `subject`). */
  id: string;
  /** models, benchmarks, organizations or products. */
  kind: string;
  /** Name and aliases. */
  names: readonly string[];
}

/** An entity name found in a sentence. */
export interface EntityMention {
  /** Entity id. */
  id: string;
  /** The name as written in the text. */
  text: string;
}

/** One candidate sentence. */
export interface Candidate {
  /** 1-based line of the snapshot. */
  line: number;
  /** The sentence, verbatim (a substring of the line). */
  text: string;
  /** Known entities named in it. */
  entities: EntityMention[];
  /** Percentages ("77.3%", "25 percent"). */
  percentages: string[];
  /** Prices and amounts of money ("$1.25", "20 USD"). */
  money: string[];
  /** Dates ("February 5, 2026", "2026-02"). */
  dates: string[];
  /** Multiples ("2x", "nearly doubled"). */
  multiples: string[];
  /** Every number written in it outside entity names. */
  numbers: string[];
}

/** A number of the snapshot, for the accounting table. */
export interface NumberOccurrence {
  /** The number as written (numbersIn). */
  number: string;
  /** 1-based lines it appears on. */
  lines: number[];
  /** Whether every occurrence is inside an entity name (e.g. 5.3 in "GPT-5.3-Codex"). */
  onlyInNames: boolean;
  /** Those entity names, when onlyInNames. */
  names: string[];
}

/** Everything extracted from a snapshot. */
export interface Extraction {
  candidates: Candidate[];
  numbers: NumberOccurrence[];
}

const ALNUM = /[\p{L}\p{N}]/u;
const JOINERS = new Set(['-', '.', '_']);

/** Folds one UTF-16 unit the way quotes are matched (dashes, typographic quotes, odd spaces), lower-cased, keeping length. */
function foldUnit(c: string): string {
  if (/[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/.test(c)) return '-';
  if (/[\u2018\u2019\u201a\u201b\u2032\u02bc]/.test(c)) return "'";
  if (/[\u201c\u201d\u201e\u201f\u2033]/.test(c)) return '"';
  if (/[\s\u00a0\u2007\u202f]/.test(c)) return ' ';
  const lower = c.toLowerCase();
  return lower.length === 1 ? lower : c;
}

/** The text folded unit by unit, so indexes in the folded text are indexes in the original. */
export function foldKeepingLength(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldUnit(text[i] as string);
  return out;
}

/** Whether position `at` (the character before or after a name) does not continue a word or a name such as "GPT-5.3-Codex". */
function isBoundary(text: string, at: number, step: -1 | 1): boolean {
  const c = text[at];
  if (c === undefined || !ALNUM.test(c)) {
    if (c !== undefined && JOINERS.has(c)) {
      const next = text[at + step];
      return next === undefined || !ALNUM.test(next);
    }
    return true;
  }
  return false;
}

interface Span {
  start: number;
  end: number;
  id: string;
}

/** Entity names in a line: longest names first, never overlapping, each bounded as a whole name. */
export function findEntities(line: string, entities: readonly KnownEntity[]): Span[] {
  const folded = foldKeepingLength(line);
  const found: Span[] = [];
  for (const e of entities) {
    for (const name of new Set(e.names)) {
      const needle = foldKeepingLength(name.trim());
      if (needle.length < 2) continue;
      for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + 1)) {
        const end = at + needle.length;
        if (isBoundary(folded, at - 1, -1) && isBoundary(folded, end, 1)) found.push({ start: at, end, id: e.id });
      }
    }
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || (a.id < b.id ? -1 : 1));
  const kept: Span[] = [];
  for (const s of found) if (!kept.some((k) => s.start < k.end && k.start < s.end)) kept.push(s);
  return kept.sort((a, b) => a.start - b.start);
}

/** Sentence spans of a line: split after . ! ? (and closing quotes) when a capital, digit or opening quote follows. */
export function sentenceSpans(line: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const re = /[.!?][)"'\u2019\u201d]*\s+(?=[\p{Lu}\p{N}"'\u2018\u201c(])/gu;
  let start = 0;
  for (const m of line.matchAll(re)) {
    const end = (m.index ?? 0) + m[0].trimEnd().length;
    spans.push({ start, end });
    start = (m.index ?? 0) + m[0].length;
  }
  spans.push({ start, end: line.length });
  return spans
    .map(({ start: s, end: e }) => {
      let a = s;
      let b = e;
      while (a < b && /\s/.test(line[a] ?? '')) a++;
      while (b > a && /\s/.test(line[b - 1] ?? '')) b--;
      return { start: a, end: b };
    })
    .filter((s) => s.end > s.start);
}

const MONTH =
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
const NUM = String.raw`\d[\d,]*(?:\.\d+)?`;
const PATTERNS = {
  percentages: new RegExp(String.raw`${NUM}\s?(?:%|percent\b|per cent\b|percentage points?\b)`, 'gi'),
  money: new RegExp(
    String.raw`[$€£]\s?${NUM}(?:\s?(?:k|m|bn|b|thousand|million|billion|trillion)\b)?|\b${NUM}\s?(?:USD|EUR|GBP|dollars?|euros?)\b`,
    'gi',
  ),
  dates: new RegExp(
    String.raw`\b(?:(?:${MONTH})\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?\d{4}|\d{1,2}\s+(?:${MONTH})\.?,?\s+\d{4}|\d{4}-\d{2}(?:-\d{2})?|Q[1-4]\s+\d{4})\b`,
    'g',
  ),
  multiples: new RegExp(String.raw`\b${NUM}\s?[x×](?![\p{L}\p{N}])|\b(?:doubl|tripl|quadrupl|halv)\w*|\btwice\b`, 'giu'),
} as const;

function matches(re: RegExp, text: string): string[] {
  return [...text.matchAll(re)].map((m) => m[0].trim());
}

/** Words in a text (letters or digits runs). */
function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/** Extracts the candidate sentences and the number accounting table from a snapshot. */
export function extractCandidates(snapshot: string, entities: readonly KnownEntity[]): Extraction {
  const candidates: Candidate[] = [];
  const numbers = new Map<string, { lines: number[]; onlyInNames: boolean; names: Set<string> }>();
  snapshot.split('\n').forEach((rawLine, index) => {
    const line = rawLine.replace(/\r$/, '');
    const lineNo = index + 1;
    const spans = findEntities(line, entities);
    // Numbers with their positions, for the accounting table.
    for (const { text: token, index: at } of numberRuns(line)) {
      const inName = spans.find((s) => at >= s.start && at + token.length <= s.end);
      let entry = numbers.get(token);
      if (!entry) {
        entry = { lines: [], onlyInNames: true, names: new Set() };
        numbers.set(token, entry);
      }
      if (entry.lines.at(-1) !== lineNo) entry.lines.push(lineNo);
      if (inName) entry.names.add(line.slice(inName.start, inName.end));
      else entry.onlyInNames = false;
    }
    // Entity names masked, so "5.3" in "GPT-5.3-Codex" is not taken for a figure.
    let masked = line;
    for (const s of spans) masked = masked.slice(0, s.start) + ' '.repeat(s.end - s.start) + masked.slice(s.end);
    for (const sentence of sentenceSpans(line)) {
      const text = line.slice(sentence.start, sentence.end);
      const bare = masked.slice(sentence.start, sentence.end);
      const mentioned = spans.filter((s) => s.start >= sentence.start && s.end <= sentence.end);
      const c: Candidate = {
        line: lineNo,
        text,
        entities: mentioned.map((s) => ({ id: s.id, text: line.slice(s.start, s.end) })),
        percentages: matches(PATTERNS.percentages, bare),
        money: matches(PATTERNS.money, bare),
        dates: matches(PATTERNS.dates, bare),
        multiples: matches(PATTERNS.multiples, bare),
        numbers: numbersIn(bare),
      };
      const figures = c.percentages.length + c.money.length + c.dates.length + c.multiples.length + c.numbers.length;
      // A name alone (a menu item, a heading) states nothing: an entity counts with a few words around it.
      const talksAbout = c.entities.length > 0 && wordCount(bare) >= 3;
      if (figures > 0 || talksAbout) candidates.push(c);
    }
  });
  return {
    candidates,
    numbers: [...numbers].map(([number, e]) => ({
      number,
      lines: e.lines,
      onlyInNames: e.onlyInNames,
      names: e.onlyInNames ? [...e.names].sort() : [],
    })),
  };
}

/** Markdown inline code for any text (backticks inside are fenced with longer runs). */
function code(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

function lineList(lines: readonly number[]): string {
  const shown = lines.slice(0, 12).join(', ');
  return `${lines.length === 1 ? 'line' : 'lines'} ${shown}${lines.length > 12 ? `, … (${lines.length} lines)` : ''}`;
}

/** The candidates.md worklist for a new source. */
export function renderCandidates(input: { slug: string; title: string; sha256: string; extraction: Extraction }): string {
  const { slug, title, sha256, extraction } = input;
  const { candidates, numbers } = extraction;
  const out: string[] = [];
  out.push(`# Extraction candidates: ${title}`);
  out.push('');
  out.push(
    `Written by \`npm run source:add\` from \`content/sources/${slug}/snapshot.txt\` (sha256 \`${sha256.slice(0, 12)}…\`).`,
    'This file is a worklist, not content: the site reads only `index.mdx` and `snapshot.txt`. Delete it when the',
    'source is done, or keep it as the record of the extraction pass.',
    '',
    'Work down the list. For each sentence: write a claim per figure or statement in `index.mdx` (copy the quote',
    'from `snapshot.txt`, not from here, if in doubt), or, for a number that states nothing about an entity,',
    "add it to `not-claims.yaml` with a reason. `npm run content:check` lists the numbers still open. A sentence's",
    'signals are hints from patterns and known entity names; they decide nothing.',
    '',
    `${candidates.length} candidate ${candidates.length === 1 ? 'sentence' : 'sentences'}; ${numbers.length} distinct ${
      numbers.length === 1 ? 'number' : 'numbers'
    } to account for.`,
    '',
    '## Sentences',
    '',
  );
  if (candidates.length === 0) out.push('No sentence has a number, a date or a known entity name.', '');
  let lastLine = 0;
  for (const c of candidates) {
    if (c.line !== lastLine) out.push(`### Line ${c.line}`, '');
    lastLine = c.line;
    out.push(`> ${c.text}`, '');
    const signals: [string, string[]][] = [
      ['entities', c.entities.map((e) => `${e.id} (${code(e.text)})`)],
      ['percentages', c.percentages.map(code)],
      ['money', c.money.map(code)],
      ['dates', c.dates.map(code)],
      ['multiples', c.multiples.map(code)],
      ['numbers', c.numbers.map(code)],
    ];
    for (const [label, items] of signals) if (items.length > 0) out.push(`- ${label}: ${[...new Set(items)].join(', ')}`);
    out.push('');
  }
  out.push('## Every number in the snapshot', '');
  out.push('Each must end up as a claim value or in `not-claims.yaml` (`- number: "5.3"` with a `reason:`).', '');
  if (numbers.length === 0) out.push('The snapshot has no numbers.', '');
  else {
    out.push('| number | where | note |', '|---|---|---|');
    for (const n of numbers) {
      const note = n.onlyInNames ? `only inside ${n.names.map(code).join(', ')}: probably a not-claims.yaml entry` : '';
      out.push(`| ${code(n.number)} | ${lineList(n.lines)} | ${note.replaceAll('|', '\\|')} |`);
    }
    out.push('');
  }
  return out.join('\n');
}
