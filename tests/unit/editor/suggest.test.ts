/** "Did you mean" for command-line ids. */
import { describe, expect, it } from 'vitest';
import { argumentErrorMessage, nearIds, unknownIdMessage } from '../../../src/lib/editor/suggest.ts';

const SOURCES = ['ai-agents-wiki-gpt-5-3-codex', 'gpt-5-3-codex-definition', 'openai-introducing-gpt-5-3-codex'];
const ENTITIES = ['gpt-5', 'gpt-5-2-codex', 'gpt-5-3-codex', 'codex', 'codex-app', 'codex-cli', 'openai'];

describe('nearIds', () => {
  it('puts near spellings first, then ids containing what was typed', () => {
    expect(nearIds('gpt-5-3-codx', ENTITIES)).toEqual(['gpt-5-3-codex', 'gpt-5-2-codex']);
    expect(nearIds('openai-intro', SOURCES)).toEqual(['openai-introducing-gpt-5-3-codex']);
    expect(nearIds('codex-ap', ENTITIES)).toEqual(['codex-app']);
    expect(nearIds('cod', ENTITIES)).toEqual(['codex', 'codex-app', 'codex-cli']);
  });
  it('is empty when nothing is near', () => {
    expect(nearIds('anthropic', ENTITIES)).toEqual([]);
  });
});

describe('unknownIdMessage', () => {
  it('suggests, or lists a short list, or says how to list a long one', () => {
    expect(unknownIdMessage('source', 'openai-intro', SOURCES, 'hint')).toBe(
      'Unknown source "openai-intro". Did you mean "openai-introducing-gpt-5-3-codex"?',
    );
    expect(unknownIdMessage('subject', 'anthropic', ENTITIES, 'hint')).toBe(
      'Unknown subject "anthropic". Known: gpt-5, gpt-5-2-codex, gpt-5-3-codex, codex, codex-app, codex-cli, openai.',
    );
    const many = Array.from({ length: 20 }, (_, i) => `entity-${i}`);
    expect(unknownIdMessage('subject', 'zzz', many, 'List them with: npm run claims.')).toBe(
      'Unknown subject "zzz". List them with: npm run claims.',
    );
  });
});

describe('argumentErrorMessage', () => {
  it('suggests the option meant, and passes other parse errors through', () => {
    const err = (message: string): Error => new Error(message);
    const long =
      "Unknown option '--sources'. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- \"--sources\"";
    expect(argumentErrorMessage(err(long), ['source', 'subject'])).toBe("Unknown option '--sources'. Did you mean --source?");
    expect(argumentErrorMessage(err("Unknown option '--zzz'"), ['source'])).toBe("Unknown option '--zzz'.");
    expect(argumentErrorMessage(err("Option '--source <value>' argument missing"), ['source'])).toBe(
      "Option '--source <value>' argument missing",
    );
  });
});
