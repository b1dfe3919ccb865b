/** Deduplicating lists of claims, shared by the rules and the explain layer. */
import type { PreparedClaim } from './group.ts';

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
export function distinctStatements(claims: readonly PreparedClaim[]): PreparedClaim[] {
  const seen = new Map<string, Set<string>>();
  const out: PreparedClaim[] = [];
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
