/** /sources/<slug>/claims.xml: an Atom feed of one source's claims, each linking to its permalink page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData } from '@/data.ts';
import { sourceTitleText } from '@/lib/source-title.ts';
import { href } from '@/urls.ts';
import { atomDate, atomResponse, claimView, lastUpdated, xmlEscape } from '@/view/index.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const data = await getSiteData();
  return data.content.sources.map((source) => ({ params: { slug: source.slug } }));
};

export const GET: APIRoute = async ({ params, site }) => {
  if (!site) throw new Error('The claims feeds need absolute URLs: set `site` in astro.config.mjs (or SITE_URL).');
  const data = await getSiteData();
  const source = data.sourceBySlug.get(params.slug ?? '');
  if (!source) throw new Error(`No source ${params.slug} for its claims feed.`);
  const updated = atomDate(lastUpdated([source.file], data.history));
  return atomResponse({
    self: new URL(href(`sources/${source.slug}/claims.xml`), site).href,
    alternate: new URL(href(`sources/${source.slug}/`), site).href,
    home: new URL(href(), site).href,
    title: `Codex Claims: claims of ${sourceTitleText(source)}`,
    subtitle: `Every claim extracted from ${sourceTitleText(source)}, with its quote and the verdict computed against the other sources.`,
    floor: updated,
    entries: (data.claimsBySource.get(source.slug) ?? []).map((claim) => {
      const view = claimView(claim, data);
      const qualifiers = view.qualifiers.map((q) => `${q.label}: ${q.value}`).join(', ');
      return {
        url: new URL(view.href, site).href,
        title: `${view.subject.name}: ${view.property}${qualifiers ? ` (${qualifiers})` : ''} = ${view.display}`,
        updated: atomDate(lastUpdated([claim.file], data.history)),
        categories: [{ term: `verdict-${view.verdict.id}`, label: view.verdict.label }],
        summary: view.quote,
        content: [
          `<blockquote><p>${xmlEscape(view.quote)}</p></blockquote>`,
          `<p>${xmlEscape(view.subject.name)}: ${xmlEscape(view.property)} = ${xmlEscape(view.display)} (${xmlEscape(view.verdict.label)})</p>`,
        ].join(''),
      };
    }),
  });
};
