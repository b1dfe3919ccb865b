/**
 * "Not disclosed" is proven, not presumed. For each unsupported finding (the vendor gives no claim for a
 * group), the vendor's snapshot is searched for the property's registry `terms` (and, for each identifying
 * qualifier, the name or aliases of what it names), passage by passage. A passage that holds a property
 * term and every qualifier's name is a possible statement: unless the vendor source lists it in
 * `notClaims` with a reason, the editor must record it as the vendor's claim (which removes the finding). Otherwise the proof fails and names the passage. Each
 * finding that passes carries the terms searched. Pure: snapshots come in as text.
 */
import { foldText, lineAt, passages, type Span, termHits } from '../content/span.ts';
import type { Entity, Property, Source } from '../types.ts';
import { cmp } from './context.ts';
import type { Finding } from './types.ts';

/** What the proof reads. */
export interface UndisclosedInput {
  /** The engine's findings (only 'unsupported' ones are proven). */
  findings: readonly Finding[];
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
  /** Unsupported findings whose property lists no terms (the proof cannot be made). */
  termless: { finding: string; property: string }[];
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

/** Proves each unsupported finding against the vendor snapshots (see the file comment). */
export function proveUndisclosed(input: UndisclosedInput): UndisclosedResult {
  const properties = new Map(input.properties.map((p) => [p.id, p]));
  const entities = new Map(input.entities.map((e) => [e.id, e]));
  const vendors = input.sources.filter((s) => s.tier === 1 && input.snapshots.has(s.slug)).sort((a, b) => cmp(a.slug, b.slug));
  const prepared = new Map(
    vendors.map((s) => [
      s.slug,
      { text: foldText(input.snapshots.get(s.slug) ?? ''), passages: passages(input.snapshots.get(s.slug) ?? '') },
    ]),
  );
  const unaccounted: UnaccountedPassage[] = [];
  const termless: UndisclosedResult['termless'] = [];
  const findings = input.findings.map((f): Finding => {
    if (f.kind !== 'unsupported' || vendors.length === 0) return f;
    const property = properties.get(f.property);
    if (!property || property.terms.length === 0) {
      termless.push({ finding: f.id, property: f.property });
      return f;
    }
    const qualifierSets = Object.entries(f.qualifiers).map(([k, v]) => qualifierNames(k, v, property, entities));
    for (const vendor of vendors) {
      const snap = prepared.get(vendor.slug);
      if (!snap) continue;
      // Only the editor's notClaims account for a passage: a vendor claim of the same property in it is
      // for other qualifiers (otherwise there would be no finding), so the passage still needs a decision.
      const accounted = vendor.notClaims.map((n) => n.span);
      const hitsOf = (terms: readonly string[]) => terms.flatMap((t) => termHits(t, snap.text).map((at) => ({ term: t, at })));
      const termHitsAll = hitsOf(property.terms);
      const qualifierHits = qualifierSets.map(hitsOf);
      for (const p of snap.passages) {
        const inside = termHitsAll.filter((h) => h.at >= p.start && h.at < p.end);
        if (inside.length === 0) continue;
        if (!qualifierHits.every((hits) => hits.some((h) => h.at >= p.start && h.at < p.end))) continue;
        if (inside.every((h) => within(h.at, accounted))) continue;
        const text = snap.text.text;
        unaccounted.push({
          finding: f.id,
          source: vendor.slug,
          property: f.property,
          terms: [...new Set(inside.map((h) => h.term))],
          line: lineAt(text, p.start),
          passage: text.slice(p.start, p.end),
          span: p,
        });
      }
    }
    const qualifierTerms = qualifierSets.flat();
    const list = (xs: readonly string[]) => xs.map((x) => `"${x}"`).join(', ');
    const line = `Searched ${vendors.map((v) => v.slug).join(', ')} for ${list(property.terms)}${qualifierTerms.length ? ` in a passage that also names ${qualifierSets.map(list).join(' and ')}` : ''}: no passage states it.`;
    return {
      ...f,
      arithmetic: [...f.arithmetic, line],
      searched: { sources: vendors.map((v) => v.slug), terms: [...property.terms], qualifierTerms },
    };
  });
  return { findings, unaccounted, termless };
}
