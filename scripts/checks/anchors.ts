/**
 * Gate: no broken anchor. Every internal URL with a fragment (#claim-x, /sources/s/#claims) that lands on an
 * HTML page must name an element of that page (an id, or <a name>). Also fails on duplicate ids, which make
 * a fragment ambiguous, and on href="#" (a link that goes nowhere). CLI: `npx tsx scripts/checks/anchors.ts [dist]`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lineOf, scanTags } from './dom.ts';
import { extractLinks } from './links.ts';
import { htmlPages, resolveSitePath, siteRootOf, toSitePath } from './site.ts';

/** A broken fragment, with where it is and what to do. */
export interface AnchorProblem {
  file: string;
  line: number;
  element: string;
  url: string;
  problem: string;
}

/** The ids a page defines (id attributes and <a name>), with the offsets of duplicates. */
export function pageTargets(html: string): { ids: Set<string>; duplicates: { id: string; offset: number }[] } {
  const ids = new Set<string>();
  const duplicates: { id: string; offset: number }[] = [];
  for (const tag of scanTags(html)) {
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

/** Result of the anchors gate. */
export interface AnchorReport {
  fragments: number;
  problems: AnchorProblem[];
}

/** Checks every internal fragment link of a built site. */
export function checkAnchors(dist: string, siteRoot: string = siteRootOf(dist)): AnchorReport {
  const root = new URL(siteRoot);
  const targets = new Map<string, ReturnType<typeof pageTargets>>();
  const texts = new Map<string, string>();
  const text = (file: string): string => {
    let t = texts.get(file);
    if (t === undefined) {
      t = readFileSync(join(dist, file), 'utf8');
      texts.set(file, t);
    }
    return t;
  };
  const targetsOf = (file: string): ReturnType<typeof pageTargets> => {
    let t = targets.get(file);
    if (!t) {
      t = pageTargets(text(file));
      targets.set(file, t);
    }
    return t;
  };
  const problems: AnchorProblem[] = [];
  let fragments = 0;
  for (const link of extractLinks(dist, siteRoot)) {
    if (!link.file.endsWith('.html') || !link.url || link.url.origin !== root.origin) continue;
    const hashAt = link.raw.indexOf('#');
    if (hashAt < 0) continue;
    const report = (problem: string): void => {
      problems.push({ file: link.file, line: lineOf(text(link.file), link.offset), element: link.element, url: link.raw, problem });
    };
    fragments++;
    const fragment = link.raw.slice(hashAt + 1);
    if (fragment === '') {
      report('empty fragment (href="#") goes nowhere: link to a real target, or use a <button> for an action');
      continue;
    }
    const path = toSitePath(link.url, root);
    if (path === null) continue; // links.ts reports it
    const resolved = resolveSitePath(dist, path);
    if (resolved.kind !== 'file' || !resolved.file.endsWith('.html')) continue; // links.ts reports missing files; non-HTML targets have no ids
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
  for (const { file } of htmlPages(dist)) {
    for (const dup of targetsOf(file).duplicates) {
      problems.push({
        file,
        line: lineOf(text(file), dup.offset),
        element: `id="${dup.id}"`,
        url: `#${dup.id}`,
        problem: 'duplicate id: a fragment can only land on one element; make the ids unique',
      });
    }
  }
  return { fragments, problems };
}

/** Problems grouped by URL and reason (a broken layout link repeats on every page), with a count and up to `examples` places each. */
export function formatAnchorProblems(problems: readonly AnchorProblem[], examples = 3, maxGroups = 40): string {
  const groups = new Map<string, AnchorProblem[]>();
  for (const p of problems) {
    const key = `${p.url}: ${p.problem}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const lines: string[] = [];
  const sorted = [...groups].sort((a, b) => b[1].length - a[1].length);
  for (const [key, list] of sorted.slice(0, maxGroups)) {
    lines.push(`  - ${key} (${list.length} ×)`);
    for (const p of list.slice(0, examples)) lines.push(`      ${p.file}:${p.line} ${p.element}`);
    if (list.length > examples) lines.push(`      … and ${list.length - examples} more`);
  }
  if (sorted.length > maxGroups) lines.push(`  … and ${sorted.length - maxGroups} more broken URLs`);
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2] ?? 'dist';
  const report = checkAnchors(dist);
  console.log(`anchors: ${report.fragments} fragment links; ${report.problems.length} broken.`);
  if (report.problems.length > 0) {
    console.log(formatAnchorProblems(report.problems, 3, Number.POSITIVE_INFINITY));
    process.exit(1);
  }
}
