/**
 * Rule "links": no broken internal link. Every URL a built file points at (see base/urls.ts) that lands on
 * the site's origin must be a file of the build, inside the base path, and (for folders) written with the
 * trailing slash the site uses. Fragments (#id) are the anchors rule's job.
 */
import type { CheckReport, Problem } from '../base/problem.ts';
import { resolveSitePath, type Site, toSitePath } from '../base/site.ts';
import { extractLinks, type FoundLink } from '../base/urls.ts';

/** Why an internal URL is broken, or null when it resolves. Other origins and non-HTTP schemes are not checked (offline). */
export function linkProblem(dist: string, link: FoundLink, root: URL): string | null {
  if (!link.raw) return 'empty URL: remove the attribute or point it at a page';
  if (/^\s*javascript:/i.test(link.raw)) return 'javascript: URL: the CSP blocks it; use a link to a page or a button';
  if (!link.url) return 'not a valid URL';
  if (link.url.protocol !== 'http:' && link.url.protocol !== 'https:') return null;
  if (link.url.origin !== root.origin) return null;
  const path = toSitePath(link.url, root);
  if (path === null)
    return `points outside the base path ${root.pathname}: build internal URLs with href()/sourceHref()/... from src/urls.ts so sub-path deploys work`;
  const resolved = resolveSitePath(dist, path);
  if (resolved.kind === 'missing') return `no file at ${path} in the build`;
  if (resolved.kind === 'redirect')
    return `folder without its trailing slash (hosts redirect, the dev server answers 404): write ${resolved.to}`;
  return null;
}

/** Result of the links rule, with what it counted. */
export interface LinkReport extends CheckReport {
  files: number;
  /** http(s) URLs on the site's origin (checked). */
  internal: number;
  /** http(s) URLs on other origins (not checked: the tests run offline). */
  external: number;
}

/** Checks every internal URL of a built site. */
export function checkLinks(site: Site): LinkReport {
  const links = extractLinks(site);
  const problems: Problem[] = [];
  let internal = 0;
  let external = 0;
  for (const link of links) {
    const web = link.url?.protocol === 'http:' || link.url?.protocol === 'https:';
    if (web && link.url?.origin === site.root.origin) internal++;
    else if (web) external++;
    const message = linkProblem(site.dist, link, site.root);
    if (!message) continue;
    problems.push({
      rule: 'links',
      file: link.file,
      line: site.line(link.file, link.offset),
      element: link.element,
      url: link.raw,
      message,
    });
  }
  const files = new Set(links.map((l) => l.file)).size;
  return {
    rule: 'links',
    problems,
    files,
    internal,
    external,
    checked: `${internal} internal and ${external} external URLs in ${files} files`,
  };
}
