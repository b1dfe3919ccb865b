/**
 * Scope (#12.5) and presupposition (#12.6): a secondary claim that drops a qualifier the vendor
 * states for the same statement (registry `scopedBy`) widens its scope; a claim that takes another
 * statement for granted (registry `presupposes`) is checked against what the vendor says of it.
 */
import { describe, expect, test } from 'vitest';
import { type Analysis, analyze } from '../../../src/lib/engine/index.ts';
import { claim, input } from './fixtures.ts';

const kinds = (a: Analysis) => a.findings.map((f) => f.kind);
const verdict = (a: Analysis, id: string) => a.verdicts[id]?.verdict;

const VENDOR_CYBER = claim('vendor', 'gpt-5-3-codex', 'preparedness-classification', 'high', {
  id: 'v',
  qualifiers: { domain: 'cybersecurity' },
});

describe('scope change', () => {
  test.each<[string, Record<string, string> | undefined, string[], string]>([
    ['the vendor’s scope dropped: scope change, not "not disclosed"', undefined, ['scope-change'], 'widened'],
    ['the same scope kept: agreement', { domain: 'cybersecurity' }, [], 'agrees'],
    ['another scope the vendor does not state: not disclosed', { domain: 'biology' }, ['unsupported'], 'unsupported'],
  ])('%s', (_name, qualifiers, expected, expectedVerdict) => {
    const a = analyze(
      input([
        VENDOR_CYBER,
        claim('promo', 'gpt-5-3-codex', 'preparedness-classification', 'high', { id: 'p', ...(qualifiers ? { qualifiers } : {}) }),
      ]),
    );
    expect(kinds(a)).toEqual(expected);
    expect(verdict(a, 'promo/p')).toBe(expectedVerdict);
  });

  test('the finding names the qualifier the vendor states and the claim leaves out', () => {
    const a = analyze(input([VENDOR_CYBER, claim('promo', 'gpt-5-3-codex', 'preparedness-classification', 'high', { id: 'p' })]));
    const [f] = a.findings;
    expect(f?.id).toBe('scope-change--gpt-5-3-codex--preparedness-classification');
    expect(f?.scope).toEqual({ domain: 'cybersecurity' });
    expect(f?.claims).toEqual(['promo/p', 'vendor/v']);
    expect(f?.severity).toBe('low');
    expect(f?.summary).toBe(
      "GPT Proto (“high”) states GPT-5.3-Codex's preparedness classification without a scope; OpenAI states “high” only for cybersecurity.",
    );
    expect(f?.arithmetic).toEqual(['Qualifiers OpenAI states that this claim leaves out: domain = cybersecurity']);
  });

  test('a qualifier the registry does not list under scopedBy is no scope: the claim is simply not disclosed', () => {
    const a = analyze(
      input([
        claim('vendor', 'gpt-5-3-codex', 'hardware', 'GB200', { id: 'v', qualifiers: { stage: 'serving' } }),
        claim('blog', 'gpt-5-3-codex', 'hardware', 'GB200', { id: 'b', qualifiers: { stage: 'training' } }),
      ]),
    );
    expect(kinds(a)).toEqual(['unsupported']);
  });
});

describe('presupposition', () => {
  const endpoint = (source: string, value: string) => claim(source, 'gpt-5-3-codex', 'api-endpoint', value, { id: 'e' });
  const api = (value: string) => claim('vendor', 'gpt-5-3-codex', 'availability', value, { id: 'api', qualifiers: { channel: 'api' } });

  test.each<[string, ReturnType<typeof claim>[], string[]]>([
    [
      'the vendor says the API is not yet available: the endpoint rests on what it rules out',
      [api('not-yet-available')],
      ['presupposition', 'unsupported'],
    ],
    ['the vendor says the API is available: nothing presupposed is ruled out', [api('available')], ['unsupported']],
    ['the vendor says nothing of the API: nothing is concluded of the presupposition', [], ['unsupported']],
  ])('%s', (_name, vendor, expected) => {
    const a = analyze(input([...vendor, endpoint('blog', '/v1/codex/completions')]));
    expect(kinds(a).sort()).toEqual(expected);
  });

  test('the finding names what is presupposed and the vendor’s statement of it', () => {
    const a = analyze(input([api('not-yet-available'), endpoint('blog', '/v1/codex/completions')]));
    const f = a.findings.find((x) => x.kind === 'presupposition');
    expect(f?.id).toBe('presupposition--gpt-5-3-codex--api-endpoint');
    expect(f?.presupposes).toEqual({
      property: 'availability',
      qualifiers: { channel: 'api' },
      value: 'available',
      vendorClaims: ['vendor/api'],
    });
    expect(f?.claims).toEqual(['blog/e', 'vendor/api']);
    expect(f?.summary).toBe(
      "Blog Inc (“/v1/codex/completions”) states GPT-5.3-Codex's api endpoint, which takes for granted that GPT-5.3-Codex's availability via the API channel is “available”; OpenAI states “not yet available”.",
    );
    expect(f?.arithmetic).toEqual([
      "GPT-5.3-Codex's availability via the API channel: “available” presupposed ≠ “not yet available” (OpenAI)",
    ]);
    // tier 3 × magnitude 0.6 = 0.48: medium
    expect(f?.severity).toBe('medium');
  });

  test('a source with two statements is named once, with both', () => {
    const a = analyze(
      input([
        api('not-yet-available'),
        endpoint('blog', '/v1/codex/completions'),
        claim('blog', 'gpt-5-3-codex', 'api-endpoint', '/v1/chat/completions', { id: 'e2' }),
      ]),
    );
    expect(a.findings.find((x) => x.kind === 'presupposition')?.summary).toBe(
      "Blog Inc (“/v1/codex/completions” and “/v1/chat/completions”) states GPT-5.3-Codex's api endpoint, which takes for granted that GPT-5.3-Codex's availability via the API channel is “available”; OpenAI states “not yet available”.",
    );
  });
});

describe('attribution', () => {
  // A statement attributed to the vendor is checked against the vendor's own source: tests/unit/engine/rules-attribution.test.ts.
  test.each<[string, string | undefined, string]>([
    ['a statement the source makes itself', undefined, ''],
    [
      'a statement attributed to a party with no source on the site: nothing to check it against, not disclosed as any other',
      'anthropic',
      ' Blog Inc attributes this to Anthropic.',
    ],
  ])('%s', (_name, attributedTo, sentence) => {
    const a = analyze(
      input([claim('blog', 'gpt-5-3-codex', 'helped-create-itself', true, { id: 'b', ...(attributedTo ? { attributedTo } : {}) })]),
    );
    const [f] = a.findings;
    expect(f?.kind).toBe('unsupported');
    expect(f?.summary).toBe(`Only Blog Inc (yes) makes a claim on “helped create itself” for GPT-5.3-Codex; OpenAI makes none.${sentence}`);
  });

  test('an attributed statement the vendor does make agrees with it, like any other', () => {
    const a = analyze(
      input([
        claim('vendor', 'gpt-5-3-codex', 'helped-create-itself', true, { id: 'v' }),
        claim('blog', 'gpt-5-3-codex', 'helped-create-itself', true, { id: 'b', attributedTo: 'openai' }),
      ]),
    );
    expect(a.findings).toEqual([]);
    expect(verdict(a, 'blog/b')).toBe('agrees');
  });

  test('the scope-change finding says who the statement is attributed to', () => {
    const a = analyze(
      input([VENDOR_CYBER, claim('promo', 'gpt-5-3-codex', 'preparedness-classification', 'high', { id: 'p', attributedTo: 'openai' })]),
    );
    expect(a.findings[0]?.summary).toMatch(/only for cybersecurity\. GPT Proto attributes this to OpenAI\.$/);
  });
});
