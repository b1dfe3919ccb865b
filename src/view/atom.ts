/** Atom 1.0 (RFC 4287) feeds: the findings feed and one feed of claims per source share this writer. */

/** Escapes text for XML element content and attribute values. */
export function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** One entry: every field RFC 4287 requires (id, title, updated) plus the page it links to. */
export interface AtomEntry {
  /** Absolute URL of the entry's page; also its id. */
  url: string;
  /** Entry title (plain text). */
  title: string;
  /** RFC 3339 date-time the entry's content last changed. */
  updated: string;
  /** Categories as term and human label. */
  categories: { term: string; label: string }[];
  /** Plain-text summary. */
  summary: string;
  /** HTML content (escaped here). */
  content: string;
}

/** A whole feed; its `updated` is the latest of `floor` and its entries' dates. */
export interface AtomFeed {
  /** Absolute URL of the feed itself (id and rel="self"). */
  self: string;
  /** Absolute URL of the HTML page the feed mirrors (rel="alternate"). */
  alternate: string;
  /** Feed title and subtitle (plain text). */
  title: string;
  subtitle: string;
  /** Absolute URL of the site's home page (the author's uri). */
  home: string;
  /** A date-time the feed is at least as recent as (e.g. its sources' last change). */
  floor: string;
  entries: AtomEntry[];
}

/** A date (YYYY-MM-DD) as an RFC 3339 date-time at midnight UTC. */
export function atomDate(date: string): string {
  return `${date}T00:00:00Z`;
}

/** Serializes a feed as Atom 1.0 XML. */
export function atomXml(feed: AtomFeed): string {
  const updated = [feed.floor, ...feed.entries.map((e) => e.updated)].sort().at(-1);
  const entries = feed.entries.map(
    (e) => `  <entry>
    <id>${xmlEscape(e.url)}</id>
    <title>${xmlEscape(e.title)}</title>
    <link rel="alternate" type="text/html" href="${xmlEscape(e.url)}"/>
    <updated>${e.updated}</updated>
${e.categories.map((c) => `    <category term="${xmlEscape(c.term)}" label="${xmlEscape(c.label)}"/>\n`).join('')}    <summary>${xmlEscape(e.summary)}</summary>
    <content type="html">${xmlEscape(e.content)}</content>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${xmlEscape(feed.self)}</id>
  <title>${xmlEscape(feed.title)}</title>
  <subtitle>${xmlEscape(feed.subtitle)}</subtitle>
  <link rel="self" type="application/atom+xml" href="${xmlEscape(feed.self)}"/>
  <link rel="alternate" type="text/html" href="${xmlEscape(feed.alternate)}"/>
  <author><name>Codex Claims</name><uri>${xmlEscape(feed.home)}</uri></author>
  <updated>${updated}</updated>
${entries.join('\n')}
</feed>
`;
}

/** The HTTP response for a feed. */
export function atomResponse(feed: AtomFeed): Response {
  return new Response(atomXml(feed), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
