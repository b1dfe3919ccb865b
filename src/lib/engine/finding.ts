/** Turning a rule's structured finding and its explanation into the public Finding. */
import { cmp } from './context.ts';
import type { Explanation } from './explain/index.ts';
import type { FindingFacts } from './rules/rule.ts';
import { severityLevel, severityRank } from './severity.ts';
import type { Finding } from './types.ts';

/** Builds the public Finding: claims and sources deduplicated and sorted, sentences from the explanation. */
export function makeFinding(facts: FindingFacts, text: Explanation): Finding {
  const ids = [...new Set(facts.claims.map((c) => c.claim.id))].sort(cmp);
  const sources = [...new Set(facts.claims.map((c) => c.claim.source))].sort(cmp);
  const finding: Finding = {
    id: facts.id,
    kind: facts.kind,
    severity: facts.score === null ? 'info' : severityLevel(facts.score),
    score: facts.score ?? 0,
    group: facts.group.key,
    subject: facts.group.subject,
    property: facts.group.property,
    qualifiers: { ...facts.group.qualifiers },
    claims: ids,
    sources,
    summary: text.summary,
    arithmetic: text.arithmetic,
    verdict: text.verdict,
  };
  if (facts.kind === 'misattribution') finding.matchedSubject = facts.matchedSubject;
  if (facts.kind === 'presupposition')
    finding.presupposes = {
      ...facts.presupposed,
      qualifiers: { ...facts.presupposed.qualifiers },
      vendorClaims: facts.vendorClaims.map((c) => c.claim.id),
    };
  if (facts.kind === 'scope-change') finding.scope = { ...facts.dropped };
  if (facts.kind === 'unconfirmed-attribution')
    finding.attribution = {
      party: facts.party,
      sources: [...facts.partySources],
      partyClaims: facts.partyClaims.map((c) => c.claim.id),
      contradicted: facts.contradicted.map((c) => c.claim.id),
      unstated: facts.unstated.map((c) => c.claim.id),
    };
  return finding;
}

/** Orders findings: high severity first, then by id. */
export function compareFindings(a: Finding, b: Finding): number {
  return severityRank(a.severity) - severityRank(b.severity) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
