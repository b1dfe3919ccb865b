/** Source slugs: the default from a title, and the messages for a bad --slug. */
import { describe, expect, it } from 'vitest';
import { DERIVED_SLUG_LENGTH, MAX_SLUG_LENGTH, SLUG_RE, slugFromTitle, slugProblem } from '../../../src/lib/editor/slug.ts';

describe('slugFromTitle', () => {
  it('slugifies: lower case, accents and apostrophes dropped, any other run becomes one hyphen', () => {
    expect(slugFromTitle('Introducing GPT‑5.3‑Codex | OpenAI')).toBe('introducing-gpt-5-3-codex-openai');
    expect(slugFromTitle('  Définition: GPT-5.3-Codex!  ')).toBe('definition-gpt-5-3-codex');
    expect(slugFromTitle('Codex’s “self-improving” model')).toBe('codexs-self-improving-model');
    expect(slugFromTitle("OpenAI's launch")).toBe('openais-launch');
  });

  it('cuts a long title at a hyphen, within the derived length', () => {
    const title = 'GPT-5.3-Codex: a complete, very long and detailed guide to features, pricing, benchmarks and everything else';
    const slug = slugFromTitle(title) as string;
    expect(slug).toBe('gpt-5-3-codex-a-complete-very-long-and-detailed-guide-to');
    expect(slug.length).toBeLessThanOrEqual(DERIVED_SLUG_LENGTH);
    expect(SLUG_RE.test(slug)).toBe(true);
  });

  it('cuts a single long word hard', () => {
    const slug = slugFromTitle('x'.repeat(100)) as string;
    expect(slug).toBe('x'.repeat(DERIVED_SLUG_LENGTH));
  });

  it('is null when the title has no letter a-z or digit', () => {
    expect(slugFromTitle('日本語のタイトル')).toBeNull();
    expect(slugFromTitle('— ? —')).toBeNull();
  });
});

describe('slugProblem', () => {
  it('accepts lower-case ids with single hyphens', () => {
    expect(slugProblem('openai-introducing-gpt-5-3-codex')).toBeNull();
    expect(slugProblem('a')).toBeNull();
  });

  it('explains a bad slug and proposes the slugified form', () => {
    expect(slugProblem('My Source')).toBe(
      'Bad slug "My Source": use lower-case letters, digits and single hyphens, such as "openai-introducing-gpt-5-3-codex" (perhaps "my-source").',
    );
    expect(slugProblem('a--b')).toBe(
      'Bad slug "a--b": use lower-case letters, digits and single hyphens, such as "openai-introducing-gpt-5-3-codex" (perhaps "a-b").',
    );
    expect(slugProblem('../etc')).toBe(
      'Bad slug "../etc": use lower-case letters, digits and single hyphens, such as "openai-introducing-gpt-5-3-codex" (perhaps "etc").',
    );
    expect(slugProblem('-x-')).toContain('(perhaps "x")');
    expect(slugProblem('_draft')).toContain('Bad slug "_draft"');
    expect(slugProblem('')).toBe('Bad slug "": a slug cannot be empty.');
  });

  it('rejects a slug longer than the limit', () => {
    const long = 'a'.repeat(MAX_SLUG_LENGTH + 1);
    expect(slugProblem(long)).toBe(`Bad slug "${long}": at most ${MAX_SLUG_LENGTH} characters (it has ${MAX_SLUG_LENGTH + 1}).`);
    expect(slugProblem('a'.repeat(MAX_SLUG_LENGTH))).toBeNull();
  });
});
