/**
 * Contradiction means mutually exclusive (#12.6): values stated for different values of a qualifier
 * the property's values coexist across (registry `coexistsAcross`) only differ: a softer finding
 * with a lower severity. The same qualifier value with another value still contradicts.
 */
import { describe, expect, test } from 'vitest';
import type { Analysis } from '../../../src/lib/engine/index.ts';
import { analyzed, byKind, claim, verdict } from './fixtures.ts';

const kinds = (a: Analysis) => a.findings.map((f) => `${f.kind}:${f.severity}`);

const ROUTED = claim('vendor', 'gpt-5-3-codex', 'high-risk-request-handling', 'routed-to-other-model', {
  id: 'routed',
  qualifiers: { trigger: 'elevated cyber risk' },
});

describe('differs: accounts that can coexist', () => {
  test.each<[string, Record<string, string> | undefined, string, string[], string]>([
    ['another trigger differs (low)', { trigger: 'harmful requests' }, 'refused', ['differs:low'], 'differs'],
    ['the same trigger contradicts (high)', { trigger: 'elevated cyber risk' }, 'refused', ['contradiction:high'], 'contradicts'],
    ['no trigger stated: compared as usual, a contradiction', undefined, 'refused', ['contradiction:high'], 'contradicts'],
    ['another trigger, the same value: agreement, no finding', { trigger: 'harmful requests' }, 'routed-to-other-model', [], 'agrees'],
  ])('%s', (_name, qualifiers, value, expected, expectedVerdict) => {
    const a = analyzed([
      ROUTED,
      claim('blog', 'gpt-5-3-codex', 'high-risk-request-handling', value, { id: 'b', ...(qualifiers ? { qualifiers } : {}) }),
    ]);
    expect(kinds(a)).toEqual(expected);
    expect(verdict(a, 'blog/b')).toBe(expectedVerdict);
  });

  test('the trigger does not split the group: one finding, each value shown with its trigger, the arithmetic says why both hold', () => {
    const a = analyzed([
      ROUTED,
      claim('blog', 'gpt-5-3-codex', 'high-risk-request-handling', 'refused', { id: 'b', qualifiers: { trigger: 'harmful requests' } }),
      claim('wiki', 'gpt-5-3-codex', 'high-risk-request-handling', 'safe-mode-warning', {
        id: 'w',
        qualifiers: { trigger: 'privileged commands' },
      }),
    ]);
    const [f] = byKind(a, 'differs');
    expect(f?.id).toBe('differs--gpt-5-3-codex--high-risk-request-handling');
    expect(f?.summary).toBe(
      "For GPT-5.3-Codex's high risk request handling, OpenAI states “routed to other model” (trigger: elevated cyber risk), while Blog Inc states “refused” (trigger: harmful requests) and “Wiki entry” states “safe mode warning” (trigger: privileged commands). Each account is for a different trigger, so they can all be true at once.",
    );
    expect(f?.arithmetic).toEqual([
      '“refused” (trigger: harmful requests) ≠ “routed to other model” (trigger: elevated cyber risk): different trigger, both can hold (Blog Inc vs OpenAI)',
      '“safe mode warning” (trigger: privileged commands) ≠ “routed to other model” (trigger: elevated cyber risk): different trigger, both can hold (“Wiki entry” vs OpenAI)',
    ]);
    expect(f?.verdict).toBe('differs from the vendor');
    expect(f?.claims).toEqual(['blog/b', 'vendor/routed', 'wiki/w']);
  });

  test('a setting in the app and another in the IDE (single-valued text across channels) differ', () => {
    const a = analyzed([
      claim('vendor', 'gpt-5-3-codex', 'steering-setting', 'Settings > General > Follow-up behavior', {
        id: 'v',
        qualifiers: { channel: 'app' },
      }),
      claim('promo', 'gpt-5-3-codex', 'steering-setting', 'In the IDE', { id: 'p', qualifiers: { channel: 'ide' } }),
    ]);
    expect(kinds(a)).toEqual(['differs:low']);
    expect(verdict(a, 'promo/p')).toBe('differs');
  });

  test('without the vendor, two secondaries on different triggers differ among themselves; on the same trigger they contradict', () => {
    const differ = analyzed([
      claim('blog', 'claude', 'high-risk-request-handling', 'refused', { id: 'b', qualifiers: { trigger: 'x' } }),
      claim('wiki', 'claude', 'high-risk-request-handling', 'allowed', { id: 'w', qualifiers: { trigger: 'y' } }),
    ]);
    expect(byKind(differ, 'differs').map((f) => f.verdict)).toEqual(['sources differ']);
    const clash = analyzed([
      claim('blog', 'claude', 'high-risk-request-handling', 'refused', { id: 'b', qualifiers: { trigger: 'x' } }),
      claim('wiki', 'claude', 'high-risk-request-handling', 'allowed', { id: 'w', qualifiers: { trigger: 'x' } }),
    ]);
    expect(byKind(clash, 'contradiction').map((f) => f.verdict)).toEqual(['sources contradict each other']);
  });

  test('two vendor statements on different triggers are no self-contradiction', () => {
    const a = analyzed([
      ROUTED,
      claim('vendor', 'gpt-5-3-codex', 'high-risk-request-handling', 'refused', { id: 'v2', qualifiers: { trigger: 'malware' } }),
    ]);
    expect(a.findings).toEqual([]);
  });

  test('two secondaries giving different values for a single-valued property disagree even where the vendor is silent', () => {
    const a = analyzed([
      claim('blog', 'gpt-5-3-codex', 'hardware', 'NVIDIA H100 GPUs', { id: 'b', qualifiers: { stage: 'training' } }),
      claim('wiki', 'gpt-5-3-codex', 'hardware', 'Custom TPUs', { id: 'w', qualifiers: { stage: 'training' } }),
      claim('press', 'gpt-5-3-codex', 'intended-use', 'Coding.', { id: 'p1' }),
      claim('promo', 'gpt-5-3-codex', 'intended-use', 'Everything.', { id: 'p2' }),
    ]);
    // Descriptive text (intended use) is never set against another description; the single-valued hardware is.
    expect(a.findings.map((f) => `${f.kind}:${f.verdict}`).sort()).toEqual([
      'contradiction:sources contradict each other',
      'unsupported:vendor has not disclosed',
      'unsupported:vendor has not disclosed',
    ]);
    expect(byKind(a, 'contradiction')[0]?.claims).toEqual(['blog/b', 'wiki/w']);
  });
});
