/** An entity's editors' text split into its sections, one page each, when it is too long for the entity's page. */
import type { Entity } from '../lib/types.ts';
import { entityTextHref } from '../urls.ts';

/**
 * Characters of MDX (its <Cite> tags included) above which an entity's editors' text leaves the entity's page.
 * GPT-5.3-Codex's 12,600 characters render to 4.9 kB gz, most of the 6 kB a page may transfer as the second
 * page of a visit (docs/benchmarks.md); the next longest text, 2,700 characters, stays on its page.
 */
export const TEXT_PAGE_LIMIT = 6000;

/** A heading of the rendered text, as Astro's render() gives it. */
export interface TextHeading {
  depth: number;
  slug: string;
  text: string;
}

/** One section (## heading) of an entity's editors' text, on a page of its own. */
export interface TextSection {
  slug: string;
  title: string;
  href: string;
}

/**
 * The sections of an entity's editors' text that are pages of their own, in reading order: every `##` section
 * of a text over TEXT_PAGE_LIMIT that has two or more and begins with one (so no text comes before the first
 * heading, and none is left behind); empty when the text stays whole on the entity's page.
 */
export function textSections(entity: Pick<Entity, 'id' | 'kind'>, body: string, headings: readonly TextHeading[]): TextSection[] {
  const sections = headings.filter((h) => h.depth === 2);
  if (body.length <= TEXT_PAGE_LIMIT || sections.length < 2 || !body.trimStart().startsWith('## ')) return [];
  return sections.map((h) => ({ slug: h.slug, title: h.text, href: entityTextHref(entity, h.slug) }));
}

/** The part of rendered text HTML under one `<h2 id="slug">` heading, up to the next h2, without the heading; null when no such heading. */
export function textSectionHtml(html: string, slug: string): string | null {
  const part = html
    .split(/(?=<h2[\s>])/)
    .find((p) => new RegExp(`^<h2[^>]*\\bid="${slug.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`).test(p));
  return part === undefined ? null : part.replace(/^<h2[^>]*>[\s\S]*?<\/h2>/, '');
}
