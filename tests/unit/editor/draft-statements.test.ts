/** Drafted statements (src/lib/editor/statements.ts through draftClaims): availability and language lists from literal sentences. */
import { describe, expect, it } from 'vitest';
import { type DraftEntity, type DraftProperty, draftClaims } from '../../../src/lib/editor/draft.ts';
import { propertyEntry } from '../../../src/schemas/property.ts';

const ENTITIES: DraftEntity[] = [
  { id: 'gpt-5-3-codex', kind: 'model', names: ['GPT-5.3-Codex'] },
  { id: 'swe-bench-pro', kind: 'benchmark', names: ['SWE-Bench Pro'] },
];
const PROPERTIES: DraftProperty[] = [
  propertyEntry({
    id: 'availability',
    label: 'Availability',
    description: 'Whether the subject can be used through the given access channel.',
    valueType: 'enum',
    values: ['available', 'not-yet-available', 'not-available'],
    requiredQualifiers: ['channel'],
    terms: ['available', 'access'],
    qualifierTerms: { channel: { 'ide-extension': ['IDE extension'], ide: ['IDE'], cli: ['CLI'], app: ['app'], api: ['API'] } },
  }),
  propertyEntry({
    id: 'supports-language',
    label: 'Supports language',
    description: 'Whether the subject supports a programming language.',
    valueType: 'boolean',
    requiredQualifiers: ['language'],
    terms: ['languages', 'supports'],
    qualifierTerms: { language: { Python: ['Python'], Go: ['Go'], Java: ['Java'], JavaScript: ['JavaScript'] } },
  }),
];
const drafted = (snapshot: string) =>
  draftClaims({ snapshot, entities: ENTITIES, properties: PROPERTIES, reportingVerbs: ['says'] }).map((d) => [
    d.subject,
    d.property,
    d.qualifiers,
    d.value,
    d.figure,
  ]);

describe('drafted statements', () => {
  it('one availability statement per channel a sentence naming its subject lists, the longest name read', () => {
    expect(drafted('GPT-5.3-Codex is available in the app, the CLI and the IDE extension.\n')).toEqual([
      ['gpt-5-3-codex', 'availability', { channel: 'app' }, 'available', 'app'],
      ['gpt-5-3-codex', 'availability', { channel: 'cli' }, 'available', 'CLI'],
      ['gpt-5-3-codex', 'availability', { channel: 'ide-extension' }, 'available', 'IDE extension'],
    ]);
  });
  it("an enum value from the sentence's own words: not yet available", () => {
    expect(drafted('GPT-5.3-Codex is not yet available in the API.\n')).toEqual([
      ['gpt-5-3-codex', 'availability', { channel: 'api' }, 'not-yet-available', 'API'],
    ]);
  });
  it('a true/false property drafted true for each language named, letter case kept (Java is not JavaScript, go is not Go)', () => {
    expect(drafted('GPT-5.3-Codex supports languages such as Python, JavaScript and Go; it can go far.\n')).toEqual([
      ['gpt-5-3-codex', 'supports-language', { language: 'Python' }, true, 'Python'],
      ['gpt-5-3-codex', 'supports-language', { language: 'JavaScript' }, true, 'JavaScript'],
      ['gpt-5-3-codex', 'supports-language', { language: 'Go' }, true, 'Go'],
    ]);
  });
  it('nothing from a sentence without a subject it names, a negated true/false, no term of the property, or no enum value', () => {
    expect(drafted('It supports Python and Go.\n')).toEqual([]);
    expect(drafted('The review mode is not yet available in the IDE extension.\n')).toEqual([]);
    expect(drafted('GPT-5.3-Codex does not support languages other than Python.\n')).toEqual([]);
    expect(drafted('GPT-5.3-Codex writes Python in the CLI.\n')).toEqual([]);
    expect(drafted('We expect GPT-5.3-Codex API access to follow within weeks.\n')).toEqual([]);
  });
});
