/**
 * npm run claims -- [--source s] [--subject e] [--property p] [--findings] [--kind k] [--width n] [--json]
 *
 * Prints claims (id, subject, property, qualifiers, value, verdict) or, with --findings, the computed
 * findings (id, kind, severity, summary) as an aligned table, then a count line. Filters combine; a
 * finding matches --source when one of its claims comes from that source. --kind (a finding kind)
 * implies --findings. In a terminal the table fits its width (long cells wrap); piped, it is plain
 * ASCII at full width (or --width). With --json it prints the matching claims as a JSON array instead: the
 * accepted ones ("draft": false, each its /data/claims.json row without the url) and the drafts still waiting in
 * each source's drafts.yaml ("draft": true, with what is open): claimListingSchema in src/schemas/export.ts. A new source whose description or tierRationale is still empty is listed
 * anyway, with a note on stderr. Exit 0; 1 when the content has errors; 2 on a bad argument.
 */

import { join } from 'node:path';
import { contentDir } from '../src/content-files.ts';
import { openFrontmatterCache } from '../src/frontmatter-cache.ts';
import { warmFrontmatterCache } from '../src/frontmatter-warm.ts';
import { formatError } from '../src/lib/content/errors.ts';
import { unknownIdMessage } from '../src/lib/editor/suggest.ts';
import { renderTable } from '../src/lib/editor/table.ts';
import { FINDING_KINDS_LIST, type FindingKind, summarize } from '../src/lib/engine/index.ts';
import { draftClaimRow, listedClaimRows } from '../src/lib/export.ts';
import { snapshotTexts } from '../src/site/pipeline.ts';
import { quoteContextOf } from '../src/view/quote-context.ts';
import { type CliFail, cliFail, parseCliArgs } from './lib/cli-args.ts';
import { cliIo } from './lib/cli-io.ts';
import { lookupSite, readDrafts } from './lib/drafting.ts';
import { contentTreeProblems, fileProblemsReport } from './lib/files.ts';

const USAGE =
  'Usage: npm run claims -- [--source <slug>] [--subject <entity>] [--property <property>] [--findings] [--kind <finding kind>] [--width <columns>] [--json]';
const FINDING_KINDS: readonly FindingKind[] = FINDING_KINDS_LIST;

/** Stops with a message and exit code 2 (bad argument) or 1 (content problem). */
const fail: CliFail<1 | 2> = cliFail('claims', USAGE);

const { values: opts } = parseCliArgs(
  'claims',
  USAGE,
  {
    source: { type: 'string' },
    subject: { type: 'string' },
    property: { type: 'string' },
    findings: { type: 'boolean' },
    kind: { type: 'string' },
    width: { type: 'string' },
    json: { type: 'boolean' },
  },
  false,
);
let width: number | null = null;
if (opts.width !== undefined) {
  width = Number(opts.width);
  if (!Number.isInteger(width) || width < 20) fail(2, `--width "${opts.width}" must be a whole number of columns, at least 20.`);
} else if (cliIo().tty.isTTY) width = cliIo().tty.columns || 80;
const ascii = !cliIo().tty.isTTY;

const fileProblems = contentTreeProblems(contentDir());
if (fileProblems.length > 0)
  fail(1, `${fileProblemsReport(fileProblems)}\nNothing can be listed until they are fixed; npm run content:check checks again.`);
// On a cold cache, the frontmatter is parsed on every core first (src/frontmatter-warm.ts).
const cache = openFrontmatterCache();
await warmFrontmatterCache(contentDir(), cache);
const { result, pending } = lookupSite(contentDir(), cache);
const { site, errors } = result;
if (pending.length > 0)
  cliIo().err(`claims: listing anyway; still empty (content:check fails until they are written): ${pending.join(', ')}.`);
if (site === null) {
  const shown = errors.slice(0, 5).map((e) => `  - ${formatError(e)}`);
  fail(
    1,
    `the content has ${errors.length} ${errors.length === 1 ? 'problem' : 'problems'}, so nothing can be listed yet:\n${shown.join('\n')}${
      errors.length > 5 ? `\n  ... and ${errors.length - 5} more` : ''
    }\nRun npm run content:check for the full report.`,
  );
}

const { content, analysis } = site;
const sourceIds = content.sources.map((s) => s.slug);
const entityIds = content.entities.map((e) => e.id);
const propertyIds = content.properties.map((p) => p.id);
const check = (what: string, value: string | undefined, known: readonly string[], flag: string): void => {
  if (value !== undefined && !known.includes(value)) {
    fail(2, unknownIdMessage(what, value, known, `List them with: npm run claims (the ${flag} column), or look in content/.`));
  }
};
check('source', opts.source, sourceIds, 'id');
check('subject', opts.subject, entityIds, 'subject');
check('property', opts.property, propertyIds, 'property');
if (opts.kind !== undefined && !(FINDING_KINDS as readonly string[]).includes(opts.kind)) {
  fail(2, unknownIdMessage('finding kind', opts.kind, FINDING_KINDS, ''));
}

const filters = [
  opts.source !== undefined ? `source ${opts.source}` : null,
  opts.subject !== undefined ? `subject ${opts.subject}` : null,
  opts.property !== undefined ? `property ${opts.property}` : null,
  opts.kind !== undefined ? `kind ${opts.kind}` : null,
].filter((f): f is string => f !== null);
const where = filters.length > 0 ? ` (${filters.join(', ')})` : '';
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

if (opts.json && (opts.findings || opts.kind !== undefined)) fail(2, '--json prints claims; leave out --findings and --kind.', true);

/** Whether a claim (accepted or drafted) passes --source, --subject and --property. */
const matches = (c: { source: string; subject: string | null; property: string | null }): boolean =>
  (opts.source === undefined || c.source === opts.source) &&
  (opts.subject === undefined || c.subject === opts.subject) &&
  (opts.property === undefined || c.property === opts.property);

if (opts.json) {
  const snapshots = snapshotTexts(result.raw);
  const accepted = listedClaimRows(content.claims.filter(matches), {
    sources: content.sources,
    verdicts: analysis.verdicts,
    contextOf: (c) => quoteContextOf(c, snapshots),
  });
  const drafts = sourceIds.flatMap((slug) => {
    const read = readDrafts(join(contentDir(), 'sources', slug));
    if (!read.ok) fail(1, `${read.path}: ${read.message}. Fix it, or delete it to draft again with source:add.`);
    return (read.file?.drafts ?? [])
      .filter((d) => d.status === 'draft')
      .map((d) => draftClaimRow(slug, d))
      .filter(matches);
  });
  cliIo().out(JSON.stringify([...accepted, ...drafts], null, 2));
  cliIo().exit(0);
}

if (opts.findings || opts.kind !== undefined) {
  const claimSource = new Map(content.claims.map((c) => [c.id, c.source]));
  const findings = analysis.findings.filter(
    (f) =>
      (opts.source === undefined || f.claims.some((id) => claimSource.get(id) === opts.source)) &&
      (opts.subject === undefined || f.subject === opts.subject) &&
      (opts.property === undefined || f.property === opts.property) &&
      (opts.kind === undefined || f.kind === opts.kind),
  );
  if (findings.length > 0) {
    cliIo().out(
      renderTable(
        [{ header: 'id', flexible: true }, { header: 'kind' }, { header: 'severity' }, { header: 'summary', flexible: true }],
        findings.map((f) => [f.id, f.kind, f.severity, f.summary]),
        { width, ascii },
      ),
    );
    cliIo().out('');
  }
  const bySeverity = summarize({ ...analysis, findings }).bySeverity;
  const counts = Object.entries(bySeverity)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');
  cliIo().out(`${plural(findings.length, 'finding')}${where}${counts ? `: ${counts}` : ''}; ${analysis.findings.length} in all.`);
} else {
  const claims = content.claims.filter(matches);
  if (claims.length > 0) {
    cliIo().out(
      renderTable(
        [
          { header: 'id', flexible: true },
          { header: 'subject' },
          { header: 'property' },
          { header: 'qualifiers', flexible: true },
          { header: 'value', flexible: true },
          { header: 'verdict' },
        ],
        claims.map((c) => [
          c.id,
          c.subject,
          c.property,
          Object.entries(c.qualifiers)
            .map(([k, v]) => `${k}=${v}`)
            .join(' '),
          c.unit === null || c.raw.includes(c.unit) ? c.raw : `${c.raw}${c.unit === '%' ? '' : ' '}${c.unit}`,
          analysis.verdicts[c.id]?.verdict ?? '',
        ]),
        { width, ascii },
      ),
    );
    cliIo().out('');
  }
  cliIo().out(`${plural(claims.length, 'claim')}${where}; ${content.claims.length} in all.`);
}
