/**
 * The one problem type every site check reports, and the one report format they all print: problems grouped
 * by what is wrong (a broken layout link repeats on every page), with a count and a few places each.
 */

/** One thing wrong with the built site, located and explained. */
export interface Problem {
  /** The check that found it: "links", "anchors", "csp", "headers", "html", "nu", "axe". */
  rule: string;
  /** File relative to the site folder ("sources/x/index.html"), or the page path for browser checks. */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** 1-based column, when the checker gives one. */
  column?: number;
  /** The element or place, e.g. <a href="/x/">, "CSS url()", a CSS selector. */
  element?: string;
  /** The URL concerned, as written (links and anchors). */
  url?: string;
  /** The checker's own id for the message (an html-validate rule, a Nu message type), when it has one. */
  code?: string;
  /** What is wrong and how to fix it. */
  message: string;
}

/** The result of one check over a built site: its problems and what it looked at ("343 pages"). */
export interface CheckReport {
  rule: string;
  problems: Problem[];
  /** What the check covered, for the summary line: "1,234 internal URLs in 343 files". */
  checked: string;
}

function place(p: Problem): string {
  const at = `${p.file}${p.line === undefined ? '' : `:${p.line}`}${p.column === undefined ? '' : `:${p.column}`}`;
  return p.element ? `${at} ${p.element}` : at;
}

/** Problems grouped by URL and message, the largest group first, with a count and up to `examples` places each. */
export function formatProblems(problems: readonly Problem[], options: { examples?: number; maxGroups?: number } = {}): string {
  const { examples = 3, maxGroups = 40 } = options;
  const groups = new Map<string, Problem[]>();
  for (const p of problems) {
    const key = `${p.url === undefined ? '' : `${p.url}: `}${p.message}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const lines: string[] = [];
  const sorted = [...groups].sort((a, b) => b[1].length - a[1].length);
  for (const [key, list] of sorted.slice(0, maxGroups)) {
    const pages = new Set(list.map((p) => p.file)).size;
    lines.push(`  - ${key} (${list.length} ×${pages > 1 ? ` in ${pages} files` : ''})`);
    for (const p of list.slice(0, examples)) lines.push(`      ${place(p)}`);
    if (list.length > examples) lines.push(`      … and ${list.length - examples} more`);
  }
  if (sorted.length > maxGroups) lines.push(`  … and ${sorted.length - maxGroups} more kinds of problem`);
  return lines.join('\n');
}

/** A check's report as printed: "✔ links: 0 problems (…)" or "✘ …" followed by the grouped problems. */
export function formatReport(report: CheckReport, options: { examples?: number; maxGroups?: number } = {}): string {
  const n = report.problems.length;
  const head = `${n === 0 ? '✔' : '✘'} ${report.rule}: ${n} problem${n === 1 ? '' : 's'} (${report.checked})`;
  return n === 0 ? head : `${head}\n${formatProblems(report.problems, options)}`;
}

/** Throws with the formatted report when a check found problems (for tests: the message is the report). */
export function assertClean(report: CheckReport): void {
  if (report.problems.length > 0) throw new Error(formatReport(report));
}
