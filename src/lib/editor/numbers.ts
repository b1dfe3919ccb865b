/**
 * Number accounting, as tests/build/numbers.test.ts enforces it: every number written in a snapshot is
 * either the value of one of its source's claims or listed in the source's not-claims.yaml with a
 * reason. `npm run content:check` reports what is still open, so an editor sees it before `npm test`.
 * Pure: the caller reads the files.
 */

/** A run of digits, with the letters glued before it (a name such as "GB200" is read whole, then left out). */
const RUN = /\p{L}*\d[\d,]*(?:\.\d+)?/gu;

/**
 * Every figure written in a text: each run of digits (with thousands separators and decimals) as written and where
 * it starts; a trailing comma is not part of it. Digits glued to letters before them ("GB200", "NVL72", "H100") are
 * part of a name, not a figure; digits after a hyphen ("GPT-5.3") are still read.
 */
export function numberRuns(text: string): { text: string; index: number }[] {
  return [...text.matchAll(RUN)].filter((m) => !/^\p{L}/u.test(m[0])).map((m) => ({ text: m[0].replace(/,+$/, ''), index: m.index }));
}

/** Every figure written in a text, as written (numberRuns). */
export function numbersIn(text: string): string[] {
  return numberRuns(text).map((r) => r.text);
}

/** A number's value, so "20,000" and "20000", or "05" and "5", count as the same number. */
export function numberValue(token: string): number {
  return Number(token.replaceAll(',', ''));
}

/** The numbers a claim's raw value states: "1.5 trillion" → 1.5; "2026-02-05" → 2026, 2, 5. */
export function claimValueNumbers(raw: string): number[] {
  return numbersIn(raw.replace(/-(?=\d)/g, ' ')).map(numberValue);
}

/** One not-claims.yaml entry as read (anything the YAML held). */
export interface NotClaimEntry {
  number: unknown;
  reason: unknown;
}

/** A number of the snapshot that is still open, with the 1-based lines it appears on. */
export interface OpenNumber {
  number: string;
  lines: number[];
}

/** What is left to account for in one source. */
export interface Accounting {
  /** Numbers of the snapshot that are neither a claim value nor listed, in order of first appearance. */
  open: OpenNumber[];
  /** not-claims.yaml entries whose number is not in the snapshot or that have no reason. */
  badEntries: { index: number; number: unknown; problem: string }[];
}

/** Accounts for the numbers of one snapshot against its claims' raw values and its not-claims.yaml entries. */
export function accountNumbers(snapshot: string, claimRaws: readonly string[], entries: readonly NotClaimEntry[]): Accounting {
  const claimed = new Set(claimRaws.flatMap(claimValueNumbers));
  const inSnapshot = new Set(numbersIn(snapshot));
  const badEntries: Accounting['badEntries'] = [];
  entries.forEach((e, index) => {
    if (typeof e?.number !== 'string')
      badEntries.push({ index, number: e?.number, problem: 'number must be a quoted text, e.g. number: "5.3"' });
    else if (!inSnapshot.has(e.number)) badEntries.push({ index, number: e.number, problem: 'this number is not written in snapshot.txt' });
    else if (typeof e.reason !== 'string' || e.reason.trim() === '')
      badEntries.push({ index, number: e.number, problem: 'it needs a reason' });
  });
  const excused = new Set(entries.map((e) => String(e?.number)));
  const open = new Map<string, number[]>();
  snapshot.split('\n').forEach((line, i) => {
    for (const n of numbersIn(line)) {
      if (claimed.has(numberValue(n)) || excused.has(n)) continue;
      const lines = open.get(n);
      if (!lines) open.set(n, [i + 1]);
      else if (lines.at(-1) !== i + 1) lines.push(i + 1);
    }
  });
  return { open: [...open].map(([number, lines]) => ({ number, lines })), badEntries };
}
