/**
 * npm run content:check — validates all content in seconds without a build, with the same rules and
 * messages as the build (src/lib/content/validate.ts), pointing at file and line. Exit 1 on errors, 2 when
 * given an argument (it takes none). File problems the reader cannot report (scripts/lib/files.ts) come first.
 *
 * When the content is valid it also prints what the engine finds (counts by severity and kind) and, without
 * failing the check, each unfinished source with one line per thing left (scripts/lib/unfinished.ts): drafts
 * not reviewed, coverage pending, an empty summary, numbers not accounted for (`npm test` rejects all but the
 * drafts: tests/build/coverage.test.ts, tests/build/numbers.test.ts).
 */
import { performance } from 'node:perf_hooks';
import { contentDir } from '../src/content-files.ts';
import { openFrontmatterCache } from '../src/frontmatter-cache.ts';
import { warmFrontmatterCache } from '../src/frontmatter-warm.ts';
import { formatErrors } from '../src/lib/content/errors.ts';
import { nearestPassage } from '../src/lib/editor/nearest.ts';
import { nonZeroCounts, summarize } from '../src/lib/engine/index.ts';
import { readSite } from '../src/site/pipeline.ts';
import { type CliIo, cliIo } from './lib/cli-io.ts';
import { contentTreeProblems, fileProblemsReport } from './lib/files.ts';
import { unfinishedReport } from './lib/unfinished.ts';

/** Ends the run (typed so that the checker knows nothing after it runs). */
const stop: CliIo['exit'] = (code) => cliIo().exit(code);

// It checks the whole content folder: a file or folder given as an argument would be silently ignored.
const args = cliIo().args;
if (args.length > 0) {
  cliIo().err(
    `content:check: it checks the whole content folder and takes no arguments (got ${args.map((a) => JSON.stringify(a)).join(' ')}). To check another content folder: CODEX_CLAIMS_CONTENT=<folder> npm run content:check`,
  );
  cliIo().exit(2);
}
const started = performance.now();
// Files the reader cannot report on itself (missing folder, links out of it, binary or huge files) first.
const fileProblems = contentTreeProblems(contentDir());
if (fileProblems.length > 0) {
  cliIo().err(fileProblemsReport(fileProblems));
  cliIo().err(`\ncontent:check failed: ${fileProblems.length} file problem(s); the content was not read.`);
  cliIo().err('Fix them (each line says where and how), then run npm run content:check again.');
  cliIo().exit(1);
}
// On a cold cache, the frontmatter is parsed on every core first (src/frontmatter-warm.ts).
const cache = openFrontmatterCache();
await warmFrontmatterCache(contentDir(), cache);
const { raw, site, errors } = readSite(contentDir(), { cache });
const ms = Math.round(performance.now() - started);

if (site === null) {
  cliIo().err(formatErrors(errors));
  // A quote not found: the passage of the snapshot nearest to it, to copy from.
  for (const e of errors) {
    if (e.field !== 'quote' || e.claim === null || !e.message.startsWith('Quote not found')) continue;
    const [slug, id] = e.claim.split('/');
    const source = raw.sources.find((s) => s.id === slug);
    const claims = (source?.data as { claims?: { id?: unknown; quote?: unknown }[] } | undefined)?.claims;
    const quote = Array.isArray(claims) ? claims.find((c) => c?.id === id)?.quote : undefined;
    if (!source?.snapshot || typeof quote !== 'string') continue;
    const near = nearestPassage(source.snapshot, quote);
    if (near)
      cliIo().err(
        `  Nearest passage to the quote of claim "${e.claim}", ${source.snapshotFile} line ${near.line}: ${JSON.stringify(near.text)}`,
      );
  }
  cliIo().err(`\ncontent:check failed: ${errors.length} problem(s) in ${ms} ms.`);
  const byFile = new Map<string, number>();
  for (const e of errors) byFile.set(e.file, (byFile.get(e.file) ?? 0) + 1);
  if (byFile.size > 1) {
    cliIo().err('By file:');
    for (const [file, n] of byFile) cliIo().err(`  ${String(n).padStart(3)}  ${file}`);
  }
  cliIo().err('Fix them (each line says where and how), then run npm run content:check again.');
  stop(1);
}
const { content, analysis } = site;

cliIo().out(
  `content:check passed: ${content.sources.length} sources, ${content.claims.length} claims, ${content.entities.length} entities, ${content.properties.length} properties, ${content.notes.length} notes checked in ${ms} ms.`,
);
const totals = summarize(analysis);
const findingCount = analysis.findings.length;
cliIo().out(
  findingCount === 0
    ? 'Findings: none.'
    : `Findings: ${findingCount} (${nonZeroCounts(totals.bySeverity)}; ${nonZeroCounts(totals.byKind)}). List them with: npm run claims -- --findings`,
);

// The sources that are valid but unfinished: per source, one line per thing left (scripts/lib/unfinished.ts).
for (const line of unfinishedReport(raw, site)) cliIo().out(line);
