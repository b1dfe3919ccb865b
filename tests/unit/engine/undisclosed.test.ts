/** "Not disclosed" is proven (src/lib/engine/undisclosed.ts): the vendor snapshot is searched for the property's terms. */
import { describe, expect, it } from 'vitest';
import { formatError } from '../../../src/lib/content/errors.ts';
import { undisclosedErrors } from '../../../src/lib/content/rules/findings.ts';
import { foldText, passages, resolveSpan } from '../../../src/lib/content/span.ts';
import { analyze } from '../../../src/lib/engine/index.ts';
import { proveUndisclosed } from '../../../src/lib/engine/undisclosed.ts';
import type { Source } from '../../../src/lib/types.ts';
import { claim, entity, property, source } from './fixtures.ts';

const VENDOR_TEXT = 'Introducing Model X\nModel X is a single, general-purpose agent. It ships today.\n';
const props = [
  property('helped-create-itself', { valueType: 'boolean', unit: null, terms: ['general-purpose', 'beyond software'] }),
  property('speed-change', { unit: '% change', terms: [] }),
];
const entities = [entity('openai', 'organization', { name: 'OpenAI' }), entity('model-x', 'model', { vendor: 'openai' })];
const blogClaims = [
  claim('blog', 'model-x', 'helped-create-itself', true),
  claim('blog', 'model-x', 'speed-change', '-20', { unit: '% change' }),
];

function run(vendor: Source) {
  const sources = [vendor, source('blog', 'blog')];
  const analysis = analyze({ claims: blogClaims, sources, entities, properties: props });
  const result = proveUndisclosed({
    findings: analysis.findings,
    sources,
    entities,
    properties: props,
    snapshots: new Map([['openai', VENDOR_TEXT]]),
  });
  return {
    result,
    errors: undisclosedErrors(result, { sources, claims: [], entities, properties: props, notes: [], citations: [] }).map(formatError),
  };
}

describe('proveUndisclosed', () => {
  it('names the passage of the vendor snapshot that holds a term, and a property without terms', () => {
    const { errors } = run(source('openai', 'vendor', { publisher: 'OpenAI' }));
    expect(errors).toEqual([
      'content/properties/speed-change.yaml field "terms": Finding "unsupported--model-x--speed-change" says the vendor states nothing on "speed-change", but the property lists no terms to prove it by. Expected the words and phrases by which a source would state this property; got []. Fix: add "terms:" to content/properties/speed-change.yaml; the vendor\'s snapshot is then searched for them.',
      'content/sources/openai/index.mdx field "notClaims": Finding "unsupported--model-x--helped-create-itself" says the vendor makes no claim on "helped-create-itself", but its snapshot states "general-purpose" at snapshot line 2. Expected every passage of the vendor\'s snapshot that holds a term of the property recorded as the vendor\'s claim or listed as not a claim; got "Model X is a single, general-purpose agent.". Fix: record the vendor\'s claim (property "helped-create-itself") with this passage as its quote, or add it to notClaims in content/sources/openai/index.mdx with a reason.',
    ]);
  });

  it('accepts the passage once it is listed as not a claim, and records the terms searched on the finding', () => {
    const resolved = resolveSpan('a single, general-purpose agent', foldText(VENDOR_TEXT));
    if (!resolved.ok) throw new Error('fixture quote not found');
    const vendor = source('openai', 'vendor', {
      publisher: 'OpenAI',
      notClaims: [{ quote: resolved.exact, span: resolved.span, reason: 'mentions-term', claim: null, note: 'test reason' }],
    });
    const { result } = run(vendor);
    expect(result.unaccounted).toEqual([]);
    const f = result.findings.find((x) => x.id === 'unsupported--model-x--helped-create-itself');
    expect(f?.searched).toEqual({ sources: ['openai'], terms: ['general-purpose', 'beyond software'], qualifierTerms: [] });
    expect(f?.arithmetic.at(-1)).toBe('Searched openai for "general-purpose", "beyond software": no passage states it.');
  });
});

describe('passages', () => {
  it('splits lines into sentences', () => {
    expect(passages(VENDOR_TEXT).map((s) => VENDOR_TEXT.slice(s.start, s.end))).toEqual([
      'Introducing Model X',
      'Model X is a single, general-purpose agent.',
      'It ships today.',
    ]);
  });
});
