/** /findings.xml: an Atom feed of every computed finding, most severe first, each linking to its page. */
import type { APIRoute } from 'astro';
import { getSiteData } from '@/data.ts';
import { href } from '@/urls.ts';
import { findingFiles, findingView, lastUpdated } from '@/view/index.ts';

/** Escapes text for XML element content and attribute values. */
function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('The findings feed needs absolute URLs: set `site` in astro.config.mjs (or SITE_URL).');
  const data = await getSiteData();
  const home = new URL(href(), site).href;
  const entries = data.analysis.findings.map((f) => {
    const view = findingView(f, data);
    const url = new URL(view.href, site).href;
    const updated = `${lastUpdated(findingFiles(f, data), data.history)}T00:00:00Z`;
    const content = [
      `<p>${xmlEscape(f.summary)}</p>`,
      `<ul>${f.arithmetic.map((line) => `<li>${xmlEscape(line)}</li>`).join('')}</ul>`,
      `<p>Sources: ${view.sources.map((s) => xmlEscape(s.title)).join('; ')}</p>`,
    ].join('');
    return {
      updated,
      xml: `  <entry>
    <id>${xmlEscape(url)}</id>
    <title>${xmlEscape(`${view.kindLabel} (${view.severityLabel.toLowerCase()}): ${view.title}`)}</title>
    <link rel="alternate" type="text/html" href="${xmlEscape(url)}"/>
    <updated>${updated}</updated>
    <category term="${xmlEscape(f.kind)}" label="${xmlEscape(view.kindLabel)}"/>
    <category term="severity-${xmlEscape(f.severity)}" label="${xmlEscape(view.severityLabel)} severity"/>
    <summary>${xmlEscape(f.summary)}</summary>
    <content type="html">${xmlEscape(content)}</content>
  </entry>`,
    };
  });
  const updated = [
    `${lastUpdated(
      data.content.sources.map((s) => s.file),
      data.history,
    )}T00:00:00Z`,
    ...entries.map((e) => e.updated),
  ]
    .sort()
    .at(-1);
  const body = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${xmlEscape(new URL(href('findings.xml'), site).href)}</id>
  <title>Codex Claims: findings</title>
  <subtitle>Discrepancies computed between published claims about GPT-5.3-Codex.</subtitle>
  <link rel="self" type="application/atom+xml" href="${xmlEscape(new URL(href('findings.xml'), site).href)}"/>
  <link rel="alternate" type="text/html" href="${xmlEscape(new URL(href('discrepancies/'), site).href)}"/>
  <author><name>Codex Claims</name><uri>${xmlEscape(home)}</uri></author>
  <updated>${updated}</updated>
${entries.map((e) => e.xml).join('\n')}
</feed>
`;
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
