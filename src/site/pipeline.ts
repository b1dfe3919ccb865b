/**
 * The content pipeline: the one function that turns the content folder into SiteData. It reads the files
 * (src/content-files.ts), validates them (src/lib/content/validate.ts), runs the discrepancy engine
 * (src/lib/engine) and checks the editors' notes against the findings, once per content state. The pages
 * (through src/data.ts), the search index (src/integrations/pagefind.ts), the CLIs (scripts/content-check.ts,
 * scripts/claims.ts) and the tests all call it, so they see the same data and report the same errors.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contentDir, type ReadOptions, readContent } from '../content-files.ts';
import { type ContentError, formatErrors } from '../lib/content/errors.ts';
import { undisclosedErrors, unexplainedErrors } from '../lib/content/rules/findings.ts';
import { qualifierNoteErrors } from '../lib/content/rules/qualifier-notes.ts';
import { type Content, type RawContent, validateContent, validateNotes } from '../lib/content/validate.ts';
import { type Analysis, analyze } from '../lib/engine/index.ts';
import { proveUndisclosed } from '../lib/engine/undisclosed.ts';
import { groupBy } from '../lib/multimap.ts';
import type { Claim, Entity, Property, Source } from '../lib/types.ts';
import { emptyLayout, type Layout, layoutOf, type RawSections } from './layout.ts';

/** Everything the pages need, computed once. */
export interface SiteData {
  /** Validated content. */
  content: Content;
  /** The engine's output. */
  analysis: Analysis;
  /** Source by slug. */
  sourceBySlug: Map<string, Source>;
  /** Entity by id. */
  entityById: Map<string, Entity>;
  /** Property by id. */
  propertyById: Map<string, Property>;
  /** Claim by id. */
  claimById: Map<string, Claim>;
  /** Claims of each source, in content order. */
  claimsBySource: Map<string, Claim[]>;
  /** Claims about each entity, in content order. */
  claimsBySubject: Map<string, Claim[]>;
  /** How the registry lays out the pages: sections, key facts, benchmark roles (src/site/layout.ts). */
  layout: Layout;
  /** File → date of the latest commit touching it (src/site/history.ts), for "last updated"; empty outside a build. */
  history: ReadonlyMap<string, string>;
}

/** What the pipeline yields: the files as read, and the site's data or every problem found in the content. */
export type PipelineResult = { raw: RawContent } & ({ site: SiteData; errors: [] } | { site: null; errors: ContentError[] });

/** SiteData from validated content, the engine's analysis of it, the registry's layout and the git history. */
export function siteDataOf(
  content: Content,
  analysis: Analysis,
  layout: Layout = emptyLayout(),
  history: ReadonlyMap<string, string> = new Map(),
): SiteData {
  return {
    content,
    analysis,
    sourceBySlug: new Map(content.sources.map((s) => [s.slug, s])),
    entityById: new Map(content.entities.map((e) => [e.id, e])),
    propertyById: new Map(content.properties.map((p) => [p.id, p])),
    claimById: new Map(content.claims.map((c) => [c.id, c])),
    claimsBySource: groupBy(content.claims, (c) => c.source),
    claimsBySubject: groupBy(content.claims, (c) => c.subject),
    layout,
    history,
  };
}

/** Each source's snapshot text by source id (sources without a snapshot left out). */
export function snapshotTexts(raw: Pick<RawContent, 'sources'>): Map<string, string> {
  return new Map(raw.sources.flatMap((s) => (s.snapshot === null ? [] : [[s.id, s.snapshot] as const])));
}

/** Validates and analyses raw content: the pipeline's pure part (no file system). */
export function runPipeline(raw: RawContent, sections: RawSections): PipelineResult {
  const { content, errors } = validateContent(raw);
  if (errors.length > 0) return { raw, site: null, errors };
  const { layout, errors: layoutErrors } = layoutOf(sections, raw.properties);
  if (layoutErrors.length > 0) return { raw, site: null, errors: layoutErrors };
  const analyzed = analyze({
    claims: content.claims,
    sources: content.sources,
    entities: content.entities,
    properties: content.properties,
  });
  const snapshots = snapshotTexts(raw);
  const proof = proveUndisclosed({ ...content, findings: analyzed.findings, snapshots });
  const proofErrors = undisclosedErrors(proof, content);
  if (proofErrors.length > 0) return { raw, site: null, errors: proofErrors };
  const analysis: Analysis = { ...analyzed, findings: proof.findings };
  const whyErrors = [...unexplainedErrors(analysis, content), ...qualifierNoteErrors(content, snapshots)];
  if (whyErrors.length > 0) return { raw, site: null, errors: whyErrors };
  const texts = new Map(raw.notes.map((n) => [n.file, n.text]));
  const noteErrors = validateNotes(content.notes, new Set(analysis.findings.map((f) => f.id)), texts);
  if (noteErrors.length > 0) return { raw, site: null, errors: noteErrors };
  return { raw, site: siteDataOf(content, analysis, layout), errors: [] };
}

/** A fingerprint of everything read: equal fingerprints mean equal content, so the analysis can be reused. */
function fingerprint(dir: string, raw: RawContent, sections: RawSections): string {
  const hash = createHash('sha256').update(`${dir}\u0000${sections.text ?? ''}`);
  for (const entries of Object.values(raw)) {
    for (const entry of entries as readonly { file: string; text: string; snapshotSha256?: string | null }[]) {
      hash.update(`\u0000${entry.file}\u0000${entry.text}\u0000${entry.snapshotSha256 ?? ''}`);
    }
  }
  return hash.digest('hex');
}

/**
 * The last result, shared through globalThis: the pages (bundled by Vite) and the integrations (loaded by
 * Node) are separate module instances in one build process, and both should use one analysis.
 */
const MEMO = Symbol.for('codex-claims.pipeline');
type Memo = { key: string; result: PipelineResult };
const memo = globalThis as typeof globalThis & { [MEMO]?: Memo };

/** Reads content/sections.yaml (text null when the folder has none). */
function readSections(dir: string): RawSections {
  const path = join(dir, 'sections.yaml');
  return { file: relative(process.cwd(), path), text: existsSync(path) ? readFileSync(path, 'utf8') : null };
}

/** Reads the content folder and runs the pipeline, reusing the last result while the content is unchanged. */
export function readSite(dir: string = contentDir(), options: ReadOptions = {}): PipelineResult {
  const raw = readContent(dir, options);
  const sections = readSections(dir);
  const key = fingerprint(dir, raw, sections);
  const last = memo[MEMO];
  if (last && last.key === key) return last.result;
  const result = runPipeline(raw, sections);
  memo[MEMO] = { key, result };
  return result;
}

/** The site's data from the content folder; throws the validator's teaching report when the content has problems. */
export function loadSite(dir: string = contentDir(), options: ReadOptions = {}): SiteData {
  const { site, errors } = readSite(dir, options);
  if (site === null) throw new Error(formatErrors(errors));
  return site;
}
