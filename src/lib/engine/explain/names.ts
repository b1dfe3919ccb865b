/**
 * How the explain layer names things in running text: sources, entities, properties, qualifiers,
 * topics, values as stated, and lists.
 */

import { groupBy } from '../../multimap.ts';
import { qualifierValueLabel } from '../../qualifiers.ts';
import { sourceTitleText } from '../../source-title.ts';
import type { Context } from '../context.ts';
import type { PreparedClaim } from '../group.ts';
import { statedUnit } from '../normalize.ts';
import { formatStated } from './format.ts';

const TITLE_MAX = 60;

/**
 * How a sentence names a source: its publisher; else its own (shortened) title in quotes; else, for a
 * document that states no title, the site's description of it, unquoted and marked "(untitled)" so that
 * it never reads as the document's title.
 */
export function sourceName(ctx: Context, slug: string): string {
  const s = ctx.sources.get(slug);
  if (!s) return slug;
  return s.publisher ?? sourceTitle(ctx, slug);
}

/** A source by its title: “Its own title” (shortened) in quotes, or the site's description marked "(untitled)". */
export function sourceTitle(ctx: Context, slug: string): string {
  const s = ctx.sources.get(slug);
  if (!s) return slug;
  let title = s.title.trim();
  if (title.length > TITLE_MAX) {
    const cut = title.slice(0, TITLE_MAX);
    const space = cut.lastIndexOf(' ');
    title = `${(space > 20 ? cut.slice(0, space) : cut).replace(/[\s:,;.-]+$/, '')}…`;
  }
  return s.titled ? `“${title}”` : sourceTitleText(s, title);
}

/** An entity's display name (its id when unknown). */
export function entityName(ctx: Context, id: string): string {
  return ctx.entities.get(id)?.name ?? id;
}

/** A property's label in running text ("benchmark score"). */
export function propertyLabel(ctx: Context, id: string): string {
  const label = ctx.properties.get(id)?.label ?? id.replace(/-/g, ' ');
  // "Benchmark score" → "benchmark score"; a name that opens the label stays ("Preparedness Framework classification").
  return /^[A-Z][a-z]+(?: [a-z]|$)/.test(label) ? label[0]?.toLowerCase() + label.slice(1) : label;
}

/** The identifying qualifiers as a phrase: "on Terminal-Bench 2.0 (Public)", "via the API channel". */
export function qualifierPhrase(ctx: Context, qualifiers: Readonly<Record<string, string>>): string {
  const parts: string[] = [];
  const q = qualifiers;
  if (q.benchmark !== undefined) {
    const extras = [q.variant, q.metric].filter((x): x is string => x !== undefined);
    parts.push(`on ${entityName(ctx, q.benchmark)}${extras.length ? ` (${extras.join(', ')})` : ''}`);
  } else {
    if (q.variant !== undefined) parts.push(`(variant ${q.variant})`);
    if (q.metric !== undefined) parts.push(`(${q.metric})`);
  }
  if (q.comparedTo !== undefined) parts.push(`against ${entityName(ctx, q.comparedTo)}`);
  if (q.channel !== undefined) parts.push(`via the ${qualifierValueLabel('channel', q.channel)} channel`);
  if (q.stage !== undefined) parts.push(`at the ${q.stage} stage`);
  if (q.direction !== undefined) parts.push(`for ${q.direction} tokens`);
  if (q.language !== undefined) parts.push(`for ${q.language}`);
  if (q.domain !== undefined) parts.push(`for ${q.domain}`);
  const known = new Set(['benchmark', 'variant', 'metric', 'comparedTo', 'channel', 'stage', 'direction', 'language', 'domain']);
  for (const [k, v] of Object.entries(q)) if (!known.has(k)) parts.push(`(${k}: ${v})`);
  return parts.join(' ');
}

/**
 * The topic of a group in running text: "GPT-5.3-Codex's benchmark score on Terminal-Bench 2.0";
 * for yes/no properties, whose labels are not noun phrases: "“Supports language” for GPT-5.3-Codex for Python".
 */
export function topic(ctx: Context, subject: string, property: string, qualifiers: Readonly<Record<string, string>>): string {
  const phrase = qualifierPhrase(ctx, qualifiers);
  const p = ctx.properties.get(property);
  if (p?.valueType === 'boolean') return `“${p.label}” for ${entityName(ctx, subject)}${phrase ? ` ${phrase}` : ''}`;
  return `${entityName(ctx, subject)}'s ${propertyLabel(ctx, property)}${phrase ? ` ${phrase}` : ''}`;
}

/** A claim's value as its source stated it ("77.3%", "~2×", "not yet available", "yes"). */
export function statedValue(ctx: Context, nc: PreparedClaim): string {
  const v = nc.claim.value;
  if (v.type === 'text') return ctx.properties.get(nc.claim.property)?.valueType === 'enum' ? v.value.replace(/-/g, ' ') : v.value;
  return formatStated(v, statedUnit(nc.claim, ctx.properties.get(nc.claim.property)));
}

/** A claim's value in quotes when it is text. */
export function quotedValue(ctx: Context, nc: PreparedClaim): string {
  const text = statedValue(ctx, nc);
  return nc.claim.value.type === 'text' ? `“${text}”` : text;
}

/** A reference figure's value, followed by the variant or metric it is stated for when `refined` ("56.8% (Public)"). */
export function referenceValue(ctx: Context, r: PreparedClaim, refined: boolean): string {
  const value = quotedValue(ctx, r);
  if (!refined) return value;
  const extras = [r.identifying.variant, r.identifying.metric].filter((x): x is string => x !== undefined);
  return extras.length ? `${value} (${extras.join(', ')})` : value;
}

/** "A", "A and B", "A, B and C" (with "and N more" past `max`). */
export function listPhrase(items: readonly string[], max = 4): string {
  const shown = items.slice(0, max);
  const rest = items.length - shown.length;
  if (rest > 0) shown.push(`${rest} more`);
  if (shown.length <= 1) return shown[0] ?? '';
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/** Like listPhrase, rendering only the items shown (cheap on long lists). */
export function listSome<T>(items: readonly T[], render: (t: T) => string, max = 4): string {
  const shown = items.slice(0, max).map(render);
  const rest = items.length - shown.length;
  if (rest > 0) shown.push(`${rest} more`);
  if (shown.length <= 1) return shown[0] ?? '';
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/** Claims grouped by source, sources in first-appearance order. */
export function bySource(claims: readonly PreparedClaim[]): PreparedClaim[][] {
  return [...groupBy(claims, (c) => c.claim.source).values()];
}

/** Who states what, each source named once with its values: "“Wiki” (“a” and “b”) and GPT Proto (yes)". */
export function statedBySource(ctx: Context, claims: readonly PreparedClaim[]): string {
  return listSome(
    bySource(claims),
    (list) => `${sourceName(ctx, (list[0] as PreparedClaim).claim.source)} (${listSome(list, (c) => quotedValue(ctx, c))})`,
  );
}

/** "… and N more" after a capped list of lines, when any were cut. */
export function moreLine(hidden: number): string[] {
  return hidden > 0 ? [`… and ${hidden} more`] : [];
}

/**
 * The sentence an attributed claim adds (a source reporting what another party said): "GPT Proto
 * attributes this to OpenAI." Empty when no claim is attributed. Sources in first-appearance order.
 */
export function attributionSentence(ctx: Context, claims: readonly PreparedClaim[]): string {
  const bySource = new Map<string, Set<string>>();
  for (const c of claims) {
    const party = c.claim.attributedTo;
    if (party === undefined) continue;
    const set = bySource.get(c.claim.source) ?? new Set<string>();
    set.add(entityName(ctx, party));
    bySource.set(c.claim.source, set);
  }
  return [...bySource].map(([source, parties]) => ` ${sourceName(ctx, source)} attributes this to ${listPhrase([...parties])}.`).join('');
}

/** Ends a sentence with a full stop, unless it already ends with one inside a closing quotation mark ("… sheets.”"). */
export function closeSentence(text: string): string {
  return /[.!?][”’"')]*$/.test(text) ? text : `${text}.`;
}
