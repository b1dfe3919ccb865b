/**
 * Gate: every built page is valid HTML under html-validate's "recommended" preset (the WHATWG content
 * models, ARIA, WCAG techniques and common mistakes), configured in .htmlvalidate.json at the repository
 * root. JSON has no comments, so every rule the config changes (turned off, or given options) is justified in
 * RULE_CHANGES below, and the HTML test fails when a rule is changed without a reason here.
 * CLI: `npx tsx scripts/checks/html.ts [dist]`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ConfigData, HtmlValidate } from 'html-validate';
import { htmlPages } from './site.ts';

/** The config file, at the repository root (so editors and the html-validate CLI find it too). */
export const CONFIG_FILE = fileURLToPath(new URL('../../.htmlvalidate.json', import.meta.url));

/** Why each rule that .htmlvalidate.json changes from the preset is changed. */
export const RULE_CHANGES: Record<string, string> = {
  'long-title':
    'Off. A search-snippet heuristic (70 characters), not a validity or accessibility rule. Claim and finding pages are titled by what they state and where ("<claim> · <source> · Codex Claims"), which WCAG 2.4.2 asks for; cutting them to 70 characters would make tabs and history entries ambiguous.',
  'valid-id':
    'Relaxed: HTML allows any id without whitespace. The strict mode also rejects characters such as "=" that need escaping in CSS selectors; ids built from claim qualifiers ("fact-benchmark-score--benchmark=swe-bench-pro") are only used as fragment and ARIA targets, where they work as written. Duplicate and empty ids are still errors (no-dup-id, valid-id relaxed).',
};

/** The html-validate configuration of the repository. */
export function loadConfig(): ConfigData {
  return JSON.parse(readFileSync(CONFIG_FILE, 'utf8')) as ConfigData;
}

/** Rules a configuration sets explicitly (off, or with options), on top of its presets. */
export function changedRules(config: ConfigData): string[] {
  return Object.keys(config.rules ?? {});
}

/** One validation error. */
export interface HtmlProblem {
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
  selector: string | null;
}

/** Validates one HTML document; `file` names it in the messages. */
export async function validateHtml(html: string, file: string, validator = new HtmlValidate(loadConfig())): Promise<HtmlProblem[]> {
  const report = await validator.validateString(html, file);
  return report.results.flatMap((result) =>
    result.messages.map((m) => ({ file, line: m.line, column: m.column, rule: m.ruleId, message: m.message, selector: m.selector })),
  );
}

/** Validates every HTML page of a built site. */
export async function checkHtml(dist: string): Promise<{ pages: number; problems: HtmlProblem[] }> {
  const validator = new HtmlValidate(loadConfig());
  const pages = htmlPages(dist);
  const problems: HtmlProblem[] = [];
  for (const { file } of pages) problems.push(...(await validateHtml(readFileSync(join(dist, file), 'utf8'), file, validator)));
  return { pages: pages.length, problems };
}

/** Problems grouped by rule and message, with a count and up to `examples` places each, so a repeated layout error reads as one line. */
export function formatHtmlProblems(problems: readonly HtmlProblem[], examples = 3, maxGroups = 40): string {
  const groups = new Map<string, HtmlProblem[]>();
  for (const p of problems) {
    const key = `${p.rule}: ${p.message}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const lines: string[] = [];
  const sorted = [...groups].sort((a, b) => b[1].length - a[1].length);
  for (const [key, list] of sorted.slice(0, maxGroups)) {
    lines.push(
      `  - ${key} (${list.length} × in ${new Set(list.map((p) => p.file)).size} pages; https://html-validate.org/rules/${list[0]?.rule}.html)`,
    );
    for (const p of list.slice(0, examples)) lines.push(`      ${p.file}:${p.line}:${p.column}${p.selector ? ` at ${p.selector}` : ''}`);
  }
  if (sorted.length > maxGroups) lines.push(`  … and ${sorted.length - maxGroups} more kinds of error`);
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { pages, problems } = await checkHtml(process.argv[2] ?? 'dist');
  console.log(`html: ${pages} pages; ${problems.length} errors.`);
  if (problems.length > 0) {
    console.log(formatHtmlProblems(problems, 3, Number.POSITIVE_INFINITY));
    process.exit(1);
  }
}
