/** Helpers shared by the rules: turning a draft into a Finding with sorted claim and source lists. */
import { cmp } from '../context.ts';
import type { NClaim } from '../group.ts';
import { severityLevel } from '../severity.ts';
import type { Finding, FindingKind } from '../types.ts';

/** What a rule hands over to become a Finding. */
export interface Draft {
  /** Finding id. */
  id: string;
  /** Kind. */
  kind: FindingKind;
  /** The group the finding is about. */
  group: { key: string; subject: string; property: string; qualifiers: Record<string, string> };
  /** Every claim involved (duplicates allowed). */
  claims: readonly NClaim[];
  /** Summary sentence. */
  summary: string;
  /** Arithmetic lines. */
  arithmetic: string[];
  /** Short verdict label. */
  verdict: string;
  /** Severity score, or null for an informational finding. */
  score: number | null;
  /** Misattribution: the entity whose figure it is. */
  matchedSubject?: string;
}

/** Most lines of arithmetic a finding shows (one per disputed claim); the rest are counted. */
export const MAX_ARITHMETIC_LINES = 12;

/** Caps a list of lines, ending with "… and N more" when cut. */
export function capLines(lines: readonly string[], max = MAX_ARITHMETIC_LINES): string[] {
  if (lines.length <= max) return [...lines];
  return [...lines.slice(0, max), `… and ${lines.length - max} more`];
}

/** Builds the public Finding: claims and sources deduplicated and sorted. */
export function makeFinding(d: Draft): Finding {
  const ids = [...new Set(d.claims.map((c) => c.claim.id))].sort(cmp);
  const sources = [...new Set(d.claims.map((c) => c.claim.source))].sort(cmp);
  const finding: Finding = {
    id: d.id,
    kind: d.kind,
    severity: d.score === null ? 'info' : severityLevel(d.score),
    score: d.score ?? 0,
    group: d.group.key,
    subject: d.group.subject,
    property: d.group.property,
    qualifiers: { ...d.group.qualifiers },
    claims: ids,
    sources,
    summary: d.summary,
    arithmetic: d.arithmetic,
    verdict: d.verdict,
  };
  if (d.matchedSubject !== undefined) finding.matchedSubject = d.matchedSubject;
  return finding;
}

/** Distinct items by a key, first occurrence kept. */
export function distinctBy<T>(items: readonly T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const item of items) {
    const k = key(item);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(item);
  }
  return out;
}

/** Claims with distinct (source, stated value) pairs, first occurrence kept (no key strings built). */
export function distinctStatements(claims: readonly NClaim[]): NClaim[] {
  const seen = new Map<string, Set<string>>();
  const out: NClaim[] = [];
  for (const c of claims) {
    let values = seen.get(c.claim.source);
    if (!values) {
      values = new Set();
      seen.set(c.claim.source, values);
    }
    if (values.has(c.norm.signature)) continue;
    values.add(c.norm.signature);
    out.push(c);
  }
  return out;
}
