/**
 * The registry's layout (src/site/layout.ts): sections from content/sections.yaml, each property's section,
 * rank, key-fact rank and benchmark role from its YAML file; an unknown section is a located, teaching error;
 * the route data orders facts and key facts by these fields alone.
 */
import { describe, expect, it } from 'vitest';
import { layoutOf } from '../../../src/site/layout.ts';
import { factSections, factsFor, keyFacts, sourceSections } from '../../../src/view/index.ts';
import { world } from './site.ts';

const SECTIONS = { file: 'content/sections.yaml', text: '- id: identity\n  title: Identity and release\n- id: safety\n  title: Safety\n' };
const entry = (id: string, extra: string) => {
  const text = `label: "L"\ndescription: "D."\nvalueType: text\n${extra}`;
  const data = Object.fromEntries(
    text
      .split('\n')
      .flatMap((l) => (l ? [l.split(': ')] : []))
      .map(([k, v]) => [k, /^\d+$/.test(v ?? '') ? Number(v) : (v ?? '').replace(/"/g, '')]),
  );
  return { file: `content/properties/${id}.yaml`, id, text, data, body: '' };
};

describe('registry layout', () => {
  it('reads sections in file order and each property’s placement', () => {
    const { layout, errors } = layoutOf(SECTIONS, [
      entry('developer', 'section: identity\nsectionRank: 2\nkeyFactRank: 1'),
      entry('price', 'benchmarkRole: score'),
    ]);
    expect(errors).toEqual([]);
    expect(layout.sections.map((s) => s.id)).toEqual(['identity', 'safety']);
    expect(layout.properties.get('developer')).toEqual({ section: 'identity', sectionRank: 2, keyFactRank: 1, benchmarkRole: null });
    expect(layout.properties.get('price')).toEqual({ section: null, sectionRank: 0, keyFactRank: null, benchmarkRole: 'score' });
  });

  it('names the file, line and a near section id when a property names an unknown section', () => {
    const { errors } = layoutOf(SECTIONS, [entry('developer', 'section: identiy')]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      file: 'content/properties/developer.yaml',
      line: 4,
      field: 'section',
      message: 'Unknown section "identiy".',
      expected: 'a section id from content/sections.yaml',
      got: '"identiy"',
    });
    expect(errors[0]?.hint).toContain('did you mean "identity"?');
  });

  it('reports a sections file that is not a list of id and title', () => {
    const { errors } = layoutOf({ file: 'content/sections.yaml', text: '- id: identity\n' }, []);
    expect(errors[0]).toMatchObject({ file: 'content/sections.yaml', message: 'The sections list does not match its format.' });
  });
});

describe('route data ordered by the layout', () => {
  const site = world();
  it('puts facts of a section first, in sectionRank order, and the rest under "Other facts"', () => {
    const sections = factSections(factsFor('m3', site), site);
    expect(sections.map((s) => s.id)).toEqual(['identity', 'other-facts']);
    expect(sections[0]?.facts.map((f) => f.property.id)).toEqual(['release-date', 'developer']);
    // A model's facts are on its section pages: each fact links to its row there.
    for (const s of sections) for (const f of s.facts) expect(f.href).toBe(`/models/m3/claims/${s.id}/#${f.anchor}`);
  });
  it('splits each source’s claims by the same sections, every claim in exactly one, each section with its page', () => {
    for (const source of site.content.sources) {
      const claims = site.claimsBySource.get(source.slug) ?? [];
      const sections = sourceSections(source.slug, site);
      expect(sections.flatMap((s) => s.claims.map((c) => c.id)).sort()).toEqual(claims.map((c) => c.id).sort());
      expect(sections.every((s) => s.claims.length > 0 && s.href === `/sources/${source.slug}/claims/${s.id}/`)).toBe(true);
      for (const s of sections)
        expect(s.claims.every((c) => (site.layout.properties.get(c.property)?.section ?? 'other-facts') === s.id)).toBe(true);
    }
    expect(new Set(site.content.sources.flatMap((s) => sourceSections(s.slug, site).map((x) => x.id)))).toEqual(
      new Set(['identity', 'other-facts']),
    );
  });
  it('lists key facts in keyFactRank order', () => {
    expect([...new Set(keyFacts('m3', site).map((f) => f.property.id))]).toEqual([
      'release-date',
      'developer',
      'benchmark-score',
      'availability',
      'parameter-count',
    ]);
  });
});
