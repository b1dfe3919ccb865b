/**
 * How the property registry lays out the pages: the entity-page sections (content/sections.yaml) and,
 * per property (content/properties/<id>.yaml), its section and place in it, its key-fact rank and its part
 * on benchmark pages. The route data (src/view/) reads this instead of listing property ids in code.
 */
import { parse as parseYaml } from 'yaml';
import { type ContentError, show, suggest } from '../lib/content/errors.ts';
import { NOWHERE, positionsOf } from '../lib/content/positions.ts';
import type { RawEntry } from '../lib/content/types.ts';
import { propertySchema, sectionsSchema } from '../schemas/property.ts';

/** The part a property plays on benchmark pages. */
export type BenchmarkRole = 'score' | 'reported' | 'human-baseline' | 'measures';

/** Where a property's facts are shown. */
export interface PropertyPlacement {
  /** Section id, or null for "Other facts". */
  section: string | null;
  /** Place within the section (0 when not given). */
  sectionRank: number;
  /** Place among the home page's key facts, or null. */
  keyFactRank: number | null;
  /** Part on benchmark pages, or null. */
  benchmarkRole: BenchmarkRole | null;
}

/** The layout of the registry. */
export interface Layout {
  /** Entity-page sections in reading order. */
  sections: { id: string; title: string }[];
  /** Placement of each property, by id (properties with nothing set may be absent). */
  properties: Map<string, PropertyPlacement>;
}

/** content/sections.yaml as read: its path and text (null when the content folder has none). */
export interface RawSections {
  file: string;
  text: string | null;
}

/** A layout with no sections and no placements. */
export function emptyLayout(): Layout {
  return { sections: [], properties: new Map() };
}

/** Reads the layout from the sections file and the (already validated) property entries; problems are located. */
export function layoutOf(sections: RawSections, properties: readonly RawEntry[]): { layout: Layout; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const layout = emptyLayout();
  if (sections.text !== null) {
    let data: unknown;
    try {
      data = parseYaml(sections.text) ?? [];
    } catch (error) {
      data = undefined;
      errors.push({
        file: sections.file,
        line: 0,
        column: 0,
        claim: null,
        field: '(yaml)',
        message: 'The file is not valid YAML.',
        expected: 'a YAML list of "- id: …, title: …" entries',
        got: (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '',
        hint: 'fix the YAML syntax at the line named above.',
      });
    }
    if (data !== undefined) {
      const parsed = sectionsSchema.safeParse(data);
      if (parsed.success) layout.sections = parsed.data;
      else
        errors.push({
          file: sections.file,
          line: 0,
          column: 0,
          claim: null,
          field: parsed.error.issues[0]?.path.join('.') ?? '',
          message: 'The sections list does not match its format.',
          expected: parsed.error.issues[0]?.message ?? 'a list of "- id: …, title: …" entries',
          got: show(data),
          hint: 'see docs/content-format.md (the property registry).',
        });
    }
  }
  const ids = layout.sections.map((s) => s.id);
  for (const entry of properties) {
    const parsed = propertySchema.safeParse(entry.data);
    if (!parsed.success) continue; // the validator reports it
    const p = parsed.data;
    if (p.section !== null && !ids.includes(p.section)) {
      errors.push({
        file: entry.file,
        ...(positionsOf(entry.file, entry.text).of(['section']) ?? NOWHERE),
        claim: null,
        field: 'section',
        message: `Unknown section "${p.section}".`,
        expected: `a section id from ${sections.file}`,
        got: show(p.section),
        hint: suggest(p.section, ids, `section (an "id:" in ${sections.file})`),
      });
    }
    layout.properties.set(entry.id, {
      section: p.section,
      sectionRank: p.sectionRank ?? 0,
      keyFactRank: p.keyFactRank,
      benchmarkRole: p.benchmarkRole,
    });
  }
  return { layout, errors };
}
