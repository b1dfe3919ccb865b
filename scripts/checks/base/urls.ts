/**
 * Every URL a built site points at, found once for the link and anchor rules: HTML attributes (href, src,
 * srcset, Open Graph meta, ...), inline and linked CSS url(), sitemap <loc>, feed <link href>, and absolute
 * site URLs inside the JSON files of /data/.
 */
import { describeTag, type Tag } from './html.ts';
import { type Site, sitePathOfFile } from './site.ts';

/** One URL found in a built file. */
export interface FoundLink {
  /** File it was found in, relative to the site folder. */
  file: string;
  /** Character offset in that file (for the line number). */
  offset: number;
  /** The element or place it came from, e.g. <a href="/x/">, "CSS url()", "sitemap <loc>". */
  element: string;
  /** The URL as written. */
  raw: string;
  /** The URL resolved against the file's own URL, or null when it cannot be parsed. */
  url: URL | null;
}

/** Attributes that hold one URL, per element. */
const URL_ATTRS: Record<string, readonly string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  source: ['src'],
  track: ['src'],
  audio: ['src'],
  video: ['src', 'poster'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
  button: ['formaction'],
  input: ['formaction', 'src'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
  blockquote: ['cite'],
  q: ['cite'],
  ins: ['cite'],
  del: ['cite'],
};

/** Open Graph / Twitter meta tags whose content is a URL. */
const URL_META = new Set(['og:url', 'og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image']);

/** The url(...) and @import references of a style sheet, with their offsets (data: URLs left out). */
export function cssUrls(css: string): { raw: string; index: number }[] {
  const out: { raw: string; index: number }[] = [];
  for (const m of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g))
    out.push({ raw: m[1] ?? m[2] ?? m[3] ?? '', index: m.index ?? 0 });
  for (const m of css.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/g)) out.push({ raw: m[1] ?? m[2] ?? '', index: m.index ?? 0 });
  return out.filter((u) => u.raw && !u.raw.startsWith('data:'));
}

/** The URLs one tag points at (href, src, srcset, action, Open Graph and refresh meta, ...). */
export function urlsOfTag(tag: Tag): { raw: string; attr: string }[] {
  const out: { raw: string; attr: string }[] = [];
  for (const attr of URL_ATTRS[tag.name] ?? []) {
    const value = tag.attrs.get(attr);
    if (value !== undefined) out.push({ raw: value.trim(), attr });
  }
  for (const attr of ['srcset', 'imagesrcset']) {
    const value = tag.attrs.get(attr);
    if (value) for (const candidate of value.split(',')) out.push({ raw: candidate.trim().split(/\s+/)[0] ?? '', attr });
  }
  if (tag.name === 'meta') {
    const key = tag.attrs.get('property') ?? tag.attrs.get('name') ?? '';
    const content = tag.attrs.get('content');
    if (URL_META.has(key) && content) out.push({ raw: content.trim(), attr: 'content' });
    if (tag.attrs.get('http-equiv')?.toLowerCase() === 'refresh' && content) {
      const target = /url\s*=\s*['"]?([^'"]+)/i.exec(content)?.[1];
      if (target) out.push({ raw: target.trim(), attr: 'content' });
    }
  }
  return out;
}

/** A URL resolved against a base, or null when it does not parse. */
export function parseUrl(raw: string, base: URL): URL | null {
  try {
    return new URL(raw, base);
  } catch {
    return null;
  }
}

function collectJsonUrls(value: unknown, root: string, found: string[]): void {
  if (typeof value === 'string') {
    if (value.startsWith(root)) found.push(value);
  } else if (Array.isArray(value)) for (const item of value) collectJsonUrls(item, root, found);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) collectJsonUrls(item, root, found);
}

/** Every URL in the built site, from its HTML pages, CSS and XML files and the JSON files of /data/. */
export function extractLinks(site: Site): FoundLink[] {
  const links: FoundLink[] = [];
  const fileUrl = (rel: string): URL => new URL(sitePathOfFile(rel).slice(1), site.root);
  for (const file of site.files) {
    if (file.endsWith('.html')) {
      if (file.startsWith('pagefind/')) continue;
      const { tags } = site.parsed(file);
      let base = fileUrl(file);
      const baseTag = tags.find((t) => t.name === 'base' && t.attrs.has('href'));
      if (baseTag) base = parseUrl(baseTag.attrs.get('href') ?? '', base) ?? base;
      for (const tag of tags) {
        for (const { raw } of urlsOfTag(tag))
          links.push({ file, offset: tag.offset, element: describeTag(tag), raw, url: raw ? parseUrl(raw, base) : null });
        const css = tag.name === 'style' ? tag.text : tag.attrs.get('style');
        if (css)
          for (const u of cssUrls(css))
            links.push({ file, offset: tag.offset, element: `CSS url() in ${describeTag(tag)}`, raw: u.raw, url: parseUrl(u.raw, base) });
      }
    } else if (file.endsWith('.css')) {
      for (const u of cssUrls(site.text(file)))
        links.push({ file, offset: u.index, element: 'CSS url()', raw: u.raw, url: parseUrl(u.raw, fileUrl(file)) });
    } else if (file.endsWith('.xml')) {
      const { text, tags } = site.parsed(file);
      for (const m of text.matchAll(/<loc>([^<]+)<\/loc>/g)) {
        const raw = (m[1] ?? '').trim();
        links.push({ file, offset: m.index ?? 0, element: 'sitemap <loc>', raw, url: parseUrl(raw, fileUrl(file)) });
      }
      // Atom/RSS: <link href="..."/> elements (xml:base is not used by the site's feeds).
      for (const tag of tags) {
        const href = tag.name === 'link' ? tag.attrs.get('href') : undefined;
        if (href)
          links.push({
            file,
            offset: tag.offset,
            element: describeTag(tag, ['rel', 'href']),
            raw: href,
            url: parseUrl(href, fileUrl(file)),
          });
      }
    } else if (file.startsWith('data/') && file.endsWith('.json')) {
      const text = site.text(file);
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        continue; // not this check's business: the export tests check the JSON itself
      }
      const found: string[] = [];
      collectJsonUrls(json, site.root.href, found);
      for (const raw of found)
        links.push({
          file,
          offset: text.indexOf(JSON.stringify(raw).slice(1, -1)),
          element: 'URL in JSON',
          raw,
          url: parseUrl(raw, site.root),
        });
    }
  }
  return links;
}
