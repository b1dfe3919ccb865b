/**
 * Every static check over one built folder, on one parsed-site index: links, anchors, CSP, headers, and HTML
 * validity (html-validate and the W3C Nu checker). `npx tsx scripts/checks/run.ts [dist] [rule ...]` prints
 * one report per rule and exits 1 if any found a problem. The browser checks (axe, keyboard, requests,
 * sub-path search) run in `npm test`.
 */
import { type CheckReport, formatReport } from './base/problem.ts';
import { loadSite, type Site } from './base/site.ts';
import { checkAnchors } from './rules/anchors.ts';
import { checkCsp } from './rules/csp.ts';
import { checkHeadersFile } from './rules/headers.ts';
import { checkHtml } from './rules/html-validate.ts';
import { checkLinks } from './rules/links.ts';
import { checkNu } from './rules/nu.ts';

/** The static rules, by name, in the order they run. */
export const RULES: Record<string, (site: Site) => CheckReport | Promise<CheckReport>> = {
  links: checkLinks,
  anchors: checkAnchors,
  csp: checkCsp,
  headers: checkHeadersFile,
  html: checkHtml,
  nu: checkNu,
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dist = 'dist', ...only] = process.argv.slice(2);
  const unknown = only.filter((name) => !(name in RULES));
  if (unknown.length > 0) {
    console.error(`Unknown rule ${unknown.join(', ')}: choose from ${Object.keys(RULES).join(', ')}.`);
    process.exit(2);
  }
  const site = loadSite(dist);
  let failed = false;
  for (const [name, check] of Object.entries(RULES)) {
    if (only.length > 0 && !only.includes(name)) continue;
    const report = await check(site);
    failed ||= report.problems.length > 0;
    console.log(formatReport(report, { maxGroups: Number.POSITIVE_INFINITY }));
  }
  process.exit(failed ? 1 : 0);
}
