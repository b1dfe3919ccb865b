/**
 * npm run content:check — validates all content in seconds without a build, with the same rules and
 * messages as the build (src/lib/content/validate.ts), pointing at file and line. Exit 1 on errors, 2 when
 * given an argument (it takes none). File problems the reader cannot report (scripts/lib/files.ts) come first.
 *
 * When the content is valid it also prints what the engine finds (counts by severity and kind) and,
 * as advice that does not fail the check, the numbers of each snapshot not yet accounted for (neither
 * a claim value nor listed in not-claims.yaml), which `npm test` (tests/build/numbers.test.ts) rejects, the
 * text of sources whose coverage is pending, and sources without a summary (tests/build/coverage.test.ts
 * rejects both).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parse as parseYaml } from 'yaml';
import { contentDir } from '../src/content-files.ts';
import { formatErrors } from '../src/lib/content/errors.ts';
import { pendingCoverage } from '../src/lib/content/rules/coverage.ts';
import { nearestPassage } from '../src/lib/editor/nearest.ts';
import { accountNumbers, type NotClaimEntry } from '../src/lib/editor/numbers.ts';
import { nonZeroCounts, summarize } from '../src/lib/engine/index.ts';
import { readSite } from '../src/site/pipeline.ts';
import { type CliIo, cliIo } from './lib/cli-io.ts';
import { contentTreeProblems, fileProblemsReport } from './lib/files.ts';

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
const { raw, site, errors } = readSite(contentDir(), { cache: 'disk' });
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

// Advice: numbers not yet accounted for, per source.
const advice: string[] = [];
const claimRawsBySource = Map.groupBy(content.claims, (c) => c.source);
for (const source of raw.sources) {
  if (source.snapshot === null) continue;
  const listFile = join(dirname(source.file), 'not-claims.yaml');
  let entries: NotClaimEntry[] = [];
  if (existsSync(listFile)) {
    try {
      const data = parseYaml(readFileSync(listFile, 'utf8')) ?? [];
      if (!Array.isArray(data)) {
        advice.push(`  ${listFile}: must be a list of "- number: ..." entries with a "reason:" each.`);
        continue;
      }
      entries = data as NotClaimEntry[];
    } catch (error) {
      advice.push(`  ${listFile}: does not parse (${(error instanceof Error ? error.message : String(error)).split('\n')[0]}).`);
      continue;
    }
  }
  const claimRaws = (claimRawsBySource.get(source.id) ?? []).map((c) => c.raw);
  const { open, badEntries } = accountNumbers(source.snapshot, claimRaws, entries);
  for (const bad of badEntries)
    advice.push(`  ${listFile}: entry ${bad.index + 1} (number ${JSON.stringify(bad.number)}): ${bad.problem}.`);
  if (open.length > 0) {
    const shown = open
      .slice(0, 15)
      .map(
        (o) =>
          `${o.number} (${o.lines.length === 1 ? 'line' : 'lines'} ${o.lines.slice(0, 5).join(', ')}${o.lines.length > 5 ? ', ...' : ''})`,
      )
      .join(', ');
    advice.push(
      `  ${source.snapshotFile}: ${open.length} ${open.length === 1 ? 'number' : 'numbers'} open: ${shown}${open.length > 15 ? `, and ${open.length - 15} more` : ''}.`,
    );
  }
}
// Sources whose statement coverage is still pending (coverage: pending): how much text is unaccounted.
for (const { source, open } of pendingCoverage(
  content.sources,
  content.claims,
  (slug) => raw.sources.find((s) => s.id === slug)?.snapshot ?? null,
))
  advice.push(
    `  ${source.file}: coverage: pending, ${open.length} sentence(s), list item(s) or table cell(s) of the snapshot support no claim and are not in notClaims; account for them, then remove "coverage: pending".`,
  );
// Sources without a summary (nothing below the frontmatter): their page has no Summary section yet.
for (const source of raw.sources)
  if (source.body.trim() === '')
    advice.push(
      `  ${source.file}: the summary is empty (nothing below the frontmatter), so the source page shows no Summary section; write a few sentences in your own words on what the source claims and how it stands against the vendor's source (CONTRIBUTING.md, "The summary").`,
    );
if (advice.length > 0) {
  cliIo().out(
    "\nAdvice (does not fail content:check; npm test does): every number in a snapshot must be a claim value or be listed in the\nsource's not-claims.yaml with a reason (see candidates.md, made by source:add).",
  );
  for (const line of advice) cliIo().out(line);
}
