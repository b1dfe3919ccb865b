/**
 * How well drafts match the claims an editor accepted (npm run bench:drafting), pure. A draft is right when its
 * subject, property, qualifiers, value and unit all equal an accepted claim's (values compared as numbers where
 * both are numbers: "1.50" is 1.5); each accepted claim is matched at most once: first to a draft over its own quote,
 * then (for the claims left) to any same draft still free.
 * Figures (number and date properties) and statements (every other value type) are counted apart.
 */

/** A claim as scored: what must be right, and where its quote is in the snapshot (when known). */
export interface Scored {
  subject: string | null;
  property: string | null;
  qualifiers: Readonly<Record<string, string>>;
  value: string | number | boolean | null;
  unit: string | null;
  span?: { start: number; end: number } | null;
  /** A draft's suggested subject (its subject left open), when it has one. */
  suggested?: string;
}

/** Counts for one group: drafts made, claims accepted, drafts that match one. */
export interface Tally {
  drafted: number;
  accepted: number;
  matched: number;
}

/** The tallies of one comparison: figures and statements, and figures by property. */
export interface Score {
  figures: Tally;
  statements: Tally;
  byProperty: Map<string, Tally>;
  /** The drafts that match no accepted claim, and the accepted claims no draft matches. */
  wrong: Scored[];
  missed: Scored[];
  /** Figure drafts that leave the subject or property open and agree with a missed accepted claim on all the rest. */
  openFigures: number;
}

const number = (v: string): number | null => {
  const t = v.replaceAll(',', '').trim();
  return /^[+-]?\d+(?:\.\d+)?$/.test(t) ? Number(t) : null;
};

/** Whether two values are the same: equal as written, or equal numbers. */
export function sameValue(a: Scored['value'], b: Scored['value']): boolean {
  if (a === null || b === null) return false;
  if (String(a) === String(b)) return true;
  const x = number(String(a));
  const y = number(String(b));
  return x !== null && y !== null && x === y && String(a).startsWith('+') === String(b).startsWith('+');
}

/** Whether a draft states exactly what an accepted claim states. */
export function sameClaim(d: Scored, c: Scored): boolean {
  const keys = (q: Readonly<Record<string, string>>) => Object.keys(q).sort();
  return (
    d.subject === c.subject &&
    d.property === c.property &&
    (d.unit ?? null) === (c.unit ?? null) &&
    sameValue(d.value, c.value) &&
    keys(d.qualifiers).join('\u0000') === keys(c.qualifiers).join('\u0000') &&
    keys(c.qualifiers).every((k) => d.qualifiers[k] === c.qualifiers[k])
  );
}

const tally = (): Tally => ({ drafted: 0, accepted: 0, matched: 0 });
const overlaps = (a?: Scored['span'], b?: Scored['span']) => !!a && !!b && a.start < b.end && b.start < a.end;

/** Scores drafts against accepted claims; `isFigure` says which properties hold figures. */
export function scoreDrafts(drafts: readonly Scored[], accepted: readonly Scored[], isFigure: (property: string | null) => boolean): Score {
  const score: Score = { figures: tally(), statements: tally(), byProperty: new Map(), wrong: [], missed: [], openFigures: 0 };
  const group = (s: Scored) => (isFigure(s.property) ? score.figures : score.statements);
  const prop = (id: string | null) => {
    const key = id ?? '(none)';
    if (!score.byProperty.has(key)) score.byProperty.set(key, tally());
    return score.byProperty.get(key) as Tally;
  };
  for (const d of drafts) {
    group(d).drafted++;
    if (isFigure(d.property)) prop(d.property).drafted++;
  }
  for (const c of accepted) {
    group(c).accepted++;
    if (isFigure(c.property)) prop(c.property).accepted++;
  }
  const free = new Set(drafts.map((_, i) => i));
  // Two passes: first each claim with a same draft over its own quote, then the rest with any same draft left, so a
  // claim quoted elsewhere never takes the draft of a claim whose own quote has it.
  const unmatched: Scored[] = [];
  for (const pass of ['own quote', 'anywhere'] as const) {
    for (const c of pass === 'own quote' ? accepted : [...unmatched]) {
      const candidates = [...free].filter((i) => sameClaim(drafts[i] as Scored, c));
      const i = pass === 'own quote' ? candidates.find((k) => overlaps(drafts[k]?.span, c.span)) : candidates[0];
      if (i === undefined) {
        if (pass === 'own quote') unmatched.push(c);
        else score.missed.push(c);
        continue;
      }
      free.delete(i);
      group(c).matched++;
      if (isFigure(c.property)) prop(c.property).matched++;
    }
  }
  for (const i of free) score.wrong.push(drafts[i] as Scored);
  const rest = [...score.missed];
  for (const d of score.wrong.filter((x) => (x.subject === null || x.property === null) && isFigure(x.property ?? null))) {
    const k = rest.findIndex((c) => sameClaim({ ...d, subject: d.subject ?? c.subject, property: d.property ?? c.property }, c));
    if (k === -1) continue;
    rest.splice(k, 1);
    score.openFigures++;
  }
  return score;
}

/** Precision and recall of a tally as percentages ("-" when there is nothing to divide by). */
export function rates(t: Tally): { precision: string; recall: string } {
  const pct = (n: number, d: number) => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`);
  return { precision: pct(t.matched, t.drafted), recall: pct(t.matched, t.accepted) };
}

/** The sum of tallies. */
export function addTallies(ts: readonly Tally[]): Tally {
  return ts.reduce(
    (a, t) => ({ drafted: a.drafted + t.drafted, accepted: a.accepted + t.accepted, matched: a.matched + t.matched }),
    tally(),
  );
}

/** How coverage suggestions fare against the notClaims an editor accepted, counted in units. */
export interface CoverageTally {
  /** Units suggested (every unit no draft covers). */
  suggested: number;
  /** Of those, units with a suggested reason (the rest are left open). */
  withReason: number;
  /** Units with a reason that lie inside an accepted notClaims passage. */
  listed: number;
  /** Units whose accepted notClaims passage gives the suggested reason. */
  agreed: number;
}

/** Counts how many suggested reasons the accepted notClaims agree with: same reason for a unit inside the passage. */
export function scoreCoverage(
  suggestions: readonly { unit: { span: { start: number; end: number } }; reason: string | null }[],
  notClaims: readonly { span: { start: number; end: number }; reason: string }[],
): CoverageTally & { byReason: Map<string, CoverageTally> } {
  const t: CoverageTally & { byReason: Map<string, CoverageTally> } = {
    suggested: 0,
    withReason: 0,
    listed: 0,
    agreed: 0,
    byReason: new Map(),
  };
  for (const s of suggestions) {
    t.suggested++;
    if (s.reason === null) continue;
    const r = t.byReason.get(s.reason) ?? { suggested: 0, withReason: 0, listed: 0, agreed: 0 };
    t.byReason.set(s.reason, r);
    r.suggested++;
    r.withReason++;
    t.withReason++;
    const inside = notClaims.filter((n) => n.span.start <= s.unit.span.start && s.unit.span.end <= n.span.end);
    if (inside.length === 0) continue;
    t.listed++;
    r.listed++;
    if (inside.some((n) => n.reason === s.reason)) {
      t.agreed++;
      r.agreed++;
    }
  }
  return t;
}

/** The sum of coverage tallies. */
export function addCoverage(ts: readonly CoverageTally[]): CoverageTally {
  return ts.reduce(
    (a, t) => ({
      suggested: a.suggested + t.suggested,
      withReason: a.withReason + t.withReason,
      listed: a.listed + t.listed,
      agreed: a.agreed + t.agreed,
    }),
    { suggested: 0, withReason: 0, listed: 0, agreed: 0 },
  );
}

/** How the suggested subjects of figure drafts whose subject is open fare against the accepted claims. */
export interface SuggestionTally {
  /** Figure drafts with the subject open and a suggested one. */
  suggested: number;
  /** Of those, the suggestion is the subject of the accepted claim over the same quote with the same property and value. */
  agreed: number;
  /** The accepted claim over the same quote, property and value has another subject. */
  other: number;
  /** No accepted claim states that property and value over the quote. */
  noClaim: number;
}

/** Scores drafts' suggested subjects (see SuggestionTally). */
export function scoreSuggestions(
  drafts: readonly Scored[],
  accepted: readonly Scored[],
  isFigure: (property: string | null) => boolean,
): SuggestionTally {
  const t: SuggestionTally = { suggested: 0, agreed: 0, other: 0, noClaim: 0 };
  for (const d of drafts) {
    if (d.subject !== null || d.suggested === undefined || !isFigure(d.property)) continue;
    t.suggested++;
    const claim = accepted.find((c) => overlaps(c.span, d.span) && c.property === d.property && sameValue(d.value, c.value));
    if (!claim) t.noClaim++;
    else if (claim.subject === d.suggested) t.agreed++;
    else t.other++;
  }
  return t;
}

/** The drafts as they would be with every suggested subject taken. */
export const withSuggestionsTaken = (drafts: readonly Scored[]): Scored[] =>
  drafts.map((d) => (d.subject === null && d.suggested !== undefined ? { ...d, subject: d.suggested } : d));

/** Why a figure was missed or drafted wrong, as the bench's table of causes lists them. */
export const CAUSES = [
  'subject left open (the sentence names none)',
  'circumstantial qualifier (scope, condition, effort) differs',
  'subject open and a circumstantial qualifier differs',
  'another field differs (value, unit, property, identifying qualifier, subject)',
  'not drafted at all',
  'drafted where no accepted claim is',
] as const;

const CIRCUMSTANTIAL = new Set(['scope', 'condition', 'effort']);
const withoutCircumstantial = (q: Readonly<Record<string, string>>) =>
  Object.fromEntries(Object.entries(q).filter(([k]) => !CIRCUMSTANTIAL.has(k)));

/**
 * The causes of a score's figure misses and wrong drafts: each missed claim is paired with a wrong draft over its quote
 * (the closest kind of difference first); the wrong drafts left unpaired are drafts where no accepted claim is.
 */
export function causesOf(score: Score, isFigure: (property: string | null) => boolean): Map<(typeof CAUSES)[number], number> {
  const out = new Map<(typeof CAUSES)[number], number>(CAUSES.map((c) => [c, 0]));
  const add = (c: (typeof CAUSES)[number]) => out.set(c, (out.get(c) ?? 0) + 1);
  const wrong = score.wrong.filter((d) => isFigure(d.property) || d.property === null);
  const free = new Set(wrong.map((_, i) => i));
  const tests: [(typeof CAUSES)[number], (d: Scored, c: Scored) => boolean][] = [
    [CAUSES[0], (d, c) => d.subject === null && sameClaim({ ...d, subject: c.subject }, c)],
    [
      CAUSES[1],
      (d, c) =>
        sameClaim({ ...d, qualifiers: withoutCircumstantial(d.qualifiers) }, { ...c, qualifiers: withoutCircumstantial(c.qualifiers) }),
    ],
    [
      CAUSES[2],
      (d, c) =>
        d.subject === null &&
        sameClaim(
          { ...d, subject: c.subject, qualifiers: withoutCircumstantial(d.qualifiers) },
          { ...c, qualifiers: withoutCircumstantial(c.qualifiers) },
        ),
    ],
    [CAUSES[3], () => true],
  ];
  for (const c of score.missed.filter((x) => isFigure(x.property))) {
    let found = false;
    for (const [cause, test] of tests) {
      const i = [...free].find((k) => (c.span ? overlaps(wrong[k]?.span, c.span) : true) && test(wrong[k] as Scored, c));
      if (i === undefined) continue;
      free.delete(i);
      add(cause);
      found = true;
      break;
    }
    if (!found) add(CAUSES[4]);
  }
  for (const _ of free) add(CAUSES[5]);
  return out;
}
