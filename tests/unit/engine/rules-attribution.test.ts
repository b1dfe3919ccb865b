/**
 * Attribution (#12.5): a statement a source attributes to a party (`attributedTo`) is checked against that
 * party's own sources, the ones it publishes (src/lib/engine/rules/attribution.ts), and a party's silence is
 * proven like "not disclosed": its snapshot is searched for the property's terms (src/lib/engine/undisclosed.ts).
 */
import { describe, expect, test } from 'vitest';
import { formatError } from '../../../src/lib/content/errors.ts';
import { undisclosedErrors } from '../../../src/lib/content/rules/findings.ts';
import { type Analysis, analyze } from '../../../src/lib/engine/index.ts';
import { proveUndisclosed } from '../../../src/lib/engine/undisclosed.ts';
import type { Claim } from '../../../src/lib/types.ts';
import { claim, ENTITIES, input, PROPERTIES, SOURCES, score } from './fixtures.ts';

const kinds = (a: Analysis) => a.findings.map((f) => f.kind);
const verdict = (a: Analysis, id: string) => a.verdicts[id]?.verdict;

const ALL_WORK = 'All work in the software lifecycle.';
const AGENTS = 'Autonomous agent frameworks.';

describe('a claim attributed to a party, against the party’s own source', () => {
  test.each<[string, Claim[], Claim, string[], string]>([
    [
      'agreeing: the vendor states the same yes, the claim agrees with it',
      [claim('vendor', 'gpt-5-3-codex', 'helped-create-itself', true, { id: 'v' })],
      claim('blog', 'gpt-5-3-codex', 'helped-create-itself', true, { id: 'b', attributedTo: 'openai' }),
      [],
      'agrees',
    ],
    [
      'agreeing: the vendor states the same description',
      [claim('vendor', 'gpt-5-3-codex', 'intended-use', ALL_WORK, { id: 'v' })],
      claim('blog', 'gpt-5-3-codex', 'intended-use', ALL_WORK, { id: 'b', attributedTo: 'openai' }),
      [],
      'agrees',
    ],
    [
      'agreeing: a party that is not the vendor (GPT Proto) states the same figure, the vendor silent on a third party',
      [claim('promo', 'terminal-bench-2-0', 'human-baseline', '50', { id: 'p' })],
      claim('wiki', 'terminal-bench-2-0', 'human-baseline', '50', { id: 'w', attributedTo: 'gpt-proto' }),
      [],
      'corroborated',
    ],
    [
      'differing: the vendor states a value that rules it out, the contradiction says it was attributed',
      [claim('vendor', 'gpt-5-3-codex', 'availability', 'not-yet-available', { id: 'v', qualifiers: { channel: 'api' } })],
      claim('blog', 'gpt-5-3-codex', 'availability', 'available', { id: 'b', qualifiers: { channel: 'api' }, attributedTo: 'openai' }),
      ['contradiction'],
      'contradicts',
    ],
    [
      'differing: the party (GPT Proto) gives another figure than the one reported, though the vendor’s agrees with it',
      [
        score('vendor', 'gpt-5-3-codex', 'terminal-bench-2-0', '77.3', { id: 'v' }),
        score('promo', 'gpt-5-3-codex', 'terminal-bench-2-0', '70.0', { id: 'p' }),
      ],
      score('wiki', 'gpt-5-3-codex', 'terminal-bench-2-0', '77.3', { id: 'w', attributedTo: 'gpt-proto' }),
      ['conflict', 'unconfirmed-attribution'],
      'unconfirmed',
    ],
    [
      'differing description: the vendor describes its intended use otherwise, so it does not state the attributed one',
      [claim('vendor', 'gpt-5-3-codex', 'intended-use', ALL_WORK, { id: 'v' })],
      claim('blog', 'gpt-5-3-codex', 'intended-use', AGENTS, { id: 'b', attributedTo: 'openai' }),
      ['unconfirmed-attribution'],
      'unconfirmed',
    ],
    [
      'silent: the vendor states nothing on it, one finding (not also "not disclosed")',
      [],
      claim('blog', 'gpt-5-3-codex', 'helped-create-itself', true, { id: 'b', attributedTo: 'openai' }),
      ['unconfirmed-attribution'],
      'unconfirmed',
    ],
    [
      'a party without a source on the site (Anthropic): nothing to check against, no finding',
      [],
      claim('blog', 'claude', 'helped-create-itself', true, { id: 'b', attributedTo: 'anthropic' }),
      [],
      'uncompared',
    ],
    [
      'a source attributing a statement to its own publisher: nothing beyond itself to check',
      [],
      claim('promo', 'claude', 'helped-create-itself', true, { id: 'b', attributedTo: 'gpt-proto' }),
      [],
      'uncompared',
    ],
  ])('%s', (_name, others, attributed, expected, expectedVerdict) => {
    const a = analyze(input([...others, attributed]));
    expect(kinds(a).sort()).toEqual(expected);
    expect(verdict(a, attributed.id)).toBe(expectedVerdict);
  });

  test('the finding of a party silent on it: id, claims, severity, sentences', () => {
    const a = analyze(input([claim('blog', 'gpt-5-3-codex', 'helped-create-itself', true, { id: 'b', attributedTo: 'openai' })]));
    const [f] = a.findings;
    expect(f?.id).toBe('unconfirmed-attribution--gpt-5-3-codex--helped-create-itself--attributed-to-openai');
    expect(f?.attribution).toEqual({ party: 'openai', sources: ['vendor'], partyClaims: [], contradicted: [], unstated: ['blog/b'] });
    expect(f?.claims).toEqual(['blog/b']);
    // tier 3 (0.8) × magnitude 0.5 = 0.4: medium
    expect([f?.score, f?.severity]).toEqual([0.4, 'medium']);
    expect(f?.summary).toBe(
      "Blog Inc (yes) attributes to OpenAI a claim on “helped create itself” for GPT-5.3-Codex; OpenAI's own source, “Introducing GPT-5.3-Codex”, makes none.",
    );
    expect(f?.arithmetic).toEqual(["No claim of OpenAI's own source on “helped create itself” for GPT-5.3-Codex to compare with."]);
    expect(f?.verdict).toBe("not in OpenAI's own source");
  });

  test('the finding of a party that describes it otherwise lists what the party does state', () => {
    const a = analyze(
      input([
        claim('vendor', 'gpt-5-3-codex', 'intended-use', ALL_WORK, { id: 'v' }),
        claim('blog', 'gpt-5-3-codex', 'intended-use', AGENTS, { id: 'b', attributedTo: 'openai' }),
      ]),
    );
    const [f] = a.findings;
    expect(f?.claims).toEqual(['blog/b', 'vendor/v']);
    expect(f?.summary).toBe(
      `Blog Inc (“${AGENTS}”) attributes to OpenAI a claim on GPT-5.3-Codex's intended use; OpenAI's own source, “Introducing GPT-5.3-Codex”, does not state it: it states “${ALL_WORK}”`,
    );
    expect(f?.arithmetic).toEqual([`What OpenAI's own source states on GPT-5.3-Codex's intended use: “${ALL_WORK}”; not “${AGENTS}”`]);
  });

  test('the finding of a party whose own figure rules the reported one out', () => {
    const a = analyze(
      input([
        score('vendor', 'gpt-5-3-codex', 'terminal-bench-2-0', '77.3', { id: 'v' }),
        score('promo', 'gpt-5-3-codex', 'terminal-bench-2-0', '70.0', { id: 'p' }),
        score('wiki', 'gpt-5-3-codex', 'terminal-bench-2-0', '77.3', { id: 'w', attributedTo: 'gpt-proto' }),
      ]),
    );
    const f = a.findings.find((x) => x.kind === 'unconfirmed-attribution');
    expect(f?.attribution).toEqual({
      party: 'gpt-proto',
      sources: ['promo'],
      partyClaims: ['promo/p'],
      contradicted: ['wiki/w'],
      unstated: [],
    });
    expect(f?.summary).toBe(
      "“Wiki entry” (77.3%) attributes to gpt-proto a claim on GPT-5.3-Codex's benchmark score on Terminal-Bench 2.0; gpt-proto's own source, “Title of promo”, states 70.0%.",
    );
    expect(f?.arithmetic).toEqual(['77.3% (“Wiki entry”, attributed to gpt-proto) ≠ 70.0% (“Title of promo”)']);
    expect(f?.verdict).toBe("gpt-proto's own source states otherwise");
    // tier 3 (0.8) × magnitude 1 = 0.8: high
    expect(f?.severity).toBe('high');
  });

  test('the contradiction with the vendor says to whom its source attributes the disputed claim', () => {
    const a = analyze(
      input([
        claim('vendor', 'gpt-5-3-codex', 'availability', 'not-yet-available', { id: 'v', qualifiers: { channel: 'api' } }),
        claim('blog', 'gpt-5-3-codex', 'availability', 'available', { id: 'b', qualifiers: { channel: 'api' }, attributedTo: 'openai' }),
      ]),
    );
    expect(a.findings[0]?.summary).toMatch(/ Blog Inc attributes this to OpenAI\.$/);
  });
});

describe('the party’s silence is proven in its own snapshot', () => {
  const VENDOR_TEXT = 'Introducing GPT-5.3-Codex\nIt is built to support all of the work in the software lifecycle. It ships today.\n';
  const TERMS: Record<string, string[]> = { 'helped-create-itself': ['its own creation'], 'intended-use': ['built to', 'intended'] };
  const properties = PROPERTIES.map((p) => (TERMS[p.id] ? { ...p, terms: TERMS[p.id] as string[] } : p));

  function prove(claims: Claim[], text = VENDOR_TEXT) {
    const analysis = analyze(input(claims, { properties }));
    const result = proveUndisclosed({
      findings: analysis.findings,
      claims,
      sources: SOURCES,
      entities: ENTITIES,
      properties,
      snapshots: new Map([['vendor', text]]),
    });
    const content = { sources: SOURCES, claims, entities: ENTITIES, properties, notes: [], citations: [] };
    return { result, errors: undisclosedErrors(result, content).map(formatError) };
  }

  test.each<[string, Claim[], string, string[]]>([
    [
      'no term in the party’s snapshot: the terms searched are listed',
      [claim('blog', 'gpt-5-3-codex', 'helped-create-itself', true, { id: 'b', attributedTo: 'openai' })],
      'Searched vendor for "its own creation": no passage states it.',
      ['its own creation'],
    ],
    [
      'a term only in the party’s recorded claim on the fact: that passage is what it does state',
      [
        {
          ...claim('vendor', 'gpt-5-3-codex', 'intended-use', ALL_WORK, { id: 'v' }),
          span: { start: 26, end: VENDOR_TEXT.indexOf(' It ships') },
        },
        claim('blog', 'gpt-5-3-codex', 'intended-use', AGENTS, { id: 'b', attributedTo: 'openai' }),
      ],
      'Searched vendor for "built to", "intended": no passage states it; the only passages holding a term are OpenAI\'s statements recorded above.',
      ['built to', 'intended'],
    ],
  ])('%s', (_name, claims, line, terms) => {
    const { result, errors } = prove(claims);
    expect(errors).toEqual([]);
    const f = result.findings.find((x) => x.kind === 'unconfirmed-attribution');
    expect(f?.searched).toEqual({ sources: ['vendor'], terms, qualifierTerms: [] });
    expect(f?.arithmetic.at(-1)).toBe(line);
  });

  test('a term in a passage of the party’s snapshot that is neither its recorded claim nor listed as not a claim fails the proof, naming it', () => {
    const { errors } = prove([claim('blog', 'gpt-5-3-codex', 'intended-use', AGENTS, { id: 'b', attributedTo: 'openai' })]);
    expect(errors).toEqual([
      'content/sources/vendor/index.mdx field "notClaims": Finding "unconfirmed-attribution--gpt-5-3-codex--intended-use--attributed-to-openai" says OpenAI\'s own source makes no claim on "intended-use", but its snapshot states "built to" at snapshot line 2. Expected every passage of OpenAI\'s snapshot that holds a term of the property recorded as OpenAI\'s claim or listed as not a claim; got "It is built to support all of the work in the software lifecycle.". Fix: record OpenAI\'s claim (property "intended-use") with this passage as its quote, or add it to notClaims in content/sources/vendor/index.mdx with a reason.',
    ]);
  });

  test('a property without terms cannot prove the party silent: the error says whose silence', () => {
    const { errors } = prove([claim('blog', 'gpt-5-3-codex', 'full-name', 'GPT 5.3 Codex', { id: 'b', attributedTo: 'openai' })]);
    expect(errors).toEqual([
      'content/properties/full-name.yaml field "terms": Finding "unconfirmed-attribution--gpt-5-3-codex--full-name--attributed-to-openai" says OpenAI\'s own source states nothing on "full-name", but the property lists no terms to prove it by. Expected the words and phrases by which a source would state this property; got []. Fix: add "terms:" to content/properties/full-name.yaml; OpenAI\'s snapshot is then searched for them.',
    ]);
  });
});
