/**
 * What content:check prints after "passed" about the sources that are valid but not finished: per source, one
 * line per thing left, each naming its file, what is expected and the fix. A source is unfinished while its
 * drafts.yaml holds drafts or coverage suggestions not reviewed (or accepted ones not yet written into index.mdx),
 * its coverage is pending, its summary is empty (src/lib/content/summary.ts, the source page's rule), a number of
 * its snapshot is neither a claim value nor in not-claims.yaml, or its not-claims.yaml has a bad entry. None of
 * these fails content:check; npm test fails on all but the drafts (tests/build/coverage.test.ts, numbers.test.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { pendingCoverage } from '../../src/lib/content/rules/coverage.ts';
import { summaryIsEmpty } from '../../src/lib/content/summary.ts';
import type { RawContent, RawSource } from '../../src/lib/content/types.ts';
import { accountNumbers, type NotClaimEntry } from '../../src/lib/editor/numbers.ts';
import type { SiteData } from '../../src/site/pipeline.ts';
import { readDrafts } from './drafting.ts';

/** "1 draft", "2 drafts". */
const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** The drafts.yaml line(s) of a source: what is not reviewed yet, and accepted drafts not yet in index.mdx. */
function draftLines(folder: string, slug: string, claimIds: ReadonlySet<string>): string[] {
  const read = readDrafts(folder);
  if (!read.ok)
    return [`${read.path}: ${read.message}, so its drafts cannot be reviewed. Fix it by hand, or delete it once every claim is written.`];
  if (read.file === null) return [];
  const lines: string[] = [];
  const drafts = read.file.drafts.filter((d) => d.status === 'draft').length;
  const suggestions = read.file.suggestions.filter((s) => s.status === 'suggested').length;
  if (drafts + suggestions > 0) {
    const what = [drafts > 0 ? count(drafts, 'draft') : null, suggestions > 0 ? count(suggestions, 'coverage suggestion') : null]
      .filter(Boolean)
      .join(' and ');
    lines.push(
      `${read.path}: ${what} not reviewed yet (status: ${drafts > 0 ? 'draft' : 'suggested'}${drafts > 0 && suggestions > 0 ? ' or suggested' : ''}). Fix: npm run review -- ${slug}, or set each status to accepted or rejected by hand and run npm run review -- ${slug} --apply.`,
    );
  }
  const unwritten = read.file.drafts.filter((d) => d.status === 'accepted' && !claimIds.has(d.id)).map((d) => d.id);
  if (unwritten.length > 0)
    lines.push(
      `${read.path}: ${count(unwritten.length, 'accepted draft')} not yet in index.mdx's claims (${unwritten.join(', ')}). Fix: npm run review -- ${slug} --apply.`,
    );
  return lines;
}

/** The number-accounting lines of a source: its not-claims.yaml's bad entries and the numbers of its snapshot still open. */
function numberLines(source: RawSource, claimRaws: readonly string[]): string[] {
  if (source.snapshot === null) return [];
  const listFile = join(dirname(source.file), 'not-claims.yaml');
  let entries: NotClaimEntry[] = [];
  if (existsSync(listFile)) {
    try {
      const data = parseYaml(readFileSync(listFile, 'utf8')) ?? [];
      if (!Array.isArray(data)) return [`${listFile}: must be a list of "- number: ..." entries with a "reason:" each.`];
      entries = data as NotClaimEntry[];
    } catch (error) {
      return [`${listFile}: does not parse (${(error instanceof Error ? error.message : String(error)).split('\n')[0]}).`];
    }
  }
  const { open, badEntries } = accountNumbers(source.snapshot, claimRaws, entries);
  const lines = badEntries.map((bad) => `${listFile}: entry ${bad.index + 1} (number ${JSON.stringify(bad.number)}): ${bad.problem}.`);
  if (open.length > 0) {
    const listed = open
      .slice(0, 15)
      .map(
        (o) =>
          `${o.number} (${o.lines.length === 1 ? 'line' : 'lines'} ${o.lines.slice(0, 5).join(', ')}${o.lines.length > 5 ? ', ...' : ''})`,
      )
      .join(', ');
    lines.push(
      `${source.snapshotFile}: ${count(open.length, 'number')} open: ${listed}${open.length > 15 ? `, and ${open.length - 15} more` : ''}. Expected each to be a claim's value or listed in not-claims.yaml (the numbers that are not claims). Fix: write its claim, or add - number: ${JSON.stringify(open[0]?.number)} with a reason: to not-claims.yaml.`,
    );
  }
  return lines;
}

/**
 * The lines content:check prints after "passed": a header and, per unfinished source, one line per thing left;
 * one line saying so when every source is finished. Paths are printed as the reader gives them (relative to the working folder).
 */
export function unfinishedReport(raw: RawContent, site: SiteData): string[] {
  const { content } = site;
  const bySource = new Map<string, string[]>();
  const add = (slug: string, line: string) => {
    const list = bySource.get(slug) ?? [];
    list.push(line);
    bySource.set(slug, list);
  };
  const claimsBySource = Map.groupBy(content.claims, (c) => c.source);
  const pending = new Map(
    pendingCoverage(content.sources, content.claims, (slug) => raw.sources.find((s) => s.id === slug)?.snapshot ?? null).map((p) => [
      p.source.slug,
      p.open.length,
    ]),
  );
  for (const source of raw.sources) {
    const slug = source.id;
    const claims = claimsBySource.get(slug) ?? [];
    const ids = new Set(claims.map((c) => c.localId));
    for (const line of draftLines(dirname(source.file), slug, ids)) add(slug, line);
    const open = pending.get(slug);
    if (open !== undefined)
      add(
        slug,
        open > 0
          ? `${source.file}: coverage: pending, ${count(open, 'sentence, list item or table cell', 'sentences, list items or table cells')} of snapshot.txt support no claim and are not listed under notClaims: in index.mdx (the passages that are not claims). Fix: write a claim quoting each, or list it under notClaims: with a reason (npm run review -- ${slug} suggests one); then delete the line "coverage: pending".`
          : `${source.file}: coverage: pending, though every sentence, list item and table cell of snapshot.txt is accounted for. Fix: delete the line "coverage: pending".`,
      );
    if (summaryIsEmpty(source.body))
      add(
        slug,
        `${source.file}: the summary is empty (nothing but whitespace or {/* comments */} below the frontmatter), so the source page shows no Summary section. Expected: a few sentences in your own words on what the source claims and how it stands against the vendor's source. Fix: write them below the frontmatter's closing --- (CONTRIBUTING.md, "The summary").`,
      );
    for (const line of numberLines(
      source,
      claims.map((c) => c.raw),
    ))
      add(slug, line);
  }
  if (bySource.size === 0)
    return ['Unfinished: none (every source has its drafts reviewed, its coverage checked, a summary and every number accounted for).'];
  return [
    '',
    `Unfinished: ${count(bySource.size, 'source')}, one line per thing left (content:check passes; npm test fails on all but the drafts):`,
    ...[...bySource.values()].flat().map((line) => `  ${line}`),
  ];
}
