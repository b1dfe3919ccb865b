/**
 * The pipeline's checks of the property registry fields the reader pages show (src/site/pipeline.ts):
 * whyItMatters beside each "not disclosed" finding, qualifierNotes quoting a source's snapshot.
 */
import { describe, expect, it } from 'vitest';
import { formatError } from '../../../src/lib/content/errors.ts';
import { unexplainedErrors } from '../../../src/lib/content/rules/findings.ts';
import { qualifierNoteErrors } from '../../../src/lib/content/rules/qualifier-notes.ts';
import { analyze } from '../../../src/lib/engine/index.ts';
import { claim, entity, property, source } from './fixtures.ts';

const entities = [entity('openai', 'organization', { name: 'OpenAI' }), entity('model-x', 'model', { vendor: 'openai' })];
const sources = [source('openai', 'vendor', { publisher: 'OpenAI' }), source('blog', 'blog')];
const content = (properties: ReturnType<typeof property>[]) => ({ sources, claims: [], entities, properties, notes: [], citations: [] });

describe('whyItMatters', () => {
  const claims = [claim('blog', 'model-x', 'parameter-count', '1.5 trillion', { unit: 'parameters' })];
  const analysisOf = (props: ReturnType<typeof property>[]) => analyze({ claims, sources, entities, properties: props });

  it('is required of a property a "not disclosed" finding is about, naming the file, the finding and the fix', () => {
    const props = [property('parameter-count', { unit: 'parameters' })];
    const analysis = analysisOf(props);
    expect(analysis.findings.map((f) => f.kind)).toEqual(['unsupported']);
    expect(unexplainedErrors(analysis, content(props)).map(formatError)).toEqual([
      'content/properties/parameter-count.yaml field "whyItMatters": Finding "unsupported--model-x--parameter-count" says the vendor does not disclose "parameter-count", and the discrepancy pages say beside it why that matters, but the property does not say. Expected one short sentence of the site\'s own words on what a reader uses this fact for, stating no fact about any model; got null. Fix: add whyItMatters: "…" to content/properties/parameter-count.yaml, e.g. whyItMatters: "It is what using the model costs."',
    ]);
  });

  it('passes once the property says it', () => {
    const props = [property('parameter-count', { unit: 'parameters', whyItMatters: 'It is a figure of the model’s size.' })];
    expect(unexplainedErrors(analysisOf(props), content(props))).toEqual([]);
  });
});

describe('qualifierNotes', () => {
  const snapshots = new Map([['openai', 'Results\nAll evaluations were run with xhigh reasoning effort.\n']]);
  const note = (src: string, quote: string) => [property('benchmark-score', { qualifierNotes: { effort: { source: src, quote } } })];

  it('passes when the quote is the snapshot’s own words', () => {
    expect(qualifierNoteErrors(content(note('openai', 'All evaluations were run with xhigh reasoning effort.')), snapshots)).toEqual([]);
  });

  it('names a quote that is not in the snapshot, and a source without one', () => {
    expect(qualifierNoteErrors(content(note('openai', 'All evaluations ran at xhigh.')), snapshots).map(formatError)).toEqual([
      'content/properties/benchmark-score.yaml field "qualifierNotes.effort": The note on qualifier "effort" must quote its source\'s own words. Expected words found in content/sources/openai/snapshot.txt; got "All evaluations ran at xhigh.". Fix: copy the sentence from the snapshot as it stands.',
    ]);
    expect(qualifierNoteErrors(content(note('nowhere', 'x')), snapshots).map(formatError)).toEqual([
      'content/properties/benchmark-score.yaml field "qualifierNotes.effort": The note on qualifier "effort" must quote its source\'s own words. Expected the slug of a source with a snapshot; got "nowhere". Fix: name a folder of content/sources/ that has a snapshot.txt.',
    ]);
  });
});
