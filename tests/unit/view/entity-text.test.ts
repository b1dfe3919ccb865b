/**
 * A long editors' text split into its sections (src/view/entity-text.ts): which texts leave the entity's page,
 * the section pages' URLs, and the HTML of one section cut from the rendered text.
 */
import { describe, expect, it } from 'vitest';
import { TEXT_PAGE_LIMIT, textSectionHtml, textSections } from '../../../src/view/entity-text.ts';

const model = { id: 'm', kind: 'model' as const };
const heads = [
  { depth: 2, slug: 'what-it-is', text: 'What it is' },
  { depth: 3, slug: 'detail', text: 'Detail' },
  { depth: 2, slug: 'speed', text: 'Speed' },
];
const long = `## What it is\n\n${'x'.repeat(TEXT_PAGE_LIMIT)}\n\n## Speed\n\nFast.`;

describe('textSections', () => {
  it('splits a long text that begins with a heading into its ## sections, one page each', () => {
    expect(textSections(model, long, heads)).toEqual([
      { slug: 'what-it-is', title: 'What it is', href: '/models/m/about/what-it-is/' },
      { slug: 'speed', title: 'Speed', href: '/models/m/about/speed/' },
    ]);
    expect(textSections({ id: 'b', kind: 'benchmark' }, long, heads)[1]?.href).toBe('/benchmarks/b/about/speed/');
  });

  it('keeps a text whole when it is short, has one section, or has text before its first heading (which no section would hold)', () => {
    expect(textSections(model, '## What it is\n\nShort.\n\n## Speed\n\nFast.', heads)).toEqual([]);
    expect(textSections(model, long, heads.slice(0, 2))).toEqual([]);
    expect(textSections(model, `Intro.\n\n${long}`, heads)).toEqual([]);
  });
});

describe('textSectionHtml', () => {
  const html =
    '<h2 id="what-it-is">What it is</h2>\n<p>A <sup class="cite"><a href="/c/">[x]</a></sup>.</p><h2 id="speed">Speed</h2><p>Fast.</p>';
  it('cuts the part under one heading, without the heading, up to the next', () => {
    expect(textSectionHtml(html, 'what-it-is')).toBe('\n<p>A <sup class="cite"><a href="/c/">[x]</a></sup>.</p>');
    expect(textSectionHtml(html, 'speed')).toBe('<p>Fast.</p>');
  });
  it('gives null for a heading the text does not have (the page then fails the build)', () => {
    expect(textSectionHtml(html, 'spee')).toBeNull();
    expect(textSectionHtml(html, 'missing')).toBeNull();
  });
});
