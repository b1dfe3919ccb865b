/**
 * Rule "html": every built page is valid HTML under html-validate's "recommended" preset (the WHATWG content
 * models, ARIA, WCAG techniques and common mistakes), configured in .htmlvalidate.json at the repository
 * root. JSON has no comments, so every rule the config changes (turned off, or given options) is justified in
 * RULE_CHANGES below, and the HTML test fails when a rule is changed without a reason here.
 * html-validate parses each page itself: it needs its own DOM with source positions.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type ConfigData, HtmlValidate } from 'html-validate';
import type { CheckReport, Problem } from '../base/problem.ts';
import type { Site } from '../base/site.ts';

/** The config file, at the repository root (so editors and the html-validate CLI find it too). */
export const CONFIG_FILE = fileURLToPath(new URL('../../../.htmlvalidate.json', import.meta.url));

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

/** Validates one HTML document; `file` names it in the problems (code: the html-validate rule id). */
export async function validateHtml(html: string, file: string, validator = new HtmlValidate(loadConfig())): Promise<Problem[]> {
  const report = await validator.validateString(html, file);
  return report.results.flatMap((result) =>
    result.messages.map((m) => ({
      rule: 'html',
      file,
      line: m.line,
      column: m.column,
      code: m.ruleId,
      ...(m.selector ? { element: m.selector } : {}),
      message: `${m.ruleId}: ${m.message} (https://html-validate.org/rules/${m.ruleId}.html)`,
    })),
  );
}

/** Validates every HTML page of a built site. */
export async function checkHtml(site: Site): Promise<CheckReport & { pages: number }> {
  const validator = new HtmlValidate(loadConfig());
  const problems: Problem[] = [];
  for (const { file } of site.pages) problems.push(...(await validateHtml(site.text(file), file, validator)));
  return { rule: 'html', problems, pages: site.pages.length, checked: `${site.pages.length} pages` };
}
