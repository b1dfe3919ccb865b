/** Indexes over the analysis (finding by id, groups by subject, vendor sources, mentions), computed once per SiteData. */
import type { SiteData } from '../data.ts';
import type { Finding, Group } from '../lib/engine/index.ts';
import { pushTo } from '../lib/multimap.ts';
import { QUALIFIERS } from '../lib/qualifiers.ts';
import type { Claim, Source } from '../lib/types.ts';

interface Index {
  findingById: Map<string, Finding>;
  findingsByGroup: Map<string, Finding[]>;
  groupsBySubject: Map<string, Group[]>;
  groupByClaim: Map<string, Group>;
  vendorSources: Set<string>;
  claimOrder: Map<string, number>;
  mentions: Map<string, Claim[]>;
}

const indexes = new WeakMap<SiteData, Index>();

export function indexOf(data: SiteData): Index {
  const cached = indexes.get(data);
  if (cached) return cached;
  const index: Index = {
    findingById: new Map(data.analysis.findings.map((f) => [f.id, f])),
    findingsByGroup: new Map(),
    groupsBySubject: new Map(),
    groupByClaim: new Map(),
    vendorSources: new Set(data.content.sources.filter((s) => isVendorSource(s, data)).map((s) => s.slug)),
    claimOrder: new Map(data.content.claims.map((c, i) => [c.id, i])),
    mentions: new Map(),
  };
  for (const f of data.analysis.findings) pushTo(index.findingsByGroup, f.group, f);
  for (const g of data.analysis.groups) {
    pushTo(index.groupsBySubject, g.subject, g);
    for (const id of g.claims) index.groupByClaim.set(id, g);
  }
  for (const c of data.content.claims) {
    for (const [key, value] of Object.entries(c.qualifiers)) {
      if (value !== c.subject && QUALIFIERS.get(key)?.entityKinds && data.entityById.has(value)) pushTo(index.mentions, value, c);
    }
  }
  indexes.set(data, index);
  return index;
}

/** Whether a source is the vendor's own (the reference the engine compares against). */
export function isVendorSource(source: Source, data: SiteData): boolean {
  return data.analysis.agreement.find((a) => a.source === source.slug)?.vendor ?? source.tier === 1;
}

/** A finding by id. */
export function findingById(id: string, data: SiteData): Finding | undefined {
  return indexOf(data).findingById.get(id);
}
