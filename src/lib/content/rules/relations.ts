/**
 * Rule (#12.8): an entity relation is shown only where a claim states it. A model's `family` must be
 * the value of a claim about it of a property whose registry entry says `entityField: family`; its
 * `predecessor` must be the `comparedTo` of a true claim about it of a property with `entityField:
 * predecessor`. Otherwise the site would present the editors' guess (GPT-5.2 → GPT-5.1 → GPT-5) as
 * something a source says.
 */
import type { Claim, Entity, Property } from '../../types.ts';
import { type ContentError, show } from '../errors.ts';
import { openFile } from '../file.ts';
import type { RawEntry } from '../types.ts';

/** Folds case, whitespace and typographic dashes, so "GPT‑5" and "gpt-5" name the same family. */
function fold(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Reports models (their files in `models`) whose family or predecessor no claim states, at the field's line. */
export function checkRelations(
  models: readonly RawEntry[],
  entities: readonly Entity[],
  claims: readonly Claim[],
  properties: readonly Property[],
  errors: ContentError[],
): void {
  const fieldOf = new Map(properties.map((p) => [p.id, p.entityField]));
  const byId = new Map(entities.map((e) => [e.id, e]));
  const claimsBySubject = Map.groupBy(claims, (c) => c.subject);
  for (const entry of models) {
    const e = byId.get(entry.id);
    if (e?.kind !== 'model') continue;
    const { report } = openFile(entry, errors);
    const about = claimsBySubject.get(e.id) ?? [];
    const family = e.family ?? null;
    if (
      family !== null &&
      !about.some((c) => fieldOf.get(c.property) === 'family' && c.value.type === 'text' && fold(c.value.value) === fold(family))
    )
      report({
        field: 'family',
        message: `Model "${e.id}" is placed in family ${show(family)}, but no claim states it.`,
        expected: `a claim about "${e.id}" of a property with entityField: family whose value is ${show(family)}`,
        got: show(family),
        hint: "record the source's claim, or set family: null (the site shows a relation only where a source states it).",
      });
    const predecessor = e.predecessor ?? null;
    if (
      predecessor !== null &&
      byId.has(predecessor) &&
      !about.some(
        (c) =>
          fieldOf.get(c.property) === 'predecessor' &&
          c.qualifiers.comparedTo === predecessor &&
          c.value.type === 'boolean' &&
          c.value.value,
      )
    )
      report({
        field: 'predecessor',
        message: `Model "${e.id}" is shown as succeeding ${show(predecessor)}, but no claim states it.`,
        expected: `a true claim about "${e.id}" of a property with entityField: predecessor and comparedTo: ${show(predecessor)}`,
        got: show(predecessor),
        hint: "record the source's claim, or set predecessor: null (the site shows a relation only where a source states it).",
      });
  }
}
