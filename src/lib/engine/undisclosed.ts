/**
 * "Not disclosed" is proven, not presumed. For each unsupported finding (the vendor gives no claim for a
 * group), the vendor's snapshot is searched for the property's registry `terms` (and, for each identifying
 * qualifier, the name or aliases of what it names), passage by passage. A passage that holds a property
 * term and every qualifier's name is a possible statement: unless the vendor source lists it in
 * `notClaims` with a reason, the editor must record it as the vendor's claim (which removes the finding). Otherwise the proof fails and names the passage. Each
 * finding that passes carries the terms searched. The same proof shows that a party does not state what a
 * source attributes to it (unconfirmed-attribution findings with unstated claims): the party's own snapshots
 * are searched, and its recorded claims on the fact, which the finding lists, account for their passages.
 * Pure: snapshots come in as text.
 */
import { foldText, lineAt, passages, type Span, termHits } from '../content/span.ts';
import type { Claim, Entity, Property, Source } from '../types.ts';
import { cmp } from './context.ts';
import type { Finding } from './types.ts';

/** What the proof reads. */
export interface UndisclosedInput {
  /** The engine's findings (unsupported ones, and unconfirmed attributions with unstated claims, are proven). */
  findings: readonly Finding[];
  /** Every claim (an attribution's party claims account for their own passages); none when absent. */
  claims?: readonly Claim[];
  /** Every source (vendor sources are tier 1; their notClaims account for passages). */
  sources: readonly Source[];
  /** The entity registry (qualifier values that are entity ids are searched by name and aliases). */
  entities: readonly Entity[];
  /** The property registry (each property's `terms` and `qualifierTerms`). */
  properties: readonly Property[];
  /** Snapshot text by source slug. */
  snapshots: ReadonlyMap<string, string>;
}

/** A passage of a vendor snapshot that may state what a finding says the vendor does not. */
export interface UnaccountedPassage {
  /** The finding that cannot be proven. */
  finding: string;
  /** The vendor source whose snapshot holds the passage. */
  source: string;
  /** The property. */
  property: string;
  /** Who the finding says is silent: "the vendor", or "OpenAI's own source" for an attribution. */
  silent: string;
  /** Whose claim the passage would be: "the vendor's", "OpenAI's". */
  whose: string;
  /** The terms found in it. */
  terms: string[];
  /** 1-based line of the passage. */
  line: number;
  /** The passage's own text. */
  passage: string;
  /** Its span. */
  span: Span;
}

/** The outcome: findings with their searched terms, and the passages that break a proof. */
export interface UndisclosedResult {
  /** The findings, unsupported ones with `searched` set. */
  findings: Finding[];
  /** Passages that must be recorded as the vendor's claim or listed as not a claim. */
  unaccounted: UnaccountedPassage[];
  /** Findings to prove whose property lists no terms (the proof cannot be made), with who is said to be silent. */
  termless: { finding: string; property: string; silent: string; whose: string }[];
}

const within = (offset: number, spans: readonly Span[]): boolean => spans.some((s) => offset >= s.start && offset < s.end);

/** The names by which a qualifier's value is searched. */
function qualifierNames(key: string, value: string, property: Property, entities: ReadonlyMap<string, Entity>): string[] {
  const listed = property.qualifierTerms[key]?.[value];
  if (listed) return listed;
  const entity = entities.get(value);
  if (entity) return [entity.name, ...entity.aliases];
  return [value, value.replaceAll('-', ' ')].filter((v, i, all) => all.indexOf(v) === i);
}

/** The snapshots a finding's silence is proven in, and the spans already accounted for in each. */
interface ProofPlan {
  /** The sources searched, sorted by slug. */
  sources: Source[];
  /** Who is said to be silent, for the errors: "the vendor", "OpenAI's own source". */
  silent: string;
  /** Whose claim a passage would be: "the vendor's", "OpenAI's". */
  whose: string;
  /** Spans of the party's recorded claims on the fact, by source (they state what the finding lists as the party's). */
  recorded: ReadonlyMap<string, readonly Span[]>;
}

/** Which snapshots prove a finding: the vendor's for "not disclosed", the party's own for an unstated attribution; null for other findings. */
function planOf(f: Finding, input: UndisclosedInput, vendors: readonly Source[]): ProofPlan | null {
  if (f.kind === 'unsupported')
    return vendors.length > 0 ? { sources: [...vendors], silent: 'the vendor', whose: "the vendor's", recorded: new Map() } : null;
  const a = f.attribution;
  if (f.kind !== 'unconfirmed-attribution' || !a || a.unstated.length === 0) return null;
  const sources = input.sources
    .filter((s) => a.sources.includes(s.slug) && input.snapshots.has(s.slug))
    .sort((x, y) => cmp(x.slug, y.slug));
  if (sources.length === 0) return null;
  const recorded = new Map<string, Span[]>();
  const ids = new Set(a.partyClaims);
  for (const c of input.claims ?? []) {
    if (!ids.has(c.id)) continue;
    const list = recorded.get(c.source);
    if (list) list.push(c.span);
    else recorded.set(c.source, [c.span]);
  }
  const party = input.entities.find((e) => e.id === a.party)?.name ?? a.party;
  return { sources, silent: `${party}'s own source`, whose: `${party}'s`, recorded };
}

/** Proves each unsupported finding against the vendor snapshots, and each unstated attribution against the party's own (see the file comment). */
export function proveUndisclosed(input: UndisclosedInput): UndisclosedResult {
  const properties = new Map(input.properties.map((p) => [p.id, p]));
  const entities = new Map(input.entities.map((e) => [e.id, e]));
  const vendors = input.sources.filter((s) => s.tier === 1 && input.snapshots.has(s.slug)).sort((a, b) => cmp(a.slug, b.slug));
  const prepared = new Map<string, { text: ReturnType<typeof foldText>; passages: Span[] }>();
  const snapshotOf = (slug: string) => {
    let snap = prepared.get(slug);
    if (!snap) {
      const text = input.snapshots.get(slug) ?? '';
      snap = { text: foldText(text), passages: passages(text) };
      prepared.set(slug, snap);
    }
    return snap;
  };
  const unaccounted: UnaccountedPassage[] = [];
  const termless: UndisclosedResult['termless'] = [];
  const findings = input.findings.map((f): Finding => {
    const plan = planOf(f, input, vendors);
    if (!plan) return f;
    const property = properties.get(f.property);
    if (!property || property.terms.length === 0) {
      termless.push({ finding: f.id, property: f.property, silent: plan.silent, whose: plan.whose });
      return f;
    }
    const qualifierSets = Object.entries(f.qualifiers).map(([k, v]) => qualifierNames(k, v, property, entities));
    let recordedHit = false;
    for (const source of plan.sources) {
      const snap = snapshotOf(source.slug);
      // Only the editor's notClaims account for a passage: a vendor claim of the same property in it is
      // for other qualifiers (otherwise there would be no finding), so the passage still needs a decision.
      // For an attribution, the party's own claims on this very fact account for theirs: the finding lists
      // them as what the party does state.
      const recorded = plan.recorded.get(source.slug) ?? [];
      const accounted = [...source.notClaims.map((n) => n.span), ...recorded];
      const hitsOf = (terms: readonly string[]) => terms.flatMap((t) => termHits(t, snap.text).map((at) => ({ term: t, at })));
      const termHitsAll = hitsOf(property.terms);
      const qualifierHits = qualifierSets.map(hitsOf);
      for (const p of snap.passages) {
        const inside = termHitsAll.filter((h) => h.at >= p.start && h.at < p.end);
        if (inside.length === 0) continue;
        if (!qualifierHits.every((hits) => hits.some((h) => h.at >= p.start && h.at < p.end))) continue;
        if (inside.some((h) => within(h.at, recorded))) recordedHit = true;
        if (inside.every((h) => within(h.at, accounted))) continue;
        const text = snap.text.text;
        unaccounted.push({
          finding: f.id,
          source: source.slug,
          property: f.property,
          silent: plan.silent,
          whose: plan.whose,
          terms: [...new Set(inside.map((h) => h.term))],
          line: lineAt(text, p.start),
          passage: text.slice(p.start, p.end),
          span: p,
        });
      }
    }
    const qualifierTerms = qualifierSets.flat();
    const list = (xs: readonly string[]) => xs.map((x) => `"${x}"`).join(', ');
    const slugs = plan.sources.map((v) => v.slug);
    const line = `Searched ${slugs.join(', ')} for ${list(property.terms)}${qualifierTerms.length ? ` in a passage that also names ${qualifierSets.map(list).join(' and ')}` : ''}: no passage states it${recordedHit ? `; the only passages holding a term are ${plan.whose} statements recorded above` : ''}.`;
    return {
      ...f,
      arithmetic: [...f.arithmetic, line],
      searched: { sources: slugs, terms: [...property.terms], qualifierTerms },
    };
  });
  return { findings, unaccounted, termless };
}
