/**
 * Bad-content cases for the registry fields of #12.5–#12.7 (coexistsAcross, scopedBy, presupposes,
 * inverseOf, bound): each copies the good fixture tree, writes ONE bad property file or claim, and pins
 * the exact one-line messages, as bad-content.test.ts does for the rest.
 */
import { describe, expect, it } from 'vitest';
import { errorsAfter, type Tree } from './fixture.ts';

const PROPERTY = 'label: "Endpoint"\ndescription: "The API endpoint."\nvalueType: text\n';

const cases: [string, (t: Tree) => void, string[]][] = [
  [
    'coexistsAcross naming an unknown qualifier',
    (t) => t.write('properties/endpoint.yaml', `${PROPERTY}coexistsAcross: [chanel]\n`),
    [
      'content/properties/endpoint.yaml:4 field "coexistsAcross": Unknown qualifier "chanel". Expected one of benchmark, comparedTo, effort, metric, variant, channel, direction, language, stage, domain, trigger, scope, condition; got "chanel". Fix: did you mean "channel"? Otherwise add the qualifier.',
    ],
  ],
  [
    'scopedBy naming an unknown qualifier',
    (t) => t.write('properties/endpoint.yaml', `${PROPERTY}scopedBy: [domian]\n`),
    [
      'content/properties/endpoint.yaml:4 field "scopedBy": Unknown qualifier "domian". Expected one of benchmark, comparedTo, effort, metric, variant, channel, direction, language, stage, domain, trigger, scope, condition; got "domian". Fix: did you mean "domain"? Otherwise add the qualifier.',
    ],
  ],
  [
    'presupposes naming an unknown property',
    (t) =>
      t.write(
        'properties/endpoint.yaml',
        `${PROPERTY}presupposes: {property: availabilty, qualifiers: {channel: api}, value: available}\n`,
      ),
    [
      'content/properties/endpoint.yaml:4 field "presupposes": Unknown property "availabilty". Expected a property id from content/properties/; got "availabilty". Fix: did you mean "availability"? Otherwise add the property.',
    ],
  ],
  [
    'presupposes a value the presupposed property does not have',
    (t) =>
      t.write('properties/endpoint.yaml', `${PROPERTY}presupposes: {property: availability, qualifiers: {channel: api}, value: open}\n`),
    [
      'content/properties/endpoint.yaml:4 field "presupposes": Property "availability" has no value "open". Expected one of available, not-yet-available, not-available; got "open". Fix: write the value of "availability" that every claim of "endpoint" takes for granted.',
    ],
  ],
  [
    'inverseOf naming an unknown property',
    (t) =>
      t.write(
        'properties/latency.yaml',
        'label: "Latency change"\ndescription: "D."\nvalueType: number\nunit: "% change"\ninverseOf: speed-chnge\n',
      ),
    [
      'content/properties/latency.yaml:5 field "inverseOf": Unknown property "speed-chnge". Expected a property id from content/properties/; got "speed-chnge". Fix: no property has a similar id: use an existing one or add the property.',
    ],
  ],
  [
    'generalizes naming an unknown property',
    (t) =>
      t.write('properties/sota.yaml', 'label: "State of the art"\ndescription: "D."\nvalueType: boolean\ngeneralizes: benchmark-scor\n'),
    [
      'content/properties/sota.yaml:4 field "generalizes": Unknown property "benchmark-scor". Expected a property id from content/properties/; got "benchmark-scor". Fix: did you mean "benchmark-score"? Otherwise add the property.',
    ],
  ],
  [
    'a claim of a ceiling property written as a figure (#12.7: a bound is not a score)',
    (t) => t.write('properties/max-output-tokens.yaml', `${t.read('properties/max-output-tokens.yaml')}bound: upper\n`),
    [
      'content/sources/dev-blog-week-with-codex/index.mdx:41 claim "dev-blog-week-with-codex/max-output-tokens" field "value": Property "max-output-tokens" is an upper bound (a ceiling), not a figure. Expected a bound written with "<" or "<=", e.g. "<=64"; got "128,000". Fix: write the value as the ceiling the quote states; a figure of a model the source does not name is not a score.',
    ],
  ],
  [
    'a claim attributed to an unknown organization (#12.5)',
    (t) => t.edit('sources/dev-blog-week-with-codex/index.mdx', '    unit: tokens\n', '    unit: tokens\n    attributedTo: opnai\n'),
    [
      'content/sources/dev-blog-week-with-codex/index.mdx:43 claim "dev-blog-week-with-codex/max-output-tokens" field "attributedTo": Unknown organization "opnai". Expected the id of the organization in content/organizations/ that the source says made the statement; got "opnai". Fix: did you mean "openai"? Otherwise add the organization.',
    ],
  ],
  [
    'a model placed in a family no claim states (#12.8)',
    (t) => t.edit('models/gpt-5-3-codex.mdx', 'family: null', 'family: GPT-5 Codex'),
    [
      'content/models/gpt-5-3-codex.mdx:6 field "family": Model "gpt-5-3-codex" is placed in family "GPT-5 Codex", but no claim states it. Expected a claim about "gpt-5-3-codex" of a property with entityField: family whose value is "GPT-5 Codex"; got "GPT-5 Codex". Fix: record the source\'s claim, or set family: null (the site shows a relation only where a source states it).',
    ],
  ],
  [
    'a predecessor no claim states (#12.8)',
    (t) => t.edit('models/gpt-5-3-codex.mdx', 'predecessor: null', 'predecessor: gpt-5-2-codex'),
    [
      'content/models/gpt-5-3-codex.mdx:7 field "predecessor": Model "gpt-5-3-codex" is shown as succeeding "gpt-5-2-codex", but no claim states it. Expected a true claim about "gpt-5-3-codex" of a property with entityField: predecessor and comparedTo: "gpt-5-2-codex"; got "gpt-5-2-codex". Fix: record the source\'s claim, or set predecessor: null (the site shows a relation only where a source states it).',
    ],
  ],
];

describe('bad registry entries for scope, coexistence and presupposition', () => {
  it.each(cases)('%s', (_name, mutate, expected) => {
    expect(errorsAfter(mutate)).toEqual(expected);
  });

  it('a ceiling written as a bound passes', () => {
    expect(
      errorsAfter((t) => {
        t.write('properties/max-output-tokens.yaml', `${t.read('properties/max-output-tokens.yaml')}bound: upper\n`);
        t.edit('sources/dev-blog-week-with-codex/index.mdx', 'value: "128,000"', 'value: "<=128,000"');
      }),
    ).toEqual([]);
  });

  it('the good tree has none of these errors (the cases above are what fail)', () => {
    expect(errorsAfter((t) => t.write('properties/endpoint.yaml', `${PROPERTY}coexistsAcross: [channel]\nscopedBy: [domain]\n`))).toEqual(
      [],
    );
  });
});
