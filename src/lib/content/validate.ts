/**
 * Validates all content at once and turns it into plain, typed data.
 * Used by the build (src/data.ts) and by `npm run content:check`, so both report the same errors.
 * Pure: the caller reads files and hashes snapshots; nothing here touches the file system.
 */
import type { z } from 'zod';
import { benchmarkSchema } from '../../schemas/benchmark.ts';
import { claimSchema } from '../../schemas/claim.ts';
import { modelSchema } from '../../schemas/model.ts';
import { noteSchema } from '../../schemas/note.ts';
import { organizationSchema } from '../../schemas/organization.ts';
import { productSchema } from '../../schemas/product.ts';
import { propertySchema } from '../../schemas/property.ts';
import { sourceSchema } from '../../schemas/source.ts';
import { QUALIFIERS } from '../qualifiers.ts';
import type { Claim, Entity, EntityKind, Property, Source, SourceKind, Tier } from '../types.ts';
import { UNIT_IDS, UNITS } from '../units.ts';
import { parseDate, parseValue } from '../values.ts';
import { type ContentError, show, suggest } from './errors.ts';
import { claimRanges, lineOfKey, splitLines } from './lines.ts';
import { findMarkup, prepareSnapshot, quoteOccursIn } from './quote.ts';

/** One content file as read from disk. */
export interface RawEntry {
  /** Repository-relative path. */
  file: string;
  /** Id derived from the file name (or folder name for sources). */
  id: string;
  /** The whole file as text (for line numbers). */
  text: string;
  /** Parsed frontmatter or YAML data. */
  data: unknown;
  /** The MDX body (empty for YAML files). */
  body: string;
}

/** A source entry plus its snapshot. */
export interface RawSource extends RawEntry {
  /** Repository-relative path of snapshot.txt. */
  snapshotFile: string;
  /** Snapshot text, null when the file is missing. */
  snapshot: string | null;
  /** sha256 of the snapshot's bytes, null when missing. */
  snapshotSha256: string | null;
}

/** Everything under content/, as read from disk. */
export interface RawContent {
  sources: RawSource[];
  models: RawEntry[];
  benchmarks: RawEntry[];
  organizations: RawEntry[];
  products: RawEntry[];
  properties: RawEntry[];
  notes: RawEntry[];
}

/** An editor's note attached to a finding. */
export interface Note {
  /** The note's id (its file name). */
  id: string;
  /** The finding it explains. */
  finding: string;
  /** Optional title. */
  title: string | null;
  /** Repository-relative path. */
  file: string;
}

/** A `<Cite claim="..." />` found in an MDX body. */
export interface Citation {
  /** The file the citation is in. */
  file: string;
  /** 1-based line. */
  line: number;
  /** The cited claim id. */
  claim: string;
}

/** Validated content. */
export interface Content {
  sources: Source[];
  claims: Claim[];
  entities: Entity[];
  properties: Property[];
  notes: Note[];
  citations: Citation[];
}

/** Reliability tier derived from a source's kind. */
export function tierOf(kind: SourceKind): Tier {
  switch (kind) {
    case 'vendor':
      return 1;
    case 'press':
    case 'reference':
      return 2;
    case 'wiki':
    case 'glossary':
    case 'blog':
      return 3;
    case 'marketing':
      return 4;
  }
}

const ENTITY_FOLDERS: Record<EntityKind, string> = {
  model: 'content/models/',
  benchmark: 'content/benchmarks/',
  organization: 'content/organizations/',
  product: 'content/products/',
};

/** A frontmatter or YAML file that does not parse: reported with the parser's own position. */
function yamlError(entry: RawEntry, errors: ContentError[]): boolean {
  const data = entry.data as { __yamlError?: unknown; __noFrontmatter?: unknown } | null;
  if (data && typeof data === 'object' && data.__noFrontmatter === true) {
    errors.push({
      file: entry.file,
      line: 1,
      claim: null,
      field: '(frontmatter)',
      message: 'The file has no frontmatter block.',
      expected: 'a first line "---", the YAML fields, then a line "---" before the body',
      got: show(entry.text.split('\n')[0] ?? ''),
      hint: 'wrap the fields in --- lines at the top of the file (see docs/content-format.md).',
    });
    return true;
  }
  if (!data || typeof data !== 'object' || typeof data.__yamlError !== 'string') return false;
  const at = /at line (\d+)/.exec(data.__yamlError);
  const frontmatterOffset = entry.file.endsWith('.yaml') || entry.file.endsWith('.yml') ? 0 : 1;
  errors.push({
    file: entry.file,
    line: at ? Number(at[1]) + frontmatterOffset : 0,
    claim: null,
    field: '(yaml)',
    message: 'The YAML does not parse, so nothing in this file could be checked.',
    expected: 'valid YAML (quote texts that contain ": " or start with a special character)',
    got: show((data.__yamlError.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')),
    hint: 'fix the YAML at the line given; `npm run content:check` re-checks in seconds.',
  });
  return true;
}

/** Turns zod issues into teaching errors. `base` gives file/line/claim; `lineFor` finds a field's line. */
function zodErrors(
  error: z.ZodError,
  data: unknown,
  base: { file: string; claim: string | null; fix: string },
  lineFor: (field: string) => number,
): ContentError[] {
  return error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys;
      const field = [...issue.path.map(String), keys[0] ?? ''].filter(Boolean).join('.');
      return {
        file: base.file,
        line: lineFor(keys[0] ?? ''),
        claim: base.claim,
        field,
        message: `Unknown field${keys.length > 1 ? 's' : ''} ${keys.map((k) => `"${k}"`).join(', ')}.`,
        expected: 'only the fields documented in docs/content-format.md',
        got: keys.map((k) => `"${k}"`).join(', '),
        hint: `remove or rename the field (is it a typo?). ${base.fix}`,
      };
    }
    const field = issue.path.map(String).join('.');
    const value = issue.path.reduce<unknown>(
      (v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[String(key)] : undefined),
      data,
    );
    const colon = issue.message.indexOf(': ');
    const expected = colon > -1 ? issue.message.slice(colon + 2) : issue.message;
    return {
      file: base.file,
      line: lineFor(String(issue.path[0] ?? '')),
      claim: base.claim,
      field,
      message:
        value === undefined
          ? `Missing required field "${field}".`
          : value === null
            ? `"${field}" is required but empty (null).`
            : `Invalid value for "${field}".`,
      expected,
      got: show(value),
      hint:
        value === undefined
          ? `add "${field}:" ${base.claim ? `to claim "${base.claim}"` : 'to the frontmatter'}. ${base.fix}`
          : value === null
            ? `write the ${field}. ${base.fix}`
            : `correct "${field}". ${base.fix}`,
    };
  });
}

/** Validates everything; returns the typed content and every error found (none are dropped). */
export function validateContent(raw: RawContent): { content: Content; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const properties = validateProperties(raw.properties, errors);
  const entities = validateEntities(raw, errors);
  const refs: References = {
    entityById: new Map(entities.map((e) => [e.id, e])),
    propertyById: new Map(properties.map((p) => [p.id, p])),
    // Files that exist but failed validation: their own errors are reported, so references to them are not.
    brokenIds: new Set([
      ...raw.properties.map((p) => p.id).filter((id) => !properties.some((p) => p.id === id)),
      ...[...raw.models, ...raw.benchmarks, ...raw.organizations, ...raw.products]
        .map((e) => e.id)
        .filter((id) => !entities.some((e) => e.id === id)),
    ]),
  };
  const sources: Source[] = [];
  const claims: Claim[] = [];

  for (const entry of [...raw.sources].sort((a, b) => a.id.localeCompare(b.id))) {
    if (yamlError(entry, errors)) continue;
    const lines = splitLines(entry.text);
    const parsed = sourceSchema.safeParse(entry.data);
    if (!parsed.success) {
      errors.push(
        ...zodErrors(parsed.error, entry.data, { file: entry.file, claim: null, fix: 'See docs/content-format.md.' }, (f) =>
          lineOfKey(lines, f),
        ),
      );
      // Still check the claims, so one bad metadata field does not hide every claim's problems.
      const rawClaims = (entry.data as { claims?: unknown }).claims;
      if (Array.isArray(rawClaims)) validateClaims(entry, rawClaims, lines, refs, errors);
      continue;
    }
    const fm = parsed.data;
    const published = checkDate(fm.published, 'published', entry, lines, errors);
    const retrieved = checkDate(fm.retrieved, 'retrieved', entry, lines, errors);
    checkSnapshot(entry, fm.sha256, lines, errors);
    sources.push({
      slug: entry.id,
      title: fm.title,
      publisher: fm.publisher,
      url: fm.url,
      published,
      retrieved,
      kind: fm.kind,
      tier: tierOf(fm.kind),
      tierRationale: fm.tierRationale,
      sha256: fm.sha256,
      description: fm.description,
      file: entry.file,
    });
    claims.push(...validateClaims(entry, fm.claims, lines, refs, errors));
  }

  const claimIds = new Set([...claims.map((c) => c.id), ...declaredClaimIds(raw.sources)]);
  const citations = collectCitations(raw, claimIds, errors);
  const notes = validateNotesShape(raw.notes, errors);
  return { content: { sources, claims, entities, properties, notes, citations }, errors };
}

function checkDate(value: unknown, field: string, entry: RawEntry, lines: string[], errors: ContentError[]): string | null {
  if (value === null) return null;
  const date = parseDate(value);
  if (date) return date;
  errors.push({
    file: entry.file,
    line: lineOfKey(lines, field),
    claim: null,
    field,
    message: `"${field}" is not a real date.`,
    expected: 'a real date written as YYYY-MM-DD, YYYY-MM or YYYY, or null when the source does not state it',
    got: show(value),
    hint: `write the date exactly as the source states it, or null. Never guess a date.`,
  });
  return null;
}

function checkSnapshot(entry: RawSource, recorded: string, lines: string[], errors: ContentError[]): void {
  if (entry.snapshot === null) {
    errors.push({
      file: entry.snapshotFile,
      line: 0,
      claim: null,
      field: 'snapshot',
      message: 'The source has no snapshot.',
      expected: 'a byte-identical copy of the document in snapshot.txt beside index.mdx',
      got: '(missing file)',
      hint: 'copy the original document there (npm run source:add does it for you).',
    });
  } else if (entry.snapshotSha256 !== recorded) {
    errors.push({
      file: entry.file,
      line: lineOfKey(lines, 'sha256'),
      claim: null,
      field: 'sha256',
      message: 'snapshot.txt does not match its recorded sha256: the archived text changed.',
      expected: `sha256 ${recorded}`,
      got: `sha256 ${entry.snapshotSha256}`,
      hint: 'restore snapshot.txt byte for byte from the original document. Update sha256 only when archiving a new capture on purpose.',
    });
  }
}

/** What claims may refer to. */
interface References {
  entityById: Map<string, Entity>;
  propertyById: Map<string, Property>;
  /** Ids of entity and property files that exist but have errors of their own. */
  brokenIds: Set<string>;
}

/** Every claim id written in a source file, valid or not (so a <Cite> to a broken claim is not reported twice). */
function declaredClaimIds(sources: readonly RawSource[]): string[] {
  return sources.flatMap((s) => {
    const list = (s.data as { claims?: unknown } | null)?.claims;
    return Array.isArray(list)
      ? list.flatMap((c) =>
          c && typeof c === 'object' && typeof (c as { id?: unknown }).id === 'string' ? [`${s.id}/${(c as { id: string }).id}`] : [],
        )
      : [];
  });
}

/** "a" or "an" before a word. */
function article(word: string): string {
  return /^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`;
}

function validateClaims(entry: RawSource, rawClaims: unknown[], lines: string[], refs: References, errors: ContentError[]): Claim[] {
  const { entityById, propertyById, brokenIds } = refs;
  const ranges = claimRanges(lines);
  const seen = new Map<string, number>();
  const snapshot = entry.snapshot === null ? null : prepareSnapshot(entry.snapshot);
  const claims: Claim[] = [];
  rawClaims.forEach((rawClaim, index) => {
    const range = ranges[index] ?? { start: lineOfKey(lines, 'claims') - 1, end: lines.length };
    const lineFor = (field: string): number => (field ? lineOfKey(lines, field, range.start, range.end) : 0) || range.start + 1;
    const localId =
      rawClaim && typeof rawClaim === 'object' && typeof (rawClaim as { id?: unknown }).id === 'string'
        ? (rawClaim as { id: string }).id
        : `#${index + 1}`;
    const claimId = `${entry.id}/${localId}`;
    const err = (field: string, message: string, expected: string, got: string, hint: string): void => {
      errors.push({ file: entry.file, line: lineFor(field.split('.')[0] ?? field), claim: claimId, field, message, expected, got, hint });
    };
    const parsed = claimSchema.safeParse(rawClaim);
    if (!parsed.success) {
      errors.push(...zodErrors(parsed.error, rawClaim, { file: entry.file, claim: claimId, fix: 'See docs/content-format.md.' }, lineFor));
      return;
    }
    const c = parsed.data;
    let ok = true;
    const fail = (...args: Parameters<typeof err>): void => {
      ok = false;
      err(...args);
    };

    const firstLine = seen.get(c.id);
    if (firstLine !== undefined) {
      fail(
        'id',
        `Duplicate claim id "${c.id}" (first used on line ${firstLine}).`,
        'a claim id unique within the source',
        show(c.id),
        'give this claim its own id; ids are permalinks, so never reuse or renumber one.',
      );
    } else seen.set(c.id, lineFor('id'));

    const subject = entityById.get(c.subject);
    if (!subject && brokenIds.has(c.subject)) ok = false;
    else if (!subject) {
      fail(
        'subject',
        `Unknown subject "${c.subject}".`,
        'the id of an entity in content/models, benchmarks, organizations or products',
        show(c.subject),
        suggest(c.subject, [...entityById.keys()], 'entity'),
      );
    }

    const property = propertyById.get(c.property);
    if (!property && brokenIds.has(c.property)) ok = false;
    else if (!property) {
      fail(
        'property',
        `Unknown property "${c.property}".`,
        'a property id from content/properties/',
        show(c.property),
        suggest(c.property, [...propertyById.keys()], 'property (one YAML file in content/properties/)'),
      );
    }

    const qualifiers = c.qualifiers ?? {};
    for (const [key, value] of Object.entries(qualifiers)) {
      const spec = QUALIFIERS.get(key);
      if (!spec) {
        fail(
          `qualifiers.${key}`,
          `Unknown qualifier "${key}".`,
          `one of ${[...QUALIFIERS.keys()].join(', ')}`,
          show(key),
          suggest(key, [...QUALIFIERS.keys()], 'qualifier'),
        );
        continue;
      }
      if (spec.values && !spec.values.includes(value)) {
        fail(
          `qualifiers.${key}`,
          `Invalid ${spec.label.toLowerCase()} "${value}".`,
          `one of ${spec.values.join(', ')}`,
          show(value),
          `use one of the listed values.`,
        );
      }
      if (spec.entityKinds) {
        const target = entityById.get(value);
        const wanted = spec.entityKinds.length > 1 ? 'entity' : (spec.entityKinds[0] ?? 'entity');
        const candidates = [...entityById.values()].filter((e) => spec.entityKinds?.includes(e.kind)).map((e) => e.id);
        if (target && !spec.entityKinds.includes(target.kind)) {
          fail(
            `qualifiers.${key}`,
            `"${value}" is ${article(target.kind)}, not ${article(wanted)}.`,
            `the id of ${article(wanted)}`,
            show(value),
            suggest(value, candidates, wanted),
          );
        } else if (!target && !brokenIds.has(value)) {
          fail(
            `qualifiers.${key}`,
            `Unknown ${wanted} "${value}" in qualifier "${key}".`,
            `the id of ${article(wanted)}`,
            show(value),
            suggest(value, candidates, wanted),
          );
        }
      }
    }
    for (const key of property?.requiredQualifiers ?? []) {
      if (QUALIFIERS.has(key) && !(key in qualifiers)) {
        fail(
          `qualifiers.${key}`,
          `Property "${c.property}" needs the qualifier "${key}".`,
          `qualifiers: { ${key}: ... }`,
          '(missing)',
          `add the ${key} the source states the figure for.`,
        );
      }
    }

    let unit: string | null = null;
    let value: Claim['value'] | null = null;
    if (property) {
      const result = parseValue(c.value, property);
      if (!result.ok) {
        fail(
          'value',
          `Value does not fit property "${property.id}" (${property.valueType}).`,
          result.expected,
          show(c.value),
          `write the value in a form the property "${property.id}" accepts, or use another property.`,
        );
      } else value = result.value;
      if (property.valueType === 'number') {
        unit = c.unit ?? property.unit;
        const unitSpec = unit === null ? undefined : UNITS.get(unit);
        const propertyUnit = property.unit === null ? undefined : UNITS.get(property.unit);
        if (typeof c.value === 'string' && c.value.includes('%') && unit !== '%' && unit !== '% change') {
          fail(
            'value',
            `The value has a % sign, but its unit is "${unit}".`,
            `a value without "%" (the unit "${unit}" applies), or unit "%"`,
            show(c.value),
            'remove the % sign, or set the unit the source uses.',
          );
        }
        if (!unitSpec) {
          fail(
            'unit',
            `Unknown unit ${show(unit)}.`,
            `one of ${UNIT_IDS.join(', ')}`,
            show(unit),
            'use a unit from the registry (src/lib/units.ts).',
          );
        } else if (propertyUnit && unitSpec.dimension !== propertyUnit.dimension) {
          fail(
            'unit',
            `Unit "${unit}" does not fit property "${property.id}", which is measured in "${property.unit}".`,
            `a ${propertyUnit.dimension} unit such as "${property.unit}"`,
            show(unit),
            `convert nothing: state the unit the source uses, if it is a ${propertyUnit.dimension}; otherwise choose another property.`,
          );
        } else if (value) {
          const numbers =
            value.type === 'range' ? [value.min, value.max] : 'value' in value && typeof value.value === 'number' ? [value.value] : [];
          for (const n of numbers) {
            if ((unitSpec.max !== undefined && n > unitSpec.max) || (unitSpec.min !== undefined && n < unitSpec.min)) {
              const bounds = `between ${unitSpec.min ?? '-∞'} and ${unitSpec.max ?? '∞'}`;
              fail(
                'value',
                `A value in ${unitSpec.label} must lie ${bounds}.`,
                `a number ${bounds}`,
                show(c.value),
                unit === '%'
                  ? 'check the figure against the quote; a percentage lies between 0 and 100 (use unit "% change" for increases and decreases).'
                  : 'check the figure against the quote.',
              );
            }
          }
        }
      } else if (c.unit !== undefined) {
        fail(
          'unit',
          `Property "${property.id}" is a ${property.valueType} and takes no unit.`,
          'no unit',
          show(c.unit),
          'remove the unit.',
        );
      }
    }

    if (snapshot && !quoteOccursIn(c.quote, snapshot)) {
      const markup = findMarkup(c.quote);
      fail(
        'quote',
        markup ? `Quote contains markup (${show(markup)}) that is not in the snapshot.` : 'Quote not found in snapshot.txt.',
        'text copied verbatim from snapshot.txt (only whitespace runs and typographic quotes, dashes and hyphens may differ)',
        show(c.quote),
        markup
          ? 'remove the markup; quotes are plain text from the snapshot and are shown as text.'
          : `copy the sentence again from ${entry.snapshotFile}; do not paraphrase, abridge or fix typos.`,
      );
    }
    if (c.figure !== undefined && !c.quote.includes(c.figure)) {
      fail(
        'figure',
        'The figure is not part of the quote.',
        'a piece of the quote, e.g. "77.3%"',
        show(c.figure),
        'copy the figure exactly as it stands in the quote, or remove "figure".',
      );
    }

    if (ok && value && property) {
      claims.push({
        id: claimId,
        localId: c.id,
        source: entry.id,
        subject: c.subject,
        property: c.property,
        qualifiers: Object.fromEntries(Object.entries(qualifiers).sort(([a], [b]) => a.localeCompare(b))),
        value,
        raw: c.value instanceof Date ? c.value.toISOString().slice(0, 10) : String(c.value),
        unit,
        quote: c.quote,
        figure: c.figure ?? null,
        note: c.note ?? null,
        file: entry.file,
        line: lineFor('id'),
      });
    }
  });
  return claims;
}

function validateProperties(entries: RawEntry[], errors: ContentError[]): Property[] {
  const properties: Property[] = [];
  for (const entry of entries) {
    if (yamlError(entry, errors)) continue;
    const lines = splitLines(entry.text);
    const parsed = propertySchema.safeParse(entry.data);
    if (!parsed.success) {
      errors.push(
        ...zodErrors(parsed.error, entry.data, { file: entry.file, claim: null, fix: 'See docs/content-format.md.' }, (f) =>
          lineOfKey(lines, f),
        ),
      );
      continue;
    }
    const p = parsed.data;
    const problem = (field: string, message: string, expected: string, got: string, hint: string): void => {
      errors.push({ file: entry.file, line: lineOfKey(lines, field), claim: null, field, message, expected, got, hint });
    };
    if (p.valueType === 'number' && (p.unit === null || !UNITS.has(p.unit))) {
      problem(
        'unit',
        'A number property needs a unit from the registry.',
        `one of ${UNIT_IDS.join(', ')}`,
        show(p.unit),
        'set "unit:" to the canonical unit of the property.',
      );
      continue;
    }
    if (p.valueType === 'enum' && p.values.length === 0) {
      problem(
        'values',
        'An enum property needs its allowed values.',
        'a non-empty list under "values:"',
        '[]',
        'list every value a claim may take.',
      );
      continue;
    }
    for (const key of p.requiredQualifiers) {
      if (!QUALIFIERS.has(key))
        problem(
          'requiredQualifiers',
          `Unknown qualifier "${key}".`,
          `one of ${[...QUALIFIERS.keys()].join(', ')}`,
          show(key),
          suggest(key, [...QUALIFIERS.keys()], 'qualifier'),
        );
    }
    if ((p.compares === null) !== (p.relation === null)) {
      problem(
        'relation',
        'A comparative property needs both "compares" and "relation".',
        'both set, or both null',
        `compares ${show(p.compares)}, relation ${show(p.relation)}`,
        'set both fields, or neither.',
      );
    }
    properties.push({
      id: entry.id,
      label: p.label,
      description: p.description,
      valueType: p.valueType,
      singleValued: p.singleValued,
      identifiesDeveloper: p.identifiesDeveloper,
      valueOrder: p.valueOrder,
      unit: p.valueType === 'number' ? p.unit : null,
      values: p.values,
      requiredQualifiers: p.requiredQualifiers,
      compares: p.compares,
      relation: p.relation,
    });
  }
  const ids = new Set(properties.map((p) => p.id));
  for (const p of properties) {
    if (p.compares !== null && !ids.has(p.compares)) {
      const entry = entries.find((e) => e.id === p.id);
      errors.push({
        file: entry?.file ?? '',
        line: entry ? lineOfKey(splitLines(entry.text), 'compares') : 0,
        claim: null,
        field: 'compares',
        message: `Unknown property "${p.compares}".`,
        expected: 'a property id from content/properties/',
        got: show(p.compares),
        hint: suggest(p.compares, [...ids], 'property'),
      });
    }
  }
  return properties.sort((a, b) => a.id.localeCompare(b.id));
}

function validateEntities(raw: RawContent, errors: ContentError[]): Entity[] {
  const refs = new Set([...raw.models, ...raw.benchmarks, ...raw.organizations, ...raw.products].map((e) => e.id)); // ids with files; a file with its own errors is reported once, not again where it is referenced
  const entities: Entity[] = [];
  const kinds: [EntityKind, RawEntry[], z.ZodType][] = [
    ['model', raw.models, modelSchema],
    ['benchmark', raw.benchmarks, benchmarkSchema],
    ['organization', raw.organizations, organizationSchema],
    ['product', raw.products, productSchema],
  ];
  const seen = new Map<string, string>();
  for (const [kind, entries, schema] of kinds) {
    for (const entry of entries) {
      if (yamlError(entry, errors)) continue;
      const lines = splitLines(entry.text);
      const parsed = schema.safeParse(entry.data);
      if (!parsed.success) {
        errors.push(
          ...zodErrors(parsed.error, entry.data, { file: entry.file, claim: null, fix: 'See docs/content-format.md.' }, (f) =>
            lineOfKey(lines, f),
          ),
        );
        continue;
      }
      const other = seen.get(entry.id);
      if (other) {
        errors.push({
          file: entry.file,
          line: 1,
          claim: null,
          field: 'id',
          message: `Entity id "${entry.id}" is already used by ${other}.`,
          expected: 'an id unique across models, benchmarks, organizations and products',
          got: show(entry.id),
          hint: 'rename one of the files; claims refer to entities by id.',
        });
        continue;
      }
      seen.set(entry.id, entry.file);
      const d = parsed.data as Record<string, unknown>;
      entities.push({
        id: entry.id,
        kind,
        name: d.name as string,
        aliases: d.aliases as string[],
        description: d.description as string,
        ...(kind === 'model'
          ? { vendor: d.vendor as string, family: d.family as string | null, predecessor: d.predecessor as string | null }
          : {}),
        ...(kind === 'product' ? { vendor: d.vendor as string | null } : {}),
        ...(kind === 'benchmark'
          ? { measures: d.measures as string, unit: d.unit as string, higherIsBetter: d.higherIsBetter as boolean }
          : {}),
        file: entry.file,
      });
    }
  }
  const byId = new Map(entities.map((e) => [e.id, e]));
  for (const e of entities) {
    const lines = (): string[] =>
      splitLines([...raw.models, ...raw.products, ...raw.benchmarks].find((r) => r.file === e.file)?.text ?? '');
    const ref = (field: 'vendor' | 'predecessor', wanted: EntityKind): void => {
      const value = e[field];
      if (value === undefined || value === null) return;
      const target = byId.get(value);
      if ((!target && !refs.has(value)) || (target && target.kind !== wanted)) {
        errors.push({
          file: e.file,
          line: lineOfKey(lines(), field),
          claim: null,
          field,
          message: `Unknown ${wanted} "${value}".`,
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
      errors.push({
        file: e.file,
        line: lineOfKey(lines(), 'unit'),
        claim: null,
        field: 'unit',
        message: `Unknown unit "${e.unit}".`,
        expected: `one of ${UNIT_IDS.join(', ')}`,
        got: show(e.unit),
        hint: 'use a unit from the registry (src/lib/units.ts).',
      });
    }
  }
  return entities.sort((a, b) => a.id.localeCompare(b.id));
}

const CITE_RE = /<Cite\b[^>]*?\bclaim=(?:"([^"]*)"|'([^']*)'|\{\s*["'`]([^"'`]*)["'`]\s*\})[^>]*>/gs;

function collectCitations(raw: RawContent, claimIds: Set<string>, errors: ContentError[]): Citation[] {
  const citations: Citation[] = [];
  const all = [...raw.sources, ...raw.models, ...raw.benchmarks, ...raw.organizations, ...raw.products, ...raw.notes];
  for (const entry of all) {
    for (const match of entry.text.matchAll(CITE_RE)) {
      const claim = match[1] ?? match[2] ?? match[3] ?? '';
      const line = entry.text.slice(0, match.index).split('\n').length;
      citations.push({ file: entry.file, line, claim });
      if (!claimIds.has(claim)) {
        errors.push({
          file: entry.file,
          line,
          claim: null,
          field: 'Cite.claim',
          message: `<Cite> points at unknown claim "${claim}".`,
          expected: 'a claim id written as "<source slug>/<claim id>"',
          got: show(claim),
          hint: suggest(claim, [...claimIds], 'claim'),
        });
      }
    }
  }
  return citations;
}

function validateNotesShape(entries: RawEntry[], errors: ContentError[]): Note[] {
  const notes: Note[] = [];
  for (const entry of entries) {
    if (yamlError(entry, errors)) continue;
    const lines = splitLines(entry.text);
    const parsed = noteSchema.safeParse(entry.data);
    if (!parsed.success) {
      errors.push(
        ...zodErrors(parsed.error, entry.data, { file: entry.file, claim: null, fix: 'See docs/content-format.md.' }, (f) =>
          lineOfKey(lines, f),
        ),
      );
      continue;
    }
    notes.push({ id: entry.id, finding: parsed.data.finding, title: parsed.data.title ?? null, file: entry.file });
  }
  return notes;
}

/** Checks that every note points at a finding the engine computed; returns the errors. */
export function validateNotes(notes: readonly Note[], findingIds: ReadonlySet<string>, texts: ReadonlyMap<string, string>): ContentError[] {
  return notes
    .filter((n) => !findingIds.has(n.finding))
    .map((n) => ({
      file: n.file,
      line: lineOfKey(splitLines(texts.get(n.file) ?? ''), 'finding'),
      claim: null,
      field: 'finding',
      message: `The note explains finding "${n.finding}", which the engine no longer finds.`,
      expected: 'the id of a current finding (listed at /discrepancies/ and in /data/discrepancies.json)',
      got: show(n.finding),
      hint:
        suggest(n.finding, [...findingIds], 'finding').replace(' Otherwise add the finding.', '') +
        ' If the discrepancy is gone, delete the note.',
    }));
}
