/**
 * The registry's layout (src/site/layout.ts): sections from content/sections.yaml, each property's section,
 * rank, key-fact rank and benchmark role from its YAML file; an unknown section is a located, teaching error;
 * the route data orders facts and key facts by these fields alone.
 */
import { describe, expect, it } from 'vitest';
import { layoutOf } from '../../../src/site/layout.ts';
import { factSections, factsFor, keyFacts } from '../../../src/view/index.ts';
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
