/**
 * The discrepancies export: rows for /data/discrepancies.json (and its CSV twin) and their JSON
 * Schema. Pure: findings in, plain rows out.
 */
import { FINDING_KINDS_LIST, type Finding } from './types.ts';

/** One row of /data/discrepancies.json. */
export interface DiscrepancyRow {
  id: string;
  kind: Finding['kind'];
  severity: Finding['severity'];
  verdict: string;
  subject: string;
  property: string;
  qualifiers: Record<string, string>;
  matchedSubject: string | null;
  attributedTo: string | null;
  claims: string[];
  sources: string[];
  summary: string;
  arithmetic: string[];
}

/** Rows for /data/discrepancies.json, in the findings' order (severity, then id). */
export function discrepancyRows(findings: readonly Finding[]): DiscrepancyRow[] {
  return findings.map((f) => ({
    id: f.id,
    kind: f.kind,
    severity: f.severity,
    verdict: f.verdict,
    subject: f.subject,
    property: f.property,
    qualifiers: { ...f.qualifiers },
    matchedSubject: f.matchedSubject ?? null,
    attributedTo: f.attribution?.party ?? null,
    claims: [...f.claims],
    sources: [...f.sources],
    summary: f.summary,
    arithmetic: [...f.arithmetic],
  }));
}

/** CSV column order of discrepancies.csv (lists are joined with "; ", qualifiers as "k=v; k=v"). */
export const DISCREPANCY_COLUMNS = [
  'id',
  'kind',
  'severity',
  'verdict',
  'subject',
  'property',
  'qualifiers',
  'matchedSubject',
  'attributedTo',
  'claims',
  'sources',
  'summary',
  'arithmetic',
] as const satisfies readonly (keyof DiscrepancyRow)[];

const strings = (description: string) => ({ type: 'array', items: { type: 'string' }, description });

/** JSON Schema of /data/discrepancies.json. */
export const DISCREPANCY_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'discrepancies.schema.json',
  title: 'Discrepancies',
  description:
    'Every finding the engine computes: conflicts, misattributions, unsupported figures, contradictions, differing accounts, ruled-out presuppositions, scope changes, attributions the attributed party’s own source does not bear out, overstatements and reconciliations.',
  type: 'array',
  items: {
    type: 'object',
    additionalProperties: false,
    required: [...DISCREPANCY_COLUMNS],
    properties: {
      id: {
        type: 'string',
        pattern: '^[a-z0-9]+(-[a-z0-9]+)*(--[a-z0-9]+(-[a-z0-9]+)*(=[a-z0-9]+(-[a-z0-9]+)*)?)*$',
        description: 'Stable finding id.',
      },
      kind: {
        enum: [...FINDING_KINDS_LIST],
        description: 'What was found.',
      },
      severity: { enum: ['high', 'medium', 'low', 'info'], description: 'How much it matters; info for reconciliations.' },
      verdict: { type: 'string', description: 'Short label, e.g. "contradicts the vendor".' },
      subject: { type: 'string', description: 'Entity id the finding is about.' },
      property: { type: 'string', description: 'Property id the finding is about.' },
      qualifiers: {
        type: 'object',
        additionalProperties: { type: 'string' },
        description: 'Identifying qualifiers of the compared figures.',
      },
      matchedSubject: { type: ['string', 'null'], description: 'Misattributions: the entity the figure belongs to.' },
      attributedTo: {
        type: ['string', 'null'],
        description:
          'Unconfirmed attributions: the organization the claims attribute the statement to, whose own source was checked (summary and arithmetic say what it states and what was searched); null for other kinds.',
      },
      claims: strings('Ids of the claims involved.'),
      sources: strings('Ids of their sources.'),
      summary: { type: 'string', description: 'One plain-language sentence.' },
      arithmetic: strings('The comparison steps.'),
    },
  },
} as const;
