/** Rule: entity files (models, benchmarks, organizations, products): shape, unique ids, vendor/predecessor references, units. */
import type { z } from 'zod';
import { benchmarkSchema } from '../../../schemas/benchmark.ts';
import { modelSchema } from '../../../schemas/model.ts';
import { organizationSchema } from '../../../schemas/organization.ts';
import { productSchema } from '../../../schemas/product.ts';
import type { Entity, EntityKind } from '../../types.ts';
import { UNIT_IDS, UNITS } from '../../units.ts';
import { type ContentError, show, suggest } from '../errors.ts';
import { type OpenFile, openFile } from '../file.ts';
import type { RawContent, RawEntry } from '../types.ts';
import { article, parseShape } from '../zod-issues.ts';
import { checkSyntax } from './syntax.ts';

const ENTITY_FOLDERS: Record<EntityKind, string> = {
  model: 'content/models/',
  benchmark: 'content/benchmarks/',
  organization: 'content/organizations/',
  product: 'content/products/',
};

/** Every entity file, with its kind and schema. */
export function entityFiles(raw: RawContent): [EntityKind, RawEntry, z.ZodType][] {
  return [
    ...raw.models.map((e): [EntityKind, RawEntry, z.ZodType] => ['model', e, modelSchema]),
    ...raw.benchmarks.map((e): [EntityKind, RawEntry, z.ZodType] => ['benchmark', e, benchmarkSchema]),
    ...raw.organizations.map((e): [EntityKind, RawEntry, z.ZodType] => ['organization', e, organizationSchema]),
    ...raw.products.map((e): [EntityKind, RawEntry, z.ZodType] => ['product', e, productSchema]),
  ];
}

/** The typed entity from its parsed frontmatter (fields in a fixed order, kind-specific ones only for that kind). */
function toEntity(kind: EntityKind, entry: RawEntry, d: Record<string, unknown>): Entity {
  return {
    id: entry.id,
    kind,
    name: d.name as string,
    aliases: d.aliases as string[],
    description: d.description as string,
    ...(kind === 'model'
      ? { vendor: d.vendor as string | null, family: d.family as string | null, predecessor: d.predecessor as string | null }
      : {}),
    ...(kind === 'product' ? { vendor: d.vendor as string | null } : {}),
    ...(kind === 'benchmark'
      ? { measures: d.measures as string, unit: d.unit as string, higherIsBetter: d.higherIsBetter as boolean }
      : {}),
    file: entry.file,
  };
}

/** Validates every entity file; returns the valid entities, sorted by id. */
export function validateEntities(raw: RawContent, errors: ContentError[]): Entity[] {
  const files = entityFiles(raw);
  // Ids with files: a file with its own errors is reported once, not again where it is referenced.
  const withFiles = new Set(files.map(([, e]) => e.id));
  const entities: Entity[] = [];
  const opened = new Map<string, OpenFile>();
  const seen = new Map<string, string>();
  for (const [kind, entry, schema] of files) {
    const file = openFile(entry, errors);
    if (checkSyntax(entry, file)) continue;
    const parsed = parseShape(schema, entry.data, 'the frontmatter', file.report, file.locate);
    if (!parsed) continue;
    const other = seen.get(entry.id);
    if (other) {
      file.report(
        {
          field: 'id',
          message: `Entity id "${entry.id}" is already used by ${other}.`,
          expected: 'an id unique across models, benchmarks, organizations and products',
          got: show(entry.id),
          hint: 'rename one of the files; claims refer to entities by id.',
        },
        { line: 1, column: 1 },
      );
      continue;
    }
    seen.set(entry.id, entry.file);
    opened.set(entry.file, file);
    entities.push(toEntity(kind, entry, parsed as Record<string, unknown>));
  }
  const byId = new Map(entities.map((e) => [e.id, e]));
  for (const e of entities) {
    const report = opened.get(e.file)?.report;
    if (!report) continue;
    const ref = (field: 'vendor' | 'predecessor', wanted: EntityKind): void => {
      const value = e[field];
      if (value === undefined || value === null) return;
      const target = byId.get(value);
      if ((!target && !withFiles.has(value)) || (target && target.kind !== wanted)) {
        report({
          field,
          message: `Unknown ${wanted} ${show(value)}.`,
          expected: `the id of ${article(wanted)} in ${ENTITY_FOLDERS[wanted]}`,
          got: show(value),
          hint: suggest(
            value,
            entities.filter((x) => x.kind === wanted).map((x) => x.id),
            wanted,
          ),
        });
      }
    };
    ref('vendor', 'organization');
    if (e.kind === 'model') ref('predecessor', 'model');
    if (e.kind === 'benchmark' && e.unit !== undefined && !UNITS.has(e.unit)) {
      report({
        field: 'unit',
        message: `Unknown unit ${show(e.unit)}.`,
        expected: `one of ${UNIT_IDS.join(', ')}`,
        got: show(e.unit),
        hint: 'use a unit from the registry (src/lib/units.ts).',
      });
    }
  }
  return entities.sort((a, b) => a.id.localeCompare(b.id));
}
