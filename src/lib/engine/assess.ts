/**
 * Assessment of each group: every claim is compared with the vendor's figures for the group (or,
 * when the vendor gives none, with the other claims of the group), giving each claim a status the
 * rules then turn into findings and verdicts.
 *
 * - With vendor figures: a claim agrees when identical to one of them, is reconciled when it can be
 *   true together with one of them, and is incompatible otherwise. Vendor figures stated in the same
 *   circumstances (effort, scope, condition) as the claim are preferred when there are any.
 * - Without: a claim is incompatible when some other claim of the group rules it out (bucketed, not
 *   pairwise: see incompatibleWithSome), and otherwise agrees/is reconciled with the rest, or is
 *   alone when only its own source speaks.
 * - Descriptive text (see isSingleValuedText) only ever agrees (same text) or is incomparable.
 * - Vendor claims are the reference; two vendor figures in the same circumstances that cannot both
 *   be true are a vendor self-conflict.
 */

import { groupBy, pushTo } from '../multimap.ts';
import { compatible, identical, incompatibleWithSome } from './compare.ts';
import type { Context } from './context.ts';
import { generalReference } from './general.ts';
import { type GroupData, type GroupIndex, matchCircumstances, type PreparedClaim, vendorClaimsFor } from './group.ts';
import { inverseReference, invertClaim } from './inverse.ts';
import type { NumericNorm } from './normalize.ts';

/** How one claim stands within its group. */
export type Status = 'vendor' | 'identical' | 'reconciled' | 'incompatible' | 'incomparable' | 'alone';

/** One claim's assessment. */
export interface Assessed {
  /** The claim. */
  nc: PreparedClaim;
  /** Its status. */
  status: Status;
  /** The claims it was found identical to, reconciled with or incompatible with (vendor figures, or peers); shared, never mutate. */
  against: readonly PreparedClaim[];
  /** Whether the comparison was against vendor figures. */
  viaVendor: boolean;
}

/** A group's assessment. */
export interface GroupAssessment {
  /** The group. */
  group: GroupData;
  /** Vendor figures the group is checked against (its own, or those of a refining group); empty if none. */
  reference: readonly PreparedClaim[];
  /** Whether `reference` comes from groups that state a variant or metric this group omits (or the reverse). */
  refined: boolean;
  /** One entry per member, in member order. */
  members: Assessed[];
  /** Vendor claims that cannot all be true in the same circumstances. */
  vendorSelfConflicts: PreparedClaim[];
  /** How many members are incompatible, and how many reconciled (lets rules skip quiet groups). */
  counts: { incompatible: number; reconciled: number };
}

function countStatuses(members: readonly Assessed[]): { incompatible: number; reconciled: number } {
  let incompatible = 0;
  let reconciled = 0;
  for (const m of members) {
    if (m.status === 'incompatible') incompatible++;
    else if (m.status === 'reconciled') reconciled++;
  }
  return { incompatible, reconciled };
}

function isDescriptive(nc: PreparedClaim): boolean {
  return nc.descriptive;
}

/** Circumstances and coexisting qualifiers: vendor figures in different ones never conflict with each other. */
function circumstanceSignature(nc: PreparedClaim): string {
  return [...Object.entries(nc.circumstance), ...Object.entries(nc.coexisting)].map(([k, v]) => `${k}=${v}`).join('|');
}

/** Among claims sharing a comparison, which ones cannot be true together with some other one. */
function findIncompatible(claims: readonly PreparedClaim[]): Set<PreparedClaim> {
  const bad = new Set<PreparedClaim>();
  const numeric = claims.filter((c) => c.norm.domain === 'numeric');
  const flags = incompatibleWithSome(numeric.map((c) => c.norm as NumericNorm));
  numeric.forEach((c, i) => {
    if (flags[i]) bad.add(c);
  });
  const byType = new Map<string, PreparedClaim[]>();
  for (const c of claims) {
    if (c.norm.domain !== 'qualitative' || isDescriptive(c)) continue;
    pushTo(byType, c.norm.type === 'boolean' ? 'boolean' : 'label', c);
  }
  for (const list of byType.values()) {
    const keys = new Set(list.map((c) => (c.norm.domain === 'qualitative' ? c.norm.key : '')));
    if (keys.size > 1) for (const c of list) bad.add(c);
  }
  return bad;
}

function vendorSelfConflicts(vendor: readonly PreparedClaim[]): PreparedClaim[] {
  if (vendor.length < 2) return [];
  const byCircumstance = groupBy(vendor, circumstanceSignature);
  const out: PreparedClaim[] = [];
  for (const list of byCircumstance.values()) if (list.length > 1) out.push(...findIncompatible(list));
  return out.sort((a, b) => (a.claim.id < b.claim.id ? -1 : a.claim.id > b.claim.id ? 1 : 0));
}

/** A shared empty list (never mutated). */
const NO_CLAIMS: PreparedClaim[] = [];

const STATUS_BY_RANK: readonly Status[] = ['identical', 'reconciled', 'incompatible'];

function assessAgainstVendor(nc: PreparedClaim, reference: readonly PreparedClaim[]): Assessed {
  const refs = matchCircumstances(nc, reference);
  const descriptive = isDescriptive(nc);
  // Best outcome over the vendor figures: identical (0) beats reconciled (1) beats incompatible (2).
  let best = 3;
  let against: PreparedClaim[] = NO_CLAIMS;
  for (const r of refs) {
    const result = compatible(nc.norm, r.norm);
    if (result === null) continue;
    let rank: number;
    if (identical(nc.norm, r.norm) || (descriptive && result)) rank = 0;
    else if (descriptive) continue;
    else rank = result ? 1 : 2;
    if (rank < best) {
      best = rank;
      against = [r];
    } else if (rank === best) against = [...against, r];
  }
  const status = STATUS_BY_RANK[best] ?? 'incomparable';
  return { nc, status, against, viaVendor: true };
}

function comparabilityClass(nc: PreparedClaim): string {
  return nc.comparableClass;
}

function bySource(m: PreparedClaim): string {
  return m.claim.source;
}

function bySignature(m: PreparedClaim): string {
  return m.norm.signature;
}

/** The first of up to two claims that comes from another source than `nc`'s. */
function otherSource(nc: PreparedClaim, pair: readonly PreparedClaim[] | undefined): PreparedClaim | undefined {
  if (!pair) return undefined;
  for (const m of pair) if (m.claim.source !== nc.claim.source) return m;
  return undefined;
}

function firstTwoOf(map: Map<string, PreparedClaim[]>, keyOf: (nc: PreparedClaim) => string): Map<string, PreparedClaim[]> {
  const out = new Map<string, PreparedClaim[]>();
  for (const [k, list] of map) out.set(k, firstTwoDistinct(list, keyOf));
  return out;
}

/** Up to two members with different values of `keyOf`, first by claim id. */
function firstTwoDistinct(list: readonly PreparedClaim[], keyOf: (nc: PreparedClaim) => string): PreparedClaim[] {
  const first = list[0];
  if (!first) return [];
  const k = keyOf(first);
  const second = list.find((m) => keyOf(m) !== k);
  return second ? [first, second] : [first];
}

/** Assesses the members of a group without vendor figures against each other, in O(n) beyond incompatibleWithSome. */
function assessAmongPeers(group: GroupData): Assessed[] {
  const members = group.members;
  const bad = findIncompatible(members);
  const sources = new Set(members.map((m) => m.claim.source));
  const classes = new Map<string, PreparedClaim[]>();
  const textKeys = new Map<string, PreparedClaim[]>();
  const signatures = new Map<string, PreparedClaim[]>();
  for (const m of members) {
    pushTo(signatures, m.norm.signature, m);
    pushTo(classes, comparabilityClass(m), m);
    if (isDescriptive(m) && m.norm.domain === 'qualitative') pushTo(textKeys, m.norm.key, m);
  }
  const classSources = firstTwoOf(classes, bySource);
  const classSignatures = firstTwoOf(classes, bySignature);
  const signatureSources = firstTwoOf(signatures, bySource);
  const textSources = firstTwoOf(textKeys, bySource);
  return members.map((nc): Assessed => {
    if (bad.has(nc)) return { nc, status: 'incompatible', against: NO_CLAIMS, viaVendor: false };
    if (sources.size < 2) return { nc, status: 'alone', against: NO_CLAIMS, viaVendor: false };
    if (isDescriptive(nc)) {
      const same = otherSource(nc, textSources.get(nc.norm.domain === 'qualitative' ? nc.norm.key : ''));
      return same
        ? { nc, status: 'identical', against: [same], viaVendor: false }
        : { nc, status: 'incomparable', against: NO_CLAIMS, viaVendor: false };
    }
    const comparableClass = comparabilityClass(nc);
    const peer = otherSource(nc, classSources.get(comparableClass));
    if (!peer) return { nc, status: 'incomparable', against: NO_CLAIMS, viaVendor: false };
    // Not incompatible with anything, so compatible with every comparable claim of the group:
    // it agrees plainly when another source states it identically, else it is reconciled.
    const twin = otherSource(nc, signatureSources.get(nc.norm.signature));
    if (twin) return { nc, status: 'identical', against: [twin], viaVendor: false };
    const different = classSignatures.get(comparableClass)?.find((m) => m.norm.signature !== nc.norm.signature) ?? peer;
    return { nc, status: 'reconciled', against: [different], viaVendor: false };
  });
}

/**
 * A group without vendor figures of its own whose property is the inverse measure of another
 * (registry `inverseOf`): its claims are converted (1 / m) and judged against the vendor's figures of
 * that property; the assessment keeps the original claims, `against` the vendor's.
 */
function assessInverse(group: GroupData, reference: readonly PreparedClaim[]): GroupAssessment | null {
  const members: Assessed[] = [];
  for (const nc of group.members) {
    const converted = invertClaim(nc);
    if (!converted) return null;
    const judged = assessAgainstVendor(converted, reference);
    members.push({ ...judged, nc });
  }
  return { group, reference, refined: false, members, vendorSelfConflicts: NO_CLAIMS, counts: countStatuses(members) };
}

/**
 * A group without vendor statements whose property generalizes another (registry `generalizes`):
 * when every member states the value of one of the vendor's named statements, each is reconciled with
 * those; otherwise null (the group is assessed as usual).
 */
function assessGeneral(group: GroupData, reference: readonly PreparedClaim[]): GroupAssessment | null {
  const members: Assessed[] = [];
  for (const nc of group.members) {
    const judged = assessAgainstVendor(nc, reference);
    if (judged.status !== 'identical') return null;
    members.push({ ...judged, status: 'reconciled' });
  }
  return { group, reference, refined: false, members, vendorSelfConflicts: NO_CLAIMS, counts: countStatuses(members) };
}

/** Assesses one group. */
export function assessGroup(ctx: Context, index: GroupIndex, group: GroupData): GroupAssessment {
  const { claims: reference, refined } = vendorClaimsFor(index, group.key, group.unrefinedKey, group.refining);
  if (reference.length === 0 && group.vendor.length === 0) {
    const inverse = inverseReference(ctx, index, group);
    const assessed = inverse.length > 0 ? assessInverse(group, inverse) : null;
    if (assessed) return assessed;
    const named = generalReference(ctx, index, group);
    const general = named.length > 0 ? assessGeneral(group, named) : null;
    if (general) return general;
  }
  const only = group.members.length === 1 ? group.members[0] : undefined;
  if (only) {
    // Fast path for the many one-claim groups: nothing to compare among members.
    let member: Assessed;
    if (only.vendor) member = { nc: only, status: 'vendor', against: NO_CLAIMS, viaVendor: true };
    else if (reference.length > 0) member = assessAgainstVendor(only, reference);
    else member = { nc: only, status: 'alone', against: NO_CLAIMS, viaVendor: false };
    return { group, reference, refined, members: [member], vendorSelfConflicts: NO_CLAIMS, counts: countStatuses([member]) };
  }
  const selfConflicts = vendorSelfConflicts(group.vendor);
  if (reference.length === 0) {
    const members = assessAmongPeers(group);
    return { group, reference, refined, members, vendorSelfConflicts: selfConflicts, counts: countStatuses(members) };
  }
  const members = group.members.map(
    (nc): Assessed => (nc.vendor ? { nc, status: 'vendor', against: NO_CLAIMS, viaVendor: true } : assessAgainstVendor(nc, reference)),
  );
  return { group, reference, refined, members, vendorSelfConflicts: selfConflicts, counts: countStatuses(members) };
}
