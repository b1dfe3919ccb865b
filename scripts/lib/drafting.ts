/**
 * What the drafting commands share (source:add, review, claims --json, bench:drafting): the registry and the
 * entities as drafting reads them from the content folder, and drafts.yaml read and written. The drafting
 * itself is pure and lives in src/lib/editor/draft.ts.
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parse as parseYaml, stringify } from 'yaml';
import type { z } from 'zod';
import { readContent } from '../../src/content-files.ts';
import type { FrontmatterCache } from '../../src/frontmatter-cache.ts';
import type { RawContent } from '../../src/lib/content/validate.ts';
import type { DraftEntity, DraftProperty } from '../../src/lib/editor/draft.ts';
import { ENTITY_FOLDERS } from '../../src/lib/kinds.ts';
import type { EntityKind } from '../../src/lib/types.ts';
import { type CircumstanceTerms, circumstanceTermsSchema } from '../../src/schemas/circumstance-terms.ts';
import { type Draft, type DraftsFile, draftsFileSchema, type Suggestion } from '../../src/schemas/draft.ts';
import { type NotClaimTerms, notClaimTermsSchema } from '../../src/schemas/not-claim-terms.ts';
import { propertyRecordSchema } from '../../src/schemas/property.ts';
import { type ReferringTerms, referringTermsSchema } from '../../src/schemas/referring-terms.ts';
import { reportingVerbsSchema } from '../../src/schemas/reporting-verbs.ts';
import { type PipelineResult, readSite, runPipeline } from '../../src/site/pipeline.ts';

/** The name of the drafts file beside a source's snapshot. */
export const DRAFTS_FILE = 'drafts.yaml';

/** The entities (names and aliases) and the property registry, as drafting reads them. */
export function draftingRegistry(raw: RawContent): { entities: DraftEntity[]; properties: DraftProperty[] } {
  const entities: DraftEntity[] = (Object.entries(ENTITY_FOLDERS) as [EntityKind, keyof RawContent][]).flatMap(([kind, folder]) =>
    (raw[folder] as { id: string; data: unknown }[]).map((e) => {
      const data = (e.data ?? {}) as { name?: unknown; aliases?: unknown };
      const names = [data.name, ...(Array.isArray(data.aliases) ? data.aliases : [])].filter((n): n is string => typeof n === 'string');
      return { id: e.id, kind, names };
    }),
  );
  const properties = raw.properties.flatMap((p) => {
    const parsed = propertyRecordSchema.safeParse({ id: p.id, ...(p.data as object) });
    return parsed.success ? [parsed.data] : [];
  });
  return { entities, properties };
}

/**
 * A drafting vocabulary file of a content folder (`file`), validated by `schema`; `absent` when the folder has no such
 * file. Throws with the file and field when it is not valid.
 */
function readVocabulary<T>(dir: string, file: string, schema: z.ZodType<T>, absent: () => T): T {
  const path = join(dir, file);
  if (!existsSync(path)) return absent();
  const parsed = schema.safeParse(parseYaml(readFileSync(path, 'utf8')) ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new Error(`${relative(process.cwd(), path)} field "${issue?.path.join('.')}": ${issue?.message}`);
}

/** The file of the not-a-claim vocabulary in a content folder. */
export const NOT_CLAIM_TERMS_FILE = 'not-claim-terms.yaml';

/** The vocabulary that suggests not-a-claim reasons (content/not-claim-terms.yaml); an empty vocabulary when there is none. */
export function notClaimTerms(dir: string): NotClaimTerms {
  return readVocabulary(dir, NOT_CLAIM_TERMS_FILE, notClaimTermsSchema, () => notClaimTermsSchema.parse({}));
}

/** The file of the reporting verbs in a content folder. */
export const REPORTING_VERBS_FILE = 'reporting-verbs.yaml';

/** The reporting verbs the drafter reads (content/reporting-verbs.yaml); none when there is no such file. */
export function reportingVerbs(dir: string): string[] {
  return readVocabulary(dir, REPORTING_VERBS_FILE, reportingVerbsSchema, () => ({ verbs: [] })).verbs;
}

/** The file of the circumstance phrases in a content folder. */
export const CIRCUMSTANCE_TERMS_FILE = 'circumstance-terms.yaml';

/** The phrases by which a sentence states a figure's scope and condition (content/circumstance-terms.yaml); none when absent. */
export function circumstanceTerms(dir: string): CircumstanceTerms {
  return readVocabulary(dir, CIRCUMSTANCE_TERMS_FILE, circumstanceTermsSchema, () => circumstanceTermsSchema.parse({}));
}

/** The file of the referring phrases in a content folder. */
export const REFERRING_TERMS_FILE = 'referring-terms.yaml';

/** The phrases by which a clause refers to an entity named before it (content/referring-terms.yaml); none when absent. */
export function referringTerms(dir: string): ReferringTerms {
  return readVocabulary(dir, REFERRING_TERMS_FILE, referringTermsSchema, () => referringTermsSchema.parse({}));
}

/** What draftClaims reads besides the snapshot and the registry: the reporting verbs, circumstance and referring phrases. */
export interface DraftingVocabulary {
  reportingVerbs: string[];
  circumstanceTerms: CircumstanceTerms;
  referringTerms: ReferringTerms;
}

/** The drafting vocabularies of a content folder. Throws with the file and field when one is not valid. */
export function draftingVocabulary(dir: string): DraftingVocabulary {
  return { reportingVerbs: reportingVerbs(dir), circumstanceTerms: circumstanceTerms(dir), referringTerms: referringTerms(dir) };
}

/** The YAML of a drafts file, with a header saying what it is. */
export function renderDrafts(file: DraftsFile): string {
  const head = [
    `# Drafted claims of ${file.source}, made by npm run source:add from snapshot.txt. The site never reads this file.`,
    `# Review them with: npm run review -- ${file.source}  (accept, edit, reject or skip each; accepted ones are written`,
    '# into index.mdx). Or edit by hand: fill in what `open` lists, then set status: accepted (or status: rejected for a',
    `# draft that is no claim) and run npm run review -- ${file.source} --apply.`,
    '# suggestions: SUGGESTED reasons why each passage no draft covers is not a claim (a suggestion until accepted);',
    '# review walks them too, and an accepted one is written into index.mdx under notClaims: (the passages that are not',
    '# claims; numbers go in not-claims.yaml). By hand: fix reason, claim or note, clear what `open` lists, set status:',
    '# accepted (or rejected, then write a claim for the passage) and run review --apply.',
  ].join('\n');
  return `${head}\n${stringify(draftsFileSchema.parse(file), { lineWidth: 0 })}`;
}

/** Reads a source's drafts.yaml: the file, null when there is none, or the problem. */
export function readDrafts(
  folder: string,
): { ok: true; file: DraftsFile | null; path: string } | { ok: false; path: string; message: string } {
  const path = join(folder, DRAFTS_FILE);
  if (!existsSync(path)) return { ok: true, file: null, path };
  let data: unknown;
  try {
    data = parseYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    return { ok: false, path, message: `is not valid YAML (${error instanceof Error ? error.message.split('\n')[0] : String(error)})` };
  }
  const parsed = draftsFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, path, message: `field "${issue?.path.join('.')}": ${issue?.message}` };
  }
  return { ok: true, file: parsed.data, path };
}

/** Writes a file whole or not at all: a temp file beside it, then a rename over it. */
export function writeFileAtomically(path: string, data: string): void {
  const temp = join(dirname(path), `.${Date.now().toString(36)}-${process.pid}.tmp`);
  try {
    writeFileSync(temp, data, { flag: 'wx' });
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

export type { Draft, Suggestion };

/** The source fields an editor writes last (prose that no claim or finding depends on). */
const PROSE_FIELDS = new Set(['description', 'tierRationale']);

/**
 * The site for a lookup (npm run claims): as readSite reads it, or, when its only problems are a source's empty
 * description or tierRationale (a new source's prose, written last), as if those were written, naming what is still
 * missing in `pending` (content:check keeps failing until they are). Both reads go through `cache`.
 */
export function lookupSite(dir: string, cache: FrontmatterCache): { result: PipelineResult; pending: string[] } {
  const result = readSite(dir, { cache });
  if (result.site !== null || result.errors.length === 0) return { result, pending: [] };
  const prose = result.errors.filter((e) => e.claim === null && PROSE_FIELDS.has(e.field));
  if (prose.length !== result.errors.length) return { result, pending: [] };
  const missing = new Set(prose.map((e) => `${e.file}\u0000${e.field}`));
  const raw = readContent(dir, { cache });
  const sources = raw.sources.map((s) => {
    const data = { ...(s.data as Record<string, unknown>) };
    for (const field of PROSE_FIELDS) if (missing.has(`${s.file}\u0000${field}`)) data[field] = `(${field} not written yet)`;
    return { ...s, data };
  });
  const path = join(dir, 'sections.yaml');
  const sections = { file: relative(process.cwd(), path), text: existsSync(path) ? readFileSync(path, 'utf8') : null };
  const patched = runPipeline({ ...raw, sources }, sections);
  if (patched.site === null) return { result, pending: [] };
  return { result: patched, pending: prose.map((e) => `${e.file}: ${e.field}`) };
}
