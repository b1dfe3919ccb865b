/**
 * Grouping: claims are compared when their subject, property and identifying qualifiers match.
 * Circumstantial qualifiers (effort, scope, condition) are kept on each claim but do not split
 * groups. Every claim lands in exactly one group.
 */

import { pushTo } from '../multimap.ts';
import { isIdentifyingQualifier } from '../qualifiers.ts';
import type { Claim, Tier } from '../types.ts';
import { type Context, cmp, isSingleValuedText } from './context.ts';
import { qualifierParts, slugify } from './ids.ts';
import { type Norm, normalize } from './normalize.ts';
import type { Group } from './types.ts';

/**
 * Identifying qualifiers that only narrow down a figure (a benchmark's variant, the metric it is
 * counted by). A claim that omits one is still checked against the vendor's figure that states it:
 * "SWE-Bench Pro 56.8%" is compared with the vendor's "SWE-Bench Pro (Public) 56.8%".
 */
export const REFINING_QUALIFIERS: readonly string[] = ['variant', 'metric'];

/** Circumstantial qualifier keys, in the order reference figures are matched on them. */
export const CIRCUMSTANTIAL_QUALIFIERS: readonly string[] = ['effort', 'scope', 'condition'];

/** A claim with everything the rules need precomputed. */
export interface PreparedClaim {
  /** The claim as given. */
  claim: Claim;
  /** Its normalized value. */
  norm: Norm;
  /** Its group key. */
  group: string;
  /** Its group key without refining qualifiers (variant, metric). */
  unrefinedKey: string;
  /** Length of the subject's slug at the start of the group key (see siblingKey). */
  subjectLength: number;
  /** Identifying qualifiers (original spelling). */
  identifying: Record<string, string>;
  /** Slugged circumstantial qualifiers. */
  circumstance: Record<string, string>;
  /** Whether a vendor (tier 1) source makes it. */
  vendor: boolean;
  /** Its source's tier (4 when the source is unknown). */
  tier: Tier;
  /** Whether it states any circumstantial qualifier. */
  hasCircumstance: boolean;
  /** Whether its value is descriptive text (compared for equality only; see isSingleValuedText). */
  descriptive: boolean;
  /** Slugged values of the qualifiers its property's values coexist across (registry `coexistsAcross`); they do not split groups. */
  coexisting: Record<string, string>;
  /** Values of the same class can be compared: "n|<dimension>", "q|boolean" or "q|label" (enum and single-valued text). */
  comparableClass: string;
  /** Its position in the id-sorted claim list. */
  position: number;
}

/** The group key without the subject: the same figure for another subject has the same sibling key. */
export function siblingKey(nc: PreparedClaim): string {
  return nc.group.slice(nc.subjectLength + 2);
}

/** A group with its members split into vendor and other claims. */
export interface GroupData {
  /** Group key. */
  key: string;
  /** The group key without refining qualifiers (see REFINING_QUALIFIERS). */
  unrefinedKey: string;
  /** Entity id. */
  subject: string;
  /** Property id. */
  property: string;
  /** Identifying qualifiers, as the first member (by id) spells them. */
  qualifiers: Record<string, string>;
  /** Slugged values of the refining qualifiers present. */
  refining: Record<string, string>;
  /** All members, sorted by claim id. */
  members: PreparedClaim[];
  /** Members made by a vendor source. */
  vendor: PreparedClaim[];
  /** Members made by other sources. */
  others: PreparedClaim[];
}

/**
 * Splits qualifiers into identifying, (slugged) circumstantial and (slugged) coexisting ones: the keys
 * in `coexistsAcross` (the property's registry entry) are identifying elsewhere but do not split this
 * property's groups, since its values can differ across them and all be true.
 */
export function splitQualifiers(
  qualifiers: Readonly<Record<string, string>>,
  coexistsAcross: readonly string[] = [],
): {
  identifying: Record<string, string>;
  circumstance: Record<string, string>;
  coexisting: Record<string, string>;
} {
  const identifying: Record<string, string> = {};
  const circumstance: Record<string, string> = {};
  const coexisting: Record<string, string> = {};
  for (const key in qualifiers) {
    const value = qualifiers[key];
    if (typeof value !== 'string' || value.trim() === '') continue;
    if (coexistsAcross.includes(key)) {
      coexisting[key] = slugify(value);
    } else if (isIdentifyingQualifier(key)) {
      identifying[key] = value;
    } else {
      circumstance[key] = slugify(value);
    }
  }
  return { identifying, circumstance, coexisting };
}

const REFINING_SET: ReadonlySet<string> = new Set(REFINING_QUALIFIERS);

/** The comparability class of a value (see PreparedClaim.comparableClass). */
function classOf(norm: Norm): string {
  if (norm.domain === 'qualitative') return norm.type === 'boolean' ? 'q|boolean' : 'q|label';
  return `n|${norm.dimension}`;
}

/** A shared empty list (never mutated). */
const NONE: readonly PreparedClaim[] = [];

/** Normalizes and keys one claim; `position` is its position in the id-sorted list. */
export function prepareClaim(ctx: Context, claim: Claim, position = 0): PreparedClaim {
  const property = ctx.properties.get(claim.property);
  const { identifying, circumstance, coexisting } = splitQualifiers(claim.qualifiers, property?.coexistsAcross);
  const subjectSlug = slugify(claim.subject);
  const base = `${subjectSlug}--${slugify(claim.property)}`;
  let key = base;
  let unrefinedKey = base;
  let refined = false;
  for (const [k, v] of qualifierParts(identifying)) {
    key += `--${k}=${v}`;
    if (REFINING_SET.has(k)) refined = true;
    else unrefinedKey += `--${k}=${v}`;
  }
  if (!refined) unrefinedKey = key;
  let hasCircumstance = false;
  for (const _ in circumstance) {
    hasCircumstance = true;
    break;
  }
  const norm = normalize(claim, property);
  const descriptive = norm.domain === 'qualitative' && norm.type === 'text' && !isSingleValuedText(property);
  return {
    claim,
    norm,
    group: key,
    unrefinedKey,
    subjectLength: subjectSlug.length,
    identifying,
    circumstance,
    vendor: ctx.vendorSources.has(claim.source),
    tier: ctx.sources.get(claim.source)?.tier ?? 4,
    hasCircumstance,
    descriptive,
    coexisting,
    comparableClass: classOf(norm),
    position,
  };
}

/** Orders claims by id (then by source, subject, property and raw value, should ids ever repeat). */
export function compareClaims(a: Claim, b: Claim): number {
  return cmp(a.id, b.id) || cmp(a.source, b.source) || cmp(a.subject, b.subject) || cmp(a.property, b.property) || cmp(a.raw, b.raw);
}

/** Groups prepared claims (already sorted by id); groups come back sorted by key. */
export function buildGroups(claims: readonly PreparedClaim[]): GroupData[] {
  const byKey = new Map<string, GroupData>();
  for (const nc of claims) {
    let g = byKey.get(nc.group);
    if (!g) {
      const refining = refiningOf(nc.identifying);
      g = {
        key: nc.group,
        unrefinedKey: nc.unrefinedKey,
        subject: nc.claim.subject,
        property: nc.claim.property,
        qualifiers: nc.identifying,
        refining,
        members: [],
        vendor: [],
        others: [],
      };
      byKey.set(nc.group, g);
    }
    g.members.push(nc);
    (nc.vendor ? g.vendor : g.others).push(nc);
  }
  return [...byKey.values()].sort((a, b) => cmp(a.key, b.key));
}

/** Index of groups by key and by unrefined key. */
export interface GroupIndex {
  /** Groups by key. */
  byKey: ReadonlyMap<string, GroupData>;
  /** Groups sharing an unrefined key. */
  byUnrefinedKey: ReadonlyMap<string, GroupData[]>;
}

/** Builds the group index. */
export function indexGroups(groups: readonly GroupData[]): GroupIndex {
  const byKey = new Map<string, GroupData>();
  const byUnrefinedKey = new Map<string, GroupData[]>();
  for (const g of groups) {
    byKey.set(g.key, g);
    pushTo(byUnrefinedKey, g.unrefinedKey, g);
  }
  return { byKey, byUnrefinedKey };
}

/** Slugged values of the refining qualifiers among identifying qualifiers. */
export function refiningOf(identifying: Readonly<Record<string, string>>): Record<string, string> {
  const refining: Record<string, string> = {};
  for (const k of REFINING_QUALIFIERS) {
    const v = identifying[k];
    if (v !== undefined) refining[k] = slugify(v);
  }
  return refining;
}

/** Whether two sets of refining qualifiers never disagree (one may omit what the other states). */
export function refiningCompatible(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  for (const k of REFINING_QUALIFIERS) {
    const va = a[k];
    const vb = b[k];
    if (va !== undefined && vb !== undefined && va !== vb) return false;
  }
  return true;
}

/**
 * Vendor claims for a group key: the group's own, else those of the groups that differ from it only
 * by refining qualifiers (see REFINING_QUALIFIERS); `refined` tells which.
 */
export function vendorClaimsFor(
  index: GroupIndex,
  key: string,
  unrefinedKey: string,
  refining: Readonly<Record<string, string>>,
): { claims: readonly PreparedClaim[]; refined: boolean } {
  const own = index.byKey.get(key);
  if (own && own.vendor.length > 0) return { claims: own.vendor, refined: false };
  const bucket = index.byUnrefinedKey.get(unrefinedKey);
  if (!bucket || (bucket.length === 1 && own)) return { claims: NONE, refined: false };
  const claims: PreparedClaim[] = [];
  for (const g of bucket) {
    if (g.key === key || g.vendor.length === 0 || !refiningCompatible(refining, g.refining)) continue;
    claims.push(...g.vendor);
  }
  claims.sort((a, b) => compareClaims(a.claim, b.claim));
  return { claims, refined: claims.length > 0 };
}

/** Narrows reference claims to those stated in the claim's circumstances (same effort, scope, condition) when any are. */
export function matchCircumstances(nc: PreparedClaim, refs: readonly PreparedClaim[]): readonly PreparedClaim[] {
  if (!nc.hasCircumstance || refs.length < 2) return refs;
  let pool: readonly PreparedClaim[] = refs;
  for (const k of CIRCUMSTANTIAL_QUALIFIERS) {
    const want = nc.circumstance[k];
    if (want === undefined) continue;
    const same = pool.filter((r) => r.circumstance[k] === want);
    if (same.length > 0) pool = same;
  }
  return pool;
}

/** The public shape of a group. */
export function publicGroup(g: GroupData): Group {
  return {
    key: g.key,
    subject: g.subject,
    property: g.property,
    qualifiers: { ...g.qualifiers },
    claims: g.members.map((m) => m.claim.id),
  };
}

/**
 * Whether two claims of a group can both be true although their values differ: both state a qualifier
 * their property's values coexist across (registry `coexistsAcross`), with different values (a refusal
 * for harmful requests and a re-routing for elevated cyber risk). One that omits it is compared as usual.
 */
export function coexist(a: PreparedClaim, b: PreparedClaim): boolean {
  for (const key in a.coexisting) {
    const other = b.coexisting[key];
    if (other !== undefined && other !== a.coexisting[key]) return true;
  }
  return false;
}
