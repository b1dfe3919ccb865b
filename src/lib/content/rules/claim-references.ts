/** Rule: what a claim refers to: a unique id, a known subject and property, and qualifiers from the registry. */
import type { ClaimFrontmatter } from '../../../schemas/claim.ts';
import { QUALIFIERS } from '../../qualifiers.ts';
import type { Entity, Property } from '../../types.ts';
import { show, suggest } from '../errors.ts';
import type { Problem, Report } from '../report.ts';
import { article } from '../zod-issues.ts';

/** What claims may refer to. */
export interface References {
  entityById: ReadonlyMap<string, Entity>;
  propertyById: ReadonlyMap<string, Property>;
  /** Ids of entity and property files that exist but have errors of their own (not reported again here). */
  brokenIds: ReadonlySet<string>;
}

/** The claim's id is not used by an earlier claim of the same source (`seen`: id → line of first use). */
export function checkUniqueId(c: ClaimFrontmatter, line: number, seen: Map<string, number>, report: Report): boolean {
  const firstLine = seen.get(c.id);
  if (firstLine === undefined) {
    seen.set(c.id, line);
    return true;
  }
  report({
    field: 'id',
    message: `Duplicate claim id ${show(c.id)} (first used on line ${firstLine}).`,
    expected: 'a claim id unique within the source',
    got: show(c.id),
    hint: 'give this claim its own id; ids are permalinks, so never reuse or renumber one.',
  });
  return false;
}

/** Reports a claim field naming an id that `known` lacks, unless the file of that id is broken (reported there). */
function reportUnknown(
  field: 'subject' | 'property',
  id: string,
  known: Iterable<string>,
  expected: string,
  what: string,
  refs: References,
  report: Report,
): void {
  if (refs.brokenIds.has(id)) return;
  report({
    field,
    message: `Unknown ${field} ${show(id)}.`,
    expected,
    got: show(id),
    hint: suggest(id, [...known], what),
  });
}

/** The subject is a known entity. */
export function checkSubject(c: ClaimFrontmatter, refs: References, report: Report): boolean {
  if (refs.entityById.has(c.subject)) return true;
  const expected = 'the id of an entity in content/models, benchmarks, organizations or products';
  reportUnknown('subject', c.subject, refs.entityById.keys(), expected, 'entity', refs, report);
  return false;
}

/** An `attributedTo` names an organization entity (the party the source reports as saying it). */
export function checkAttribution(c: ClaimFrontmatter, refs: References, report: Report): boolean {
  const id = c.attributedTo;
  if (id === undefined || refs.entityById.get(id)?.kind === 'organization') return true;
  if (refs.brokenIds.has(id)) return false;
  const organizations = [...refs.entityById.values()].filter((e) => e.kind === 'organization').map((e) => e.id);
  report({
    field: 'attributedTo',
    message: `Unknown organization ${show(id)}.`,
    expected: 'the id of the organization in content/organizations/ that the source says made the statement',
    got: show(id),
    hint: suggest(id, organizations, 'organization'),
  });
  return false;
}

/** The property is in the registry; returns it, or null. */
export function checkProperty(c: ClaimFrontmatter, refs: References, report: Report): Property | null {
  const property = refs.propertyById.get(c.property);
  if (property) return property;
  const what = 'property (one YAML file in content/properties/)';
  reportUnknown('property', c.property, refs.propertyById.keys(), 'a property id from content/properties/', what, refs, report);
  return null;
}

/** The problem of a qualifier key the registry (src/lib/qualifiers.ts) does not know, at `field`: for claims and properties alike. */
export function unknownQualifier(field: string, key: string): Problem {
  return {
    field,
    message: `Unknown qualifier ${show(key)}.`,
    expected: `one of ${[...QUALIFIERS.keys()].join(', ')}`,
    got: show(key),
    hint: suggest(key, [...QUALIFIERS.keys()], 'qualifier'),
  };
}

/** Each qualifier is known and its value allowed, and the property's required qualifiers are there. */
export function checkQualifiers(
  qualifiers: Readonly<Record<string, string>>,
  property: Property | null,
  propertyId: string,
  refs: References,
  report: Report,
): boolean {
  let ok = true;
  const fail: Report = (problem, at) => {
    ok = false;
    report(problem, at);
  };
  for (const [key, value] of Object.entries(qualifiers)) {
    const spec = QUALIFIERS.get(key);
    const field = `qualifiers.${key}`;
    if (!spec) {
      fail(unknownQualifier(field, key));
      continue;
    }
    if (spec.values && !spec.values.includes(value)) {
      fail({
        field,
        message: `Invalid ${spec.label.toLowerCase()} ${show(value)}.`,
        expected: `one of ${spec.values.join(', ')}`,
        got: show(value),
        hint: 'use one of the listed values.',
      });
    }
    if (spec.entityKinds) {
      const kinds = spec.entityKinds;
      const target = refs.entityById.get(value);
      const wanted = kinds.length > 1 ? 'entity' : (kinds[0] ?? 'entity');
      // Only a failing qualifier needs the candidates for its hint.
      const candidates = () => [...refs.entityById.values()].filter((e) => kinds.includes(e.kind)).map((e) => e.id);
      if (target && !kinds.includes(target.kind)) {
        fail({
          field,
          message: `${show(value)} is ${article(target.kind)}, not ${article(wanted)}.`,
          expected: `the id of ${article(wanted)}`,
          got: show(value),
          hint: suggest(value, candidates(), wanted),
        });
      } else if (!target && !refs.brokenIds.has(value)) {
        fail({
          field,
          message: `Unknown ${wanted} ${show(value)} in qualifier ${show(key)}.`,
          expected: `the id of ${article(wanted)}`,
          got: show(value),
          hint: suggest(value, candidates(), wanted),
        });
      }
    }
  }
  for (const key of property?.requiredQualifiers ?? []) {
    if (QUALIFIERS.has(key) && !(key in qualifiers)) {
      fail({
        field: `qualifiers.${key}`,
        message: `Property ${show(propertyId)} needs the qualifier ${show(key)}.`,
        expected: `qualifiers: { ${key}: ... }`,
        got: '(missing)',
        hint: `add the ${key} the source states the figure for.`,
      });
    }
  }
  return ok;
}
