/**
 * General statements: a claim of a property whose registry entry says `generalizes: <property>`
 * ("state of the art on coding benchmarks", naming none) is the general form of that property's
 * named statements ("state of the art on SWE-Bench Pro"). Where the vendor makes none of the general
 * statement itself, the vendor's named statements for the same subject, under any qualifiers, are
 * its reference: a claim with the same value is reconciled with them (shown as a finding with the
 * named statements), so "the vendor makes none" is never said of what the vendor states by name.
 */
import type { Context } from './context.ts';
import type { GroupData, GroupIndex, PreparedClaim } from './group.ts';
import { groupKey } from './ids.ts';

/** The vendor's statements of the property a group's property generalizes (same subject, any qualifiers), by claim id. */
export function generalReference(ctx: Context, index: GroupIndex, group: GroupData): readonly PreparedClaim[] {
  const named = ctx.properties.get(group.property)?.generalizes;
  if (!named) return [];
  const prefix = groupKey(group.subject, named, {});
  const out: PreparedClaim[] = [];
  for (const [key, g] of index.byKey) if (key === prefix || key.startsWith(`${prefix}--`)) out.push(...g.vendor);
  return out.sort((a, b) => (a.claim.id < b.claim.id ? -1 : a.claim.id > b.claim.id ? 1 : 0));
}

/** Whether a claim is judged against a named statement its property generalizes. */
export function isGeneralOf(ctx: Context, c: PreparedClaim, r: PreparedClaim): boolean {
  return c.claim.property !== r.claim.property && ctx.properties.get(c.claim.property)?.generalizes === r.claim.property;
}
