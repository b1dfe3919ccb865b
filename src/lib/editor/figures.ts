/** Figures and dates in running text, each with its possible readings as claim values: the drafter's number reader. Pure. */

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

/** A number as a source writes it: 1,000 or 77.3 (a regular-expression source). */
export const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
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
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
/** A number written in words, "four" to "ninety-nine" ("twenty-two", "forty two"); undefined when it is none. */
export function wordNumber(raw: string): number | undefined {
  const w = raw.toLowerCase();
  if (WORDS[w] !== undefined) return WORDS[w];
  const [tens, unit, ...more] = w.split(/[-\s]/);
  const t = TENS[tens ?? ''];
  if (t === undefined || more.length > 0) return undefined;
  if (unit === undefined) return t;
  const u = WORDS[unit];
  return u !== undefined && u < 10 ? t + u : undefined;
}
const NUMBER_WORD = `(?:${Object.keys(TENS).join('|')})(?:[- ](?:${Object.keys(WORDS).slice(0, 9).join('|')}))?|${Object.keys(WORDS).join('|')}`;
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
  // Money: $1M, $0.02 per 1,000 tokens; or in words: 2.50 dollars per million input tokens, 184 dollars.
  let perUnit: string | null = null;
  const PER_TOKENS = String.raw`(\s+per\s+(1,000|1K|thousand|1M|million|1,000,000)\s+(?:[\p{L}]+\s+)?tokens)?`;
  const money = [
    ...text.matchAll(new RegExp(String.raw`${BOUND_BEFORE}\$\s?(${NUM})(?:\s?(K|M|B|bn|${SCALE_WORD})\b)?${PER_TOKENS}`, 'giu')),
    ...text.matchAll(
      new RegExp(String.raw`${BOUND_BEFORE}\b(${NUM})(?:\s?(K|M|B|bn|${SCALE_WORD})\b)?\s+(?:US\s+)?(?:dollars|USD)\b${PER_TOKENS}`, 'giu'),
    ),
  ].sort((a, b) => a.index - b.index);
  for (const m of money) {
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
  // A word between the number and a unit noun describes what is counted: "64,000 output tokens" are tokens.
  for (const m of text.matchAll(
    new RegExp(
      String.raw`${BOUND_BEFORE}\b(${NUM}|${NUMBER_WORD})(?:\s+(${SCALE_WORD}))?\s+(kilowatt[- ]hours|[\p{L}][\p{L}-]*)(?=(\s+[\p{L}][\p{L}-]*)?)`,
      'giu',
    ),
  )) {
    const raw = (m[2] ?? '').toLowerCase();
    const n = wordNumber(raw) !== undefined ? String(wordNumber(raw)) : plain(raw);
    const noun = (m[4] ?? '').toLowerCase();
    const next = (m[5] ?? '').trim().toLowerCase();
    if (/^(of|and|or|to|in|on|at|by|for|the|a|an|with|from|percent|per|that|which|and)$/.test(noun)) continue;
    if (/^(19|20)\d\d$/.test(raw) && !NOUN_UNITS[noun]) continue; // a year, not a count
    const scale = m[3] ? ` ${m[3].toLowerCase()}` : '';
    const described = !NOUN_UNITS[noun] && NOUN_UNITS[next] !== undefined;
    const end = m.index + m[0].length + (described ? (m[5] ?? '').length : 0);
    const unit = (described ? NOUN_UNITS[next] : NOUN_UNITS[noun]) ?? 'count';
    add(m.index, end, [{ value: `${boundOp(m[1])}${n}${scale}`, unit }]);
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

/** Dates written as "February 5, 2026", "Feb 5, 2026", "14 January 2026" or 2026-02-05, as YYYY-MM-DD; a year after "in"/"since" as YYYY. */
export function datesIn(text: string): { start: number; end: number; text: string; value: string }[] {
  const out: { start: number; end: number; text: string; value: string }[] = [];
  const pad = (n: number) => String(n).padStart(2, '0');
  for (const m of text.matchAll(new RegExp(String.raw`\b${MONTH_RE}\.?\s+(\d{1,2}),?\s+(\d{4})\b`, 'g'))) {
    const month = MONTHS.indexOf((m[1] ?? '').slice(0, 3).toLowerCase()) + 1;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], value: `${m[3]}-${pad(month)}-${pad(Number(m[2]))}` });
  }
  // Day first: "14 January 2026", "5 Feb. 2026".
  for (const m of text.matchAll(new RegExp(String.raw`\b(\d{1,2})\s+${MONTH_RE}\.?,?\s+(\d{4})\b`, 'g'))) {
    const month = MONTHS.indexOf((m[2] ?? '').slice(0, 3).toLowerCase()) + 1;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], value: `${m[3]}-${pad(month)}-${pad(Number(m[1]))}` });
  }
  for (const m of text.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g))
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], value: m[0] });
  // A year alone after "in" or "since" ("launched in 2023"), not part of a date already read.
  for (const m of text.matchAll(/\b(?:in|since)\s+((?:19|20)\d{2})\b(?![-/.]\d)/g)) {
    const at = m.index + m[0].length - (m[1] ?? '').length;
    if (!out.some((d) => d.start <= at && at < d.end)) out.push({ start: at, end: at + 4, text: m[1] ?? '', value: m[1] ?? '' });
  }
  return out.sort((a, b) => a.start - b.start);
}
