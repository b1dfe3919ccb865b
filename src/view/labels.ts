/** Labels: verdicts, finding kinds, severities, tiers, source names and qualifier values as a reader reads them. */
import type { SiteData } from '../data.ts';
import type { FindingKind, Severity, Verdict } from '../lib/engine/index.ts';
import { QUALIFIERS, qualifierValueLabel } from '../lib/qualifiers.ts';
import { sourceTitleText } from '../lib/source-title.ts';
import type { Claim, Source } from '../lib/types.ts';

/** Visual tone of a badge. */
export type Tone = 'ok' | 'warn' | 'bad' | 'info';

/** The label of each verdict, by the tone of its badge. */
const VERDICT_LABELS_BY_TONE: Readonly<Record<Tone, Partial<Record<Verdict, string>>>> = {
  info: { vendor: 'Vendor source', corroborated: 'Other sources agree; vendor silent', uncompared: 'Nothing to compare' },
  ok: { agrees: 'Agrees with vendor', reconciled: 'Agrees after normalization' },
  bad: { conflicts: 'Conflicts', contradicts: 'Contradicts', misattributed: 'Misattributed' },
  warn: {
    differs: 'Differs from vendor',
    widened: 'Widens vendor’s scope',
    unconfirmed: 'Not in the attributed party’s source',
    overstated: 'Overstated',
    unsupported: 'Not disclosed by vendor',
  },
};

const VERDICTS: ReadonlyMap<string, { label: string; tone: Tone }> = new Map(
  Object.entries(VERDICT_LABELS_BY_TONE).flatMap(([tone, labels]) =>
    Object.entries(labels).map(([verdict, label]) => [verdict, { label, tone: tone as Tone }] as const),
  ),
);

/**
 * The verdicts of a claim that says otherwise or more than the vendor, worst first: the order the site ranks
 * verdicts in (a source's counts, the rating of a ClaimReview).
 */
export const DISAGREEING_WORST_FIRST: readonly Verdict[] = [
  'misattributed',
  'contradicts',
  'conflicts',
  'overstated',
  'widened',
  'unconfirmed',
  'differs',
  'unsupported',
];

/** Verdicts that mean another source (or the vendor) says otherwise. */
export const DISPUTED_VERDICTS: ReadonlySet<string> = new Set<Verdict>(['conflicts', 'contradicts', 'misattributed', 'overstated']);

/** Human label of a verdict id. */
export function verdictLabel(verdict: string): { label: string; tone: Tone } {
  return VERDICTS.get(verdict) ?? { label: verdict, tone: 'info' };
}

/** What each kind of finding is called and means, in plain words, in display order (FINDING_KIND_ORDER). */
export const FINDING_KINDS: Readonly<Record<FindingKind, { label: string; plural: string; tone: Tone; description: string }>> = {
  conflict: {
    label: 'Conflict',
    plural: 'Conflicts',
    tone: 'bad',
    description: 'Two figures for the same thing that cannot both be true, even allowing for rounding and approximation.',
  },
  misattribution: {
    label: 'Misattribution',
    plural: 'Misattributions',
    tone: 'bad',
    description: "A figure given for one model that is exactly the vendor's figure for another model.",
  },
  contradiction: {
    label: 'Contradiction',
    plural: 'Contradictions',
    tone: 'bad',
    description: 'Statements that exclude each other: yes against no, "available" against "not yet available", two different chips.',
  },
  differs: {
    label: 'Differs from vendor',
    plural: 'Differing accounts',
    tone: 'warn',
    description:
      'Accounts that differ but can all be true at once (a safeguard with different triggers, a setting in two places): softer than a contradiction.',
  },
  presupposition: {
    label: 'Presupposition ruled out',
    plural: 'Presuppositions ruled out',
    tone: 'warn',
    description:
      'A claim that takes something for granted (a price takes an API for granted) where the vendor’s own statement of that thing says otherwise.',
  },
  'scope-change': {
    label: 'Scope widened',
    plural: 'Scopes widened',
    tone: 'warn',
    description: 'A statement the vendor makes only within a scope (“for cybersecurity-related tasks”), repeated without it.',
  },
  'unconfirmed-attribution': {
    label: 'Attribution unconfirmed',
    plural: 'Attributions unconfirmed',
    tone: 'warn',
    description:
      'A statement a source attributes to another party (“OpenAI hints at …”) that the party’s own source does not make, or states otherwise.',
  },
  overstated: {
    label: 'Overstatement',
    plural: 'Overstatements',
    tone: 'warn',
    description: 'A comparison ("nearly doubled", "outperforms") that the underlying figures do not bear out.',
  },
  unsupported: {
    label: 'Not disclosed by vendor',
    plural: 'Not disclosed by vendor',
    tone: 'warn',
    description: 'A figure about the vendor’s own model or product that the vendor itself never gives.',
  },
  reconciled: {
    label: 'Reconciled',
    plural: 'Reconciled',
    tone: 'ok',
    description: 'Figures that look different but agree once units, precision and approximations are taken into account.',
  },
};

/** Display order of finding kinds: the order FINDING_KINDS lists them in. */
export const FINDING_KIND_ORDER: readonly FindingKind[] = Object.keys(FINDING_KINDS) as FindingKind[];

/** Severity labels, most severe first. */
export const SEVERITIES: Readonly<Record<Severity, { label: string; tone: Tone }>> = {
  high: { label: 'High', tone: 'bad' },
  medium: { label: 'Medium', tone: 'warn' },
  low: { label: 'Low', tone: 'info' },
  info: { label: 'Agreement', tone: 'ok' },
};

/** Display order of severities. */
export const SEVERITY_ORDER: readonly Severity[] = ['high', 'medium', 'low', 'info'];

/** The tier's name. */
export function tierName(tier: number): string {
  return (
    (
      {
        1: 'Tier 1 · primary (vendor)',
        2: 'Tier 2 · edited secondary',
        3: 'Tier 3 · unedited secondary',
        4: 'Tier 4 · promotional',
      } as Record<number, string>
    )[tier] ?? `Tier ${tier}`
  );
}

/**
 * A label as it reads inside a sentence: the first letter lowercased unless the first word is an acronym
 * or a name in capitals ("Benchmark score" → "benchmark score"; "API endpoint" and "GPUs in the training
 * cluster" stay as they are).
 */
export function lowerFirst(label: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) || /^\p{Lu}(\s|$)/u.test(label) ? (label[0]?.toLowerCase() ?? '') + label.slice(1) : label;
}

/** "Not stated" handling for optional source metadata. */
export function stated(value: string | null): string | null {
  return value === null || value === '' ? null : value;
}

/** Shortens text at a word boundary, adding an ellipsis: for labels in tight places (the full text is one click away). */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,:;([{–—-]+$/, '')}…`;
}

const KIND_NOUNS: Record<string, string> = {
  vendor: 'Vendor page',
  press: 'Press article',
  reference: 'Reference work',
  wiki: 'Wiki entry',
  glossary: 'Glossary entry',
  blog: 'Blog article',
  marketing: 'Marketing page',
};

/**
 * A source's short name for tight places (the full title is one click away): its publisher when the
 * text states one; otherwise what kind of document it is ("Blog article"), unless another source
 * would get the same name, in which case its shortened title.
 */
export function sourceName(source: Pick<Source, 'slug' | 'publisher' | 'title' | 'titled' | 'kind'>, all: readonly Source[] = []): string {
  if (source.publisher) return source.publisher;
  const noun = KIND_NOUNS[source.kind] ?? source.kind;
  const same = publisherless(all).get(source.kind);
  const clash = same !== undefined && same.size > (same.has(source.slug) ? 1 : 0);
  return clash ? sourceTitleText(source, shorten(source.title, 34)) : noun;
}

const PUBLISHERLESS = new WeakMap<readonly Pick<Source, 'slug' | 'publisher' | 'kind'>[], Map<string, Set<string>>>();

/** The slugs of the sources without a publisher, by kind: built once per list, so naming a source does not walk every source. */
function publisherless(all: readonly Pick<Source, 'slug' | 'publisher' | 'kind'>[]): Map<string, Set<string>> {
  let byKind = PUBLISHERLESS.get(all);
  if (!byKind) {
    byKind = new Map();
    for (const o of all) {
      if (o.publisher) continue;
      const slugs = byKind.get(o.kind) ?? new Set<string>();
      slugs.add(o.slug);
      byKind.set(o.kind, slugs);
    }
    PUBLISHERLESS.set(all, byKind);
  }
  return byKind;
}

/** Display of a qualifier value: entity names for entity references, readable names for enumerated values. */
export function qualifierValue(key: string, value: string, data: SiteData): string {
  return data.entityById.get(value)?.name ?? qualifierValueLabel(key, value);
}

/** Display of a claim's qualifiers: entity names for entity references. */
export function qualifierList(claim: Pick<Claim, 'qualifiers'>, data: SiteData): { key: string; label: string; value: string }[] {
  return Object.entries(claim.qualifiers).map(([key, value]) => ({
    key,
    label: QUALIFIERS.get(key)?.label ?? key,
    value: qualifierValue(key, value, data),
  }));
}
