/**
 * Rule "anchors": no broken fragment. Every internal URL with a fragment (#claim-x, /sources/s/#claims) that
 * lands on an HTML page must name an element of that page (an id, or <a name>). Also fails on duplicate ids,
 * which make a fragment ambiguous, and on href="#" (a link that goes nowhere).
 */
import type { Tag } from '../base/html.ts';
import type { CheckReport, Problem } from '../base/problem.ts';
import { resolveSitePath, type Site, toSitePath } from '../base/site.ts';
import { extractLinks } from '../base/urls.ts';

/** The ids a page defines (id attributes and <a name>), with the offsets of duplicates. */
export function pageTargets(tags: readonly Tag[]): { ids: Set<string>; duplicates: { id: string; offset: number }[] } {
  const ids = new Set<string>();
  const duplicates: { id: string; offset: number }[] = [];
  for (const tag of tags) {
    const id = tag.attrs.get('id');
    if (id !== undefined) {
      if (ids.has(id)) duplicates.push({ id, offset: tag.offset });
      ids.add(id);
    }
    const name = tag.name === 'a' ? tag.attrs.get('name') : undefined;
    if (name !== undefined) ids.add(name);
  }
  return { ids, duplicates };
}

/** Result of the anchors rule. */
export interface AnchorReport extends CheckReport {
  fragments: number;
}

/** Checks every internal fragment link of a built site, and that no page repeats an id. */
export function checkAnchors(site: Site): AnchorReport {
  const targets = new Map<string, ReturnType<typeof pageTargets>>();
  const targetsOf = (file: string): ReturnType<typeof pageTargets> => {
    let t = targets.get(file);
    if (!t) {
      t = pageTargets(site.parsed(file).tags);
      targets.set(file, t);
    }
    return t;
  };
  const problems: Problem[] = [];
  let fragments = 0;
  for (const link of extractLinks(site)) {
    if (!link.file.endsWith('.html') || !link.url || link.url.origin !== site.root.origin) continue;
    const hashAt = link.raw.indexOf('#');
    if (hashAt < 0) continue;
    const report = (message: string): void => {
      problems.push({
        rule: 'anchors',
        file: link.file,
        line: site.line(link.file, link.offset),
        element: link.element,
        url: link.raw,
        message,
      });
    };
    fragments++;
    const fragment = link.raw.slice(hashAt + 1);
    if (fragment === '') {
      report('empty fragment (href="#") goes nowhere: link to a real target, or use a <button> for an action');
      continue;
    }
    const path = toSitePath(link.url, site.root);
    if (path === null) continue; // the links rule reports it
    const resolved = resolveSitePath(site.dist, path);
    if (resolved.kind !== 'file' || !resolved.file.endsWith('.html')) continue; // links reports missing files; non-HTML targets have no ids
    let id: string;
    try {
      id = decodeURIComponent(fragment);
    } catch {
      report(`fragment "#${fragment}" is not valid percent-encoding`);
      continue;
    }
    if (targetsOf(resolved.file).ids.has(id)) continue;
    if (id.toLowerCase() === 'top') continue; // the HTML standard scrolls to the top for #top
    const hint = resolved.file === link.file ? 'this page' : resolved.file;
    report(`no element with id="${id}" in ${hint}: add the id to the target, or fix the link`);
  }
  for (const { file } of site.pages) {
    for (const dup of targetsOf(file).duplicates) {
      problems.push({
        rule: 'anchors',
        file,
        line: site.line(file, dup.offset),
        element: `id="${dup.id}"`,
        url: `#${dup.id}`,
        message: 'duplicate id: a fragment can only land on one element; make the ids unique',
      });
    }
  }
  return { rule: 'anchors', problems, fragments, checked: `${fragments} fragment links in ${site.pages.length} pages` };
}
