/**
 * npm run review -- <slug> [--apply]
 *
 * Walks the drafted claims of content/sources/<slug>/drafts.yaml (made by source:add) one by one: shows the quote
 * in its context and the drafted fields, then reads one answer per draft from the terminal (or from stdin, for a
 * script): a accept, e edit (then one line per field; an empty line keeps it), r reject, s skip, q stop, and u, for a
 * draft whose subject is open with a suggested one, takes the suggestion (shown again, then answered). A draft with
 * open fields is accepted only once they are filled in. Then it walks the coverage suggestions the same way (the
 * not-a-claim reason suggested for each passage no draft covers; a draft rejected now leaves its passage to a fresh
 * suggestion; edit asks reason, claim, note). At the end the accepted drafts are appended to index.mdx's `claims:`, the
 * accepted suggestions to its `notClaims:`, and every answer is recorded in drafts.yaml, each file written whole or not at all (a temp file renamed
 * over it). --apply asks nothing: it writes the drafts whose status was set to accepted by hand.
 * Exit 0; 1 when the source or its drafts are unusable; 2 on a bad argument. Its arguments, answers, output and exit
 * go through scripts/lib/cli-io.ts (the build tests run it in-process, tests/build/cli-run.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir, readContent } from '../src/content-files.ts';
import { refreshSuggestions } from '../src/lib/editor/coverage.ts';
import { draftClaims } from '../src/lib/editor/draft.ts';
import {
  acceptedInto,
  claimIdsIn,
  describeDraft,
  EDIT_FIELDS,
  editField,
  followHandEdits,
  takeSuggestedSubject,
} from '../src/lib/editor/review.ts';
import {
  describeSuggestion,
  editSuggestion,
  notClaimsInto,
  SUGGESTION_FIELDS,
  withRenamedClaims,
} from '../src/lib/editor/review-coverage.ts';
import { type CliFail, cliFail, parseCliArgs } from './lib/cli-args.ts';
import { cliIo } from './lib/cli-io.ts';
import {
  type Draft,
  type DraftingVocabulary,
  draftingRegistry,
  draftingVocabulary,
  notClaimTerms,
  readDrafts,
  renderDrafts,
  type Suggestion,
  writeFileAtomically,
} from './lib/drafting.ts';
import { shown } from './lib/files.ts';

const USAGE = 'Usage: npm run review -- <slug> [--apply]';

/** Stops with a message and exit code 2 (bad argument) or 1 (an unusable source or drafts file). */
const fail: CliFail<1 | 2> = cliFail('review', USAGE);

const parsed = parseCliArgs('review', USAGE, { apply: { type: 'boolean' } }, true);
if (parsed.positionals.length !== 1) fail(2, 'give the slug of one source (its folder under content/sources/).', true);
const slug = parsed.positionals[0] as string;
const folder = join(contentDir(), 'sources', slug);
const indexPath = join(folder, 'index.mdx');
if (!existsSync(indexPath)) fail(1, `${shown(folder)}/index.mdx does not exist. Start a source with npm run source:add -- <file>.`);
const read = readDrafts(folder);
if (!read.ok) fail(1, `${shown(read.path)}: ${read.message}. Fix it by hand, or delete it (source:add drafts a new source).`);
if (read.file === null) fail(1, `${shown(read.path)} does not exist: there is nothing to review (source:add writes it for a new source).`);
const file = read.file;
const snapshot = readFileSync(join(folder, 'snapshot.txt')).toString('utf8');

const io = cliIo();
const lines = io.input.lines();
/** One answer line, or null at the end of the input. */
async function ask(prompt: string): Promise<string | null> {
  io.write(prompt);
  const next = await lines.next();
  if (next.done) {
    io.write('\n');
    return null;
  }
  if (!io.input.isTTY) io.write(`${next.value}\n`);
  return next.value.trim();
}

/** One field's edit: what the field shows now, the item after the answer, or why the answer was refused. */
interface FieldEdit<T> {
  shown: string;
  value: T;
  error?: string | undefined;
}

/** Asks for each field in turn (Enter keeps it, a refused answer is explained and skipped); null when the input ended. */
async function editByField<T, F extends string>(
  item: T,
  fields: readonly F[],
  apply: (item: T, field: F, answer: string | null) => FieldEdit<T>,
): Promise<T | null> {
  let out = item;
  for (const field of fields) {
    const answer = await ask(`  ${field} [${apply(out, field, null).shown}]: `);
    if (answer === null) return null;
    if (answer === '') continue;
    const next = apply(out, field, answer);
    if (next.error) {
      io.out(`  ${next.error}`);
      continue;
    }
    out = next.value;
  }
  return out;
}

/** Edits a draft field by field; null when the input ended. `taken`: the ids the other drafts and the claims have. */
const edit = (d: Draft, taken: ReadonlySet<string>): Promise<Draft | null> =>
  editByField(d, EDIT_FIELDS, (item, field, answer) => {
    const { shown, draft, error } = editField(item, field, answer, taken);
    return { shown, value: draft, error };
  });

/** Edits a suggestion field by field; null when the input ended. */
const editOne = (s: Suggestion): Promise<Suggestion | null> =>
  editByField(s, SUGGESTION_FIELDS, (item, field, answer) => {
    const { shown, suggestion, error } = editSuggestion(item, field, answer);
    return { shown, value: suggestion, error };
  });

/** What the walk asks about: a draft or a coverage suggestion. */
interface Reviewed {
  status: string;
  open: readonly { field: string }[];
}

/**
 * Walks `items` one at a time: shows each (`describe`), then reads answers until one settles it (a accept once no
 * field is open, r reject, s skip; e edits it and asks again) and puts the answer into `into` in place of the item.
 * Returns false when it stopped early (q, or the input ended), leaving the item then shown as it was.
 */
async function walk<T extends Reviewed>(
  items: readonly T[],
  into: T[],
  describe: (item: T) => string,
  edit: (item: T, original: T) => Promise<T | null>,
  ifOpen: string,
  take?: (item: T, original: T) => T | null,
): Promise<boolean> {
  let n = 0;
  for (const original of items) {
    n++;
    let item = original;
    for (;;) {
      io.out(`\n[${n}/${items.length}] ${describe(item)}`);
      const suggested = take?.(item, original) ?? null;
      const answer = (await ask(suggested ? 'a/u/e/r/s/q? ' : 'a/e/r/s/q? '))?.toLowerCase() ?? 'q';
      if (answer === 'q') return false;
      if (answer === 'u' && suggested) {
        item = suggested;
        continue;
      }
      if (answer === 's') break;
      if (answer === 'r') {
        item = { ...item, status: 'rejected' };
        break;
      }
      if (answer === 'e') {
        const edited = await edit(item, original);
        if (edited === null) return false;
        item = edited;
        continue;
      }
      if (answer === 'a') {
        const open = item.open.map((o) => o.field);
        if (open.length > 0) {
          io.out(`  Still open: ${open.join(', ')}. ${ifOpen}`);
          continue;
        }
        item = { ...item, status: 'accepted' };
        break;
      }
      io.out(`  "${answer}" is not an answer: a, ${suggested ? 'u, ' : ''}e, r, s or q.`);
    }
    into[into.indexOf(original)] = item;
  }
  return true;
}

const claimIds = claimIdsIn(readFileSync(indexPath, 'utf8'));
const registry = draftingRegistry(readContent(contentDir()));
// drafts.yaml edited by hand: a proposed id follows the subject or property written there, as an edit here would.
let vocabulary: DraftingVocabulary;
try {
  vocabulary = draftingVocabulary(contentDir());
} catch (error) {
  fail(1, `${error instanceof Error ? error.message : String(error)}. Fix the vocabulary, then run review again.`);
}
const proposed = draftClaims({ snapshot, ...registry, ...vocabulary });
const drafts = followHandEdits(file.drafts, proposed, claimIds);
const pending = drafts.filter((d) => d.status === 'draft');
let stopped = false;
if (!parsed.values.apply) {
  io.out(
    `${pending.length} of ${drafts.length} drafts of ${slug} to review. Answer a (accept), e (edit), r (reject), s (skip), q (stop); u takes a draft's suggested subject.`,
  );
  // An edited id must differ from the ids the claims and the other drafts have.
  const taken = (original: Draft) => new Set([...claimIds, ...drafts.filter((x) => x !== original).map((x) => x.id)]);
  stopped = !(await walk(
    pending,
    drafts,
    (d) => describeDraft(d, snapshot),
    (d, original) => edit(d, taken(original)),
    'Edit (e) to fill them in, or reject (r).',
    (d, original) => takeSuggestedSubject(d, taken(original)),
  ));
}

// A draft rejected now leaves its passage uncovered: it gets a fresh suggestion.
let terms: ReturnType<typeof notClaimTerms>;
try {
  terms = notClaimTerms(contentDir());
} catch (error) {
  fail(1, `${error instanceof Error ? error.message : String(error)}. Fix the vocabulary, then run review again.`);
}
const { entities } = registry;
// A draft whose id followed an edit of its subject or property: the suggestions that repeat it follow too.
const renames = new Map(file.drafts.flatMap((d, i) => (drafts[i] && drafts[i].id !== d.id ? [[d.id, drafts[i].id] as const] : [])));
const suggestions = refreshSuggestions(withRenamedClaims(file.suggestions, renames), { snapshot, drafts, terms, entities });
const waiting = suggestions.filter((s) => s.status === 'suggested');
if (!parsed.values.apply && !stopped && waiting.length > 0) {
  io.out(
    `\n${waiting.length} coverage ${waiting.length === 1 ? 'suggestion' : 'suggestions'}: why each passage no claim quotes is not a claim. Answer a (accept into notClaims: in index.mdx), e (edit), r (reject), s (skip), q (stop).`,
  );
  await walk(
    waiting,
    suggestions,
    (s) => describeSuggestion(s, snapshot),
    editOne,
    'Edit (e) to fill them in, or reject (r) and write a claim for it.',
  );
}

const index = readFileSync(indexPath, 'utf8');
const applied = acceptedInto(index, drafts);
if (!applied.ok) fail(1, `${shown(indexPath)}: ${applied.message}`);
const listed = notClaimsInto(applied.text, suggestions);
if (!listed.ok) fail(1, `${shown(indexPath)}: ${listed.message}`);
writeFileAtomically(indexPath, listed.text);
writeFileAtomically(read.path, renderDrafts({ ...file, drafts, suggestions }));
const count = (s: Draft['status']) => drafts.filter((d) => d.status === s).length;
const countS = (s: Suggestion['status']) => suggestions.filter((x) => x.status === s).length;
io.out(
  `\nWrote ${applied.added.length} accepted ${applied.added.length === 1 ? 'claim' : 'claims'} into ${shown(indexPath)}` +
    `${applied.added.length > 0 ? ` (${applied.added.join(', ')})` : ''}; drafts: ${count('accepted')} accepted, ${count('rejected')} rejected, ${count('draft')} left.` +
    `\nWrote ${listed.added} accepted ${listed.added === 1 ? 'suggestion' : 'suggestions'} into notClaims: in ${shown(indexPath)}; suggestions: ${countS('accepted')} accepted, ${countS('rejected')} rejected, ${countS('suggested')} left.` +
    `\nNext: npm run content:check`,
);
// Stop reading answers: an open reader keeps the process waiting for standard input to end (after q, or when
// every item was answered before the input closed).
await lines.return?.();
