/**
 * npm run source:add -- <file> [--slug s] [--title t] [--publisher p] [--url u] [--published d] [--retrieved d] [--kind k]
 *
 * Starts a new source from a document saved as UTF-8 text: creates content/sources/<slug>/ (or under
 * CODEX_CLAIMS_CONTENT) with a byte-identical snapshot.txt, an index.mdx skeleton carrying the
 * snapshot's sha256 and `claims: []`, an empty not-claims.yaml, and candidates.md (the sentences with
 * figures, dates or known entity names, by line: a worklist, never read by the site) and drafts.yaml (the claims
 * drafted from the snapshot, src/lib/editor/draft.ts, for `npm run review`; never read by the site either).
 * Never overwrites anything, and never leaves a partly written source: the folder is written in a staging
 * folder inside the content folder and renamed into place when complete (scripts/lib/files.ts). Exit 0 on
 * success, 1 when the document or the target is unusable, 2 on a bad argument, 130 when interrupted.
 */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readFileSync, realpathSync } from 'node:fs';
import { basename, join, sep } from 'node:path';
import { contentDir, readContent, splitFrontmatter } from '../src/content-files.ts';
import { extractCandidates, type KnownEntity, renderCandidates } from '../src/lib/editor/candidates.ts';
import { coverageSuggestions } from '../src/lib/editor/coverage.ts';
import { checkDocument, titleFromText } from '../src/lib/editor/document.ts';
import { draftClaims } from '../src/lib/editor/draft.ts';
import { kindList, notClaimsSkeleton, sourceSkeleton } from '../src/lib/editor/skeleton.ts';
import { slugFromTitle, slugProblem } from '../src/lib/editor/slug.ts';
import { nearIds } from '../src/lib/editor/suggest.ts';
import type { SourceKind } from '../src/lib/types.ts';
import { parseDate } from '../src/lib/values.ts';
import { draftsFileSchema } from '../src/schemas/draft.ts';
import { SOURCE_KINDS } from '../src/schemas/source.ts';
import { type CliFail, cliFail, parseCliArgs } from './lib/cli-args.ts';
import { cliIo } from './lib/cli-io.ts';
import { type DraftingVocabulary, draftingRegistry, draftingVocabulary, notClaimTerms, renderDrafts } from './lib/drafting.ts';
import { Interrupted, readInputFile, shown, targetProblem, writeFolderAtomically } from './lib/files.ts';

const USAGE =
  'Usage: npm run source:add -- <file> [--slug <slug>] [--title <title>] [--publisher <name>] [--url <url>] [--published <date>] [--retrieved <date>] [--kind <kind>]';

/** Stops with a message; 2 for a bad argument, 1 for an unusable document or target, 130 when interrupted. */
const fail: CliFail<1 | 2 | 130> = cliFail('source:add', USAGE);

const { values: opts, positionals } = parseCliArgs(
  'source:add',
  USAGE,
  {
    slug: { type: 'string' },
    title: { type: 'string' },
    publisher: { type: 'string' },
    url: { type: 'string' },
    published: { type: 'string' },
    retrieved: { type: 'string' },
    kind: { type: 'string' },
  },
  true,
);
if (positionals.length !== 1)
  fail(2, positionals.length === 0 ? 'give the document to archive.' : `give one document, not ${positionals.length}.`, true);
const file = positionals[0] as string;

// Arguments first, so a typo costs nothing.
const given = (value: string | undefined, name: string): string | null => {
  if (value === undefined) return null;
  const v = value.trim();
  if (v === '') fail(2, `--${name} is empty; leave it out to keep the field null ("not stated").`);
  return v;
};
const publisher = given(opts.publisher, 'publisher');
const url = given(opts.url, 'url');
if (url !== null) {
  let ok = false;
  try {
    const u = new URL(url);
    ok = (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
  } catch {
    ok = false;
  }
  if (!ok) fail(2, `--url "${url}" is not an absolute http(s) URL. Give the URL exactly as the text states it, or leave it out.`);
}
const dateOption = (name: 'published' | 'retrieved'): string | null => {
  const value = given(opts[name], name);
  if (value === null) return null;
  const date = parseDate(value);
  if (date === null) fail(2, `--${name} "${value}" is not a real date written as YYYY-MM-DD, YYYY-MM or YYYY.`);
  return date;
};
const published = dateOption('published');
const retrieved = dateOption('retrieved');
let kind: SourceKind | null = null;
const kindGiven = given(opts.kind, 'kind');
if (kindGiven !== null) {
  if (!(SOURCE_KINDS as readonly string[]).includes(kindGiven)) {
    const near = nearIds(kindGiven, SOURCE_KINDS);
    fail(
      2,
      `Unknown kind "${kindGiven}".${near.length ? ` Did you mean ${near.map((k) => `"${k}"`).join(' or ')}?` : ''} Kinds: ${kindList()}.`,
    );
  }
  kind = kindGiven as SourceKind;
}
const slugGiven = given(opts.slug, 'slug');
if (slugGiven !== null) {
  const problem = slugProblem(slugGiven);
  if (problem) fail(2, problem);
}

// The document.
const input = readInputFile(file);
if (!input.ok) fail(1, input.message);
const { bytes } = input;
const doc = checkDocument(bytes, file);
if (!doc.ok) fail(1, doc.message);
const title = given(opts.title, 'title') ?? titleFromText(doc.text);
if (title === null) fail(1, `${file} has no line of text to take a title from; pass --title.`);
const slug = slugGiven ?? slugFromTitle(title);
if (slug === null) fail(2, `cannot make a slug from the title "${title}" (no letter a-z or digit); pass --slug.`);

// The target: never overwrite.
const root = contentDir();
const sources = join(root, 'sources');
if (!existsSync(sources))
  fail(1, `${sources}/ does not exist. Run from the repository root (or set CODEX_CLAIMS_CONTENT to a content folder).`);
// content/sources must be a real folder inside the content folder, not a link that leads elsewhere.
const realRoot = realpathSync(root);
const realSources = realpathSync(sources);
if (lstatSync(sources).isSymbolicLink() || !realSources.startsWith(realRoot + sep) || !lstatSync(realSources).isDirectory())
  fail(
    1,
    `${shown(sources)} is not a folder inside ${shown(root)}/ (it leads to ${realSources}); refusing to write there. Make ${shown(sources)} a real folder.`,
  );
const folder = join(sources, slug);
const taken = targetProblem(folder);
if (taken !== null) fail(1, taken);

const sha256 = createHash('sha256').update(bytes).digest('hex');
const index = sourceSkeleton({ title, publisher, url, published, retrieved, kind, sha256, from: basename(file) });
// The skeleton must read back as written (title quoting, nulls), or nothing is written at all.
const back = splitFrontmatter(index).data as Record<string, unknown>;
if (back.title !== title || back.sha256 !== sha256 || !Array.isArray(back.claims)) {
  fail(1, `internal error: the index.mdx skeleton does not read back (title ${JSON.stringify(title)}). Please report it.`);
}

const raw = readContent(root);
const entities: KnownEntity[] = [
  ...raw.models.map((e) => ({ e, kind: 'models' })),
  ...raw.benchmarks.map((e) => ({ e, kind: 'benchmarks' })),
  ...raw.organizations.map((e) => ({ e, kind: 'organizations' })),
  ...raw.products.map((e) => ({ e, kind: 'products' })),
].map(({ e, kind: k }) => {
  const data = (e.data ?? {}) as { name?: unknown; aliases?: unknown };
  const names = [data.name, ...(Array.isArray(data.aliases) ? data.aliases : [])].filter((n): n is string => typeof n === 'string');
  return { id: e.id, kind: k, names };
});
const extraction = extractCandidates(doc.text, entities);
// Drafts are spanned on the snapshot as the content loader reads it (the bytes as UTF-8, a BOM kept).
const registry = draftingRegistry(raw);
const snapshotText = Buffer.from(bytes).toString('utf8');
let terms: ReturnType<typeof notClaimTerms>;
let vocabulary: DraftingVocabulary;
try {
  terms = notClaimTerms(root);
  vocabulary = draftingVocabulary(root);
} catch (error) {
  fail(1, `${error instanceof Error ? error.message : String(error)}. Fix the vocabulary; nothing was written.`);
}
const drafts = draftClaims({ snapshot: snapshotText, ...registry, ...vocabulary });
const suggestions = coverageSuggestions({ snapshot: snapshotText, drafts, terms, entities: registry.entities });
const draftsYaml = renderDrafts(draftsFileSchema.parse({ source: slug, sha256, drafts, suggestions }));
const openDrafts = drafts.filter((d) => d.open.length > 0).length;

// Staged in a folder inside content/ and renamed into place: the new source appears whole or not at all.
try {
  await writeFolderAtomically(
    root,
    folder,
    [
      { name: 'snapshot.txt', data: bytes },
      { name: 'index.mdx', data: index },
      { name: 'not-claims.yaml', data: notClaimsSkeleton() },
      { name: 'candidates.md', data: renderCandidates({ slug, title, sha256, extraction }) },
      { name: 'drafts.yaml', data: draftsYaml },
    ],
    (staged) => {
      const written = createHash('sha256')
        .update(readFileSync(join(staged, 'snapshot.txt')))
        .digest('hex');
      if (written !== sha256) throw new Error(`snapshot.txt was written with sha256 ${written}, not ${sha256}`);
    },
  );
} catch (error) {
  if (error instanceof Interrupted)
    fail(130, `interrupted (${error.message}) while writing ${shown(folder)}/; nothing was kept. Run the same command again.`);
  fail(
    1,
    `could not write ${shown(folder)}/: ${(error instanceof Error ? error.message : String(error)).replace(/\.$/, '')}. Nothing was kept.`,
  );
}

const open = [kind === null ? 'kind' : null, 'tierRationale', 'description'].filter(Boolean).join(', ');
const unstated = (
  [
    ['publisher', publisher],
    ['url', url],
    ['published', published],
    ['retrieved', retrieved],
  ] as const
)
  .filter(([, v]) => v === null)
  .map(([k]) => k);
const dir = shown(folder);
cliIo().out(
  [
    `Created ${dir}/ for "${title}"`,
    `  snapshot.txt     ${bytes.length.toLocaleString('en-US')} bytes, sha256 ${sha256} (byte-identical copy of ${file})`,
    `  index.mdx        frontmatter skeleton with claims: []`,
    `  not-claims.yaml  empty: the numbers of the snapshot that are not claim values, each with a reason (passages that are not claims go under notClaims: in index.mdx)`,
    `  candidates.md    ${extraction.candidates.length} candidate sentences and ${extraction.numbers.length} distinct numbers, by line (a worklist; the site never reads it)`,
    `  drafts.yaml      ${drafts.length} drafted ${drafts.length === 1 ? 'claim' : 'claims'}, ${openDrafts} with open fields (the site shows none until you accept them)`,
    `                   ${suggestions.length} coverage ${suggestions.length === 1 ? 'suggestion' : 'suggestions'} (not-a-claim reasons for the passages no draft covers), ${suggestions.filter((s) => s.reason === null).length} with no reason`,
    '',
    'Next steps (CONTRIBUTING.md, "The five-minute path"):',
    `  1. npm run review -- ${slug}   accept (a), edit (e) or reject (r) each drafted claim and coverage suggestion.`,
    `  2. In ${dir}/index.mdx write ${open} (content:check fails until you do), and below its frontmatter the summary, in your own words (CONTRIBUTING.md, "The summary").`,
    unstated.length > 0
      ? `     ${unstated.join(', ')} ${unstated.length === 1 ? 'is' : 'are'} null ("not stated"): fill in only what the text itself states.`
      : '     publisher, url, published and retrieved are set: check them against the text.',
    `  3. npm run content:check   until it lists nothing left for ${slug}: each line says what and how (a claim the drafts missed: ${dir}/candidates.md; a number that is no claim: not-claims.yaml).`,
    `  4. npm run claims -- --findings --source ${slug}   what the engine makes of it; npm run dev shows the page.`,
  ].join('\n'),
);
