/** /findings.xml: an Atom feed of every computed finding, most severe first, each linking to its page. */
import type { APIRoute } from 'astro';
import { getSiteData } from '@/data.ts';
import { href } from '@/urls.ts';
import { atomDate, atomResponse, findingFiles, findingView, lastUpdated, xmlEscape } from '@/view/index.ts';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('The findings feed needs absolute URLs: set `site` in astro.config.mjs (or SITE_URL).');
  const data = await getSiteData();
  return atomResponse({
    self: new URL(href('findings.xml'), site).href,
    alternate: new URL(href('discrepancies/'), site).href,
    home: new URL(href(), site).href,
    title: 'Codex Claims: findings',
    subtitle: 'Discrepancies computed between published claims about GPT-5.3-Codex.',
    floor: atomDate(
      lastUpdated(
        data.content.sources.map((s) => s.file),
        data.history,
      ),
    ),
    entries: data.analysis.findings.map((f) => {
      const view = findingView(f, data);
      return {
        url: new URL(view.href, site).href,
        title: `${view.kindLabel} (${view.severityLabel.toLowerCase()}): ${view.title}`,
        updated: atomDate(lastUpdated(findingFiles(f, data), data.history)),
        categories: [
          { term: f.kind, label: view.kindLabel },
          { term: `severity-${f.severity}`, label: `${view.severityLabel} severity` },
        ],
        summary: f.summary,
        content: [
          `<p>${xmlEscape(f.summary)}</p>`,
          `<ul>${f.arithmetic.map((line) => `<li>${xmlEscape(line)}</li>`).join('')}</ul>`,
          `<p>Sources: ${view.sources.map((s) => xmlEscape(s.title)).join('; ')}</p>`,
        ].join(''),
      };
    }),
  });
};
