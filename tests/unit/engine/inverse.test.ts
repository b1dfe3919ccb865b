/**
 * Normalization across measures (#12.7): a relative change in an inverse measure (registry
 * `inverseOf`: latency against speed) is compared with the vendor's figures after conversion,
 * 1 / (1 + c) − 1, and the finding shows the arithmetic.
 */
import { describe, expect, test } from 'vitest';
import { type Analysis, analyze } from '../../../src/lib/engine/index.ts';
import { invertNorm } from '../../../src/lib/engine/inverse.ts';
import type { NumericNorm } from '../../../src/lib/engine/normalize.ts';
import { claim, input } from './fixtures.ts';

const kinds = (a: Analysis) => a.findings.map((f) => f.kind);
const SPEED = claim('vendor', 'gpt-5-3-codex', 'speed-change', '+25', { id: 'speed' });

describe('inverse measures', () => {
  test.each<[string, string, string[], string]>([
    ['-20% latency is +25% speed: reconciled after conversion', '-20', ['reconciled'], 'reconciled'],
    ['-50% latency is +100% speed: a conflict with +25%', '-50', ['conflict'], 'conflicts'],
    ['+25% latency (slower) is -20% speed: a conflict', '+25', ['conflict'], 'conflicts'],
  ])('%s', (_name, latency, expected, expectedVerdict) => {
    const a = analyze(input([SPEED, claim('blog', 'gpt-5-3-codex', 'latency-change', latency, { id: 'l' })]));
    expect(kinds(a)).toEqual(expected);
    expect(a.verdicts['blog/l']?.verdict).toBe(expectedVerdict);
  });

  test('the reconciled finding shows the conversion and the intervals it compares', () => {
    const a = analyze(input([SPEED, claim('blog', 'gpt-5-3-codex', 'latency-change', '-20', { id: 'l' })]));
    const [f] = a.findings;
    expect(f?.summary).toBe(
      "For GPT-5.3-Codex's latency change, Blog Inc's -20% agrees with OpenAI's +25% once converted to the inverse measure, speed change (a change c in one is 1 / (1 + c) − 1 in the other).",
    );
    expect(f?.arithmetic).toEqual([
      '-20% latency change = 0.8×; 1 / 0.8 = 1.25×, a +25% speed change; at the stated precision (-20.5% to -19.5%) that is +24.22% to +25.79%, which overlaps +25% (+24.5% to +25.5%) (Blog Inc vs OpenAI)',
    ]);
    expect(f?.claims).toEqual(['blog/l', 'vendor/speed']);
  });

  test('a property without inverseOf is not converted: a latency figure alone is not disclosed', () => {
    const a = analyze(input([SPEED, claim('blog', 'gpt-5-3-codex', 'speed-change', '-20', { id: 's' })]));
    expect(kinds(a)).toEqual(['conflict']);
  });

  test('where the vendor states the latency itself, that figure is the reference, not the converted speed', () => {
    const a = analyze(
      input([
        SPEED,
        claim('vendor', 'gpt-5-3-codex', 'latency-change', '-50', { id: 'lat' }),
        claim('blog', 'gpt-5-3-codex', 'latency-change', '-50', { id: 'l' }),
      ]),
    );
    expect(a.verdicts['blog/l']?.verdict).toBe('agrees');
  });

  test.each<[string, Partial<NumericNorm>, [number, number] | null]>([
    [
      '0.8× becomes 1.25×, its interval reversed',
      { point: 0.8, interval: { lo: 0.795, hi: 0.805, loOpen: false, hiOpen: false } },
      [1 / 0.805, 1 / 0.795],
    ],
    [
      'a multiplier of 0 has an unbounded inverse',
      { point: 0, interval: { lo: 0, hi: 0.1, loOpen: false, hiOpen: false } },
      [10, Number.POSITIVE_INFINITY],
    ],
    ['another dimension is not converted', { dimension: 'ratio', point: 0.5 }, null],
  ])('invertNorm: %s', (_name, over, expected) => {
    const norm = {
      domain: 'numeric',
      dimension: 'multiplier',
      form: 'exact',
      point: 1,
      step: 0.01,
      interval: { lo: 1, hi: 1, loOpen: false, hiOpen: false },
      displayUnit: '% change',
      signature: 's',
      ...over,
    } as NumericNorm;
    const out = invertNorm(norm);
    expect(out === null ? null : [out.interval.lo, out.interval.hi]).toEqual(expected);
  });
});

describe('general statements (registry generalizes)', () => {
  const named = (benchmark: string, value: boolean) =>
    claim('vendor', 'gpt-5-3-codex', 'state-of-the-art', value, { id: `sota-${benchmark}`, qualifiers: { benchmark } });
  const general = (value: boolean) => claim('blog', 'gpt-5-3-codex', 'state-of-the-art-coding', value, { id: 'g', attributedTo: 'openai' });

  test.each<[string, ReturnType<typeof claim>[], boolean, string[], string]>([
    ['the vendor states it by name: reconciled, not "not disclosed"', [named('swe-bench-pro', true)], true, ['reconciled'], 'reconciled'],
    // The claim is attributed to OpenAI, whose own source is the vendor's: what it does not state is an unconfirmed attribution.
    ['the vendor names nothing: not in its own source', [], true, ['unconfirmed-attribution'], 'unconfirmed'],
    [
      'the vendor’s named statement has another value: assessed as usual (not in its own source)',
      [named('swe-bench-pro', false)],
      true,
      ['unconfirmed-attribution'],
      'unconfirmed',
    ],
  ])('%s', (_name, vendor, value, expected, expectedVerdict) => {
    const a = analyze(input([...vendor, general(value)]));
    expect(kinds(a)).toEqual(expected);
    expect(a.verdicts['blog/g']?.verdict).toBe(expectedVerdict);
  });

  test('the finding names the vendor’s named statements and the attribution', () => {
    const a = analyze(input([named('swe-bench-pro', true), named('terminal-bench-2-0', true), general(true)]));
    const [f] = a.findings;
    expect(f?.summary).toBe(
      "For “state of the art coding” for GPT-5.3-Codex, Blog Inc's yes agrees with OpenAI's yes, which OpenAI states by name: state of the art on SWE-Bench Pro and on Terminal-Bench 2.0. Blog Inc attributes this to OpenAI.",
    );
    expect(f?.arithmetic).toEqual([
      'yes (state of the art coding) is the general form of yes (state of the art on SWE-Bench Pro) (Blog Inc vs OpenAI)',
    ]);
    expect(f?.claims).toEqual(['blog/g', 'vendor/sota-swe-bench-pro', 'vendor/sota-terminal-bench-2-0']);
  });
});
