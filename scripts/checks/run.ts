/**
 * All static gates over one built folder, in seconds: links, anchors, CSP, headers and HTML validity.
 * `npx tsx scripts/checks/run.ts [dist]` prints each gate's problems and exits 1 if any gate fails.
 * The browser gates (axe, keyboard, requests, sub-path search) run in `npm test`.
 */
import { checkAnchors, formatAnchorProblems } from './anchors.ts';
import { checkCsp } from './csp.ts';
import { checkHeadersFile } from './headers.ts';
import { checkHtml, formatHtmlProblems } from './html.ts';
import { checkLinks, formatLinkProblems } from './links.ts';

const dist = process.argv[2] ?? 'dist';
const all = Number.POSITIVE_INFINITY;
const results: [string, number, string][] = [];

const links = checkLinks(dist);
results.push(['links', links.problems.length, formatLinkProblems(links.problems, 3, all)]);
const anchors = checkAnchors(dist);
results.push(['anchors', anchors.problems.length, formatAnchorProblems(anchors.problems, 3, all)]);
const csp = checkCsp(dist);
results.push(['csp', csp.problems.length, csp.problems.map((p) => `  - ${p.file}: ${p.problem}`).join('\n')]);
const headers = checkHeadersFile(dist);
results.push(['headers', headers.problems.length, headers.problems.map((p) => `  - ${p}`).join('\n')]);
const html = await checkHtml(dist);
results.push(['html', html.problems.length, formatHtmlProblems(html.problems, 3, all)]);

for (const [name, count, text] of results) {
  console.log(`${count === 0 ? '✔' : '✘'} ${name}: ${count} problem(s)`);
  if (count > 0) console.log(text);
}
process.exit(results.some(([, count]) => count > 0) ? 1 : 0);
