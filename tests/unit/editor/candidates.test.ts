/** Candidate extraction for source:add: entity names, sentence splitting, figure patterns, the number table, the rendered worklist. */
import { describe, expect, it } from 'vitest';
import {
  extractCandidates,
  findEntities,
  foldKeepingLength,
  type KnownEntity,
  renderCandidates,
  sentenceSpans,
} from '../../../src/lib/editor/candidates.ts';

const ENTITIES: KnownEntity[] = [
  { id: 'gpt-5-3-codex', kind: 'models', names: ['GPT-5.3-Codex', 'GPT 5.3 Codex', 'gpt-5.3-codex'] },
  { id: 'gpt-5-2-codex', kind: 'models', names: ['GPT-5.2-Codex'] },
  { id: 'gpt-5', kind: 'models', names: ['GPT-5'] },
  { id: 'codex', kind: 'products', names: ['Codex'] },
  { id: 'codex-cli', kind: 'products', names: ['Codex CLI'] },
  { id: 'terminal-bench-2-0', kind: 'benchmarks', names: ['Terminal-Bench 2.0', 'Terminal-Bench'] },
  { id: 'openai', kind: 'organizations', names: ['OpenAI'] },
];

const spans = (line: string): string[] => findEntities(line, ENTITIES).map((s) => `${s.id}=${line.slice(s.start, s.end)}`);

describe('findEntities', () => {
  it('prefers the longest name and never matches inside another name', () => {
    expect(spans('GPT-5.3-Codex beats GPT-5 in the Codex CLI.')).toEqual([
      'gpt-5-3-codex=GPT-5.3-Codex',
      'gpt-5=GPT-5',
      'codex-cli=Codex CLI',
    ]);
  });

  it('matches typographic hyphens, no-break spaces and any case', () => {
    expect(spans('Introducing GPT‑5.3‑Codex and gpt\u00a05.3\u00a0codex')).toEqual([
      'gpt-5-3-codex=GPT‑5.3‑Codex',
      'gpt-5-3-codex=gpt\u00a05.3\u00a0codex',
    ]);
  });

  it('does not match a name continued by a version or a word', () => {
    expect(spans('GPT-5.1 and GPT-5-mini and Codexes and OpenAIs')).toEqual([]);
    expect(spans('GPT-5, then GPT-5.')).toEqual(['gpt-5=GPT-5', 'gpt-5=GPT-5']);
  });

  it('keeps indexes of the original text (folding keeps length)', () => {
    const text = '“GPT‑5.3‑Codex” — 77.3%';
    expect(foldKeepingLength(text)).toHaveLength(text.length);
    expect(foldKeepingLength(text)).toBe('"gpt-5.3-codex" - 77.3%');
  });
});

describe('sentenceSpans', () => {
  const split = (line: string): string[] => sentenceSpans(line).map((s) => line.slice(s.start, s.end));
  it('splits after . ! ? when a capital, digit or quote follows, and keeps version numbers whole', () => {
    expect(split('GPT-5.3-Codex is fast. It scored 77.3% on it! "Wow," they said. 2026 is here')).toEqual([
      'GPT-5.3-Codex is fast.',
      'It scored 77.3% on it!',
      '"Wow," they said.',
      '2026 is here',
    ]);
  });
  it('does not split before a lower-case word (e.g. abbreviations) and trims', () => {
    expect(split('  Tools (e.g. code_interpreter) work.  ')).toEqual(['Tools (e.g. code_interpreter) work.']);
  });
});

describe('extractCandidates', () => {
  const snapshot = [
    'Menu',
    'GPT-5.2-Codex',
    'GPT-5.3-Codex costs $1.75 per 1M input tokens, 40% more than GPT-5.2-Codex. It launched on February 5, 2026.',
    'It is about 2x faster and nearly doubled the score on Terminal-Bench 2.0.',
    'OpenAI says Codex is loved by developers.',
    'Price: 20 USD, or €18; dates 2026-02 and Q1 2026.',
    'No figures here at all.',
  ].join('\n');
  const { candidates, numbers } = extractCandidates(snapshot, ENTITIES);

  it('lists the sentences with figures or talking about a known entity, with their lines, verbatim', () => {
    expect(candidates.map((c) => [c.line, c.text])).toEqual([
      [3, 'GPT-5.3-Codex costs $1.75 per 1M input tokens, 40% more than GPT-5.2-Codex.'],
      [3, 'It launched on February 5, 2026.'],
      [4, 'It is about 2x faster and nearly doubled the score on Terminal-Bench 2.0.'],
      [5, 'OpenAI says Codex is loved by developers.'],
      [6, 'Price: 20 USD, or €18; dates 2026-02 and Q1 2026.'],
    ]);
  });

  it('skips a bare entity name (a menu item or heading) and text with neither figure nor entity', () => {
    expect(candidates.some((c) => c.text === 'GPT-5.2-Codex' || c.text === 'Menu' || c.text.startsWith('No figures'))).toBe(false);
  });

  it('tags each sentence with its signals; numbers inside entity names are not figures', () => {
    const [first, second, third, fourth, fifth] = candidates;
    expect(first).toMatchObject({
      entities: [
        { id: 'gpt-5-3-codex', text: 'GPT-5.3-Codex' },
        { id: 'gpt-5-2-codex', text: 'GPT-5.2-Codex' },
      ],
      percentages: ['40%'],
      money: ['$1.75'],
      dates: [],
      numbers: ['1.75', '1', '40'],
    });
    expect(second).toMatchObject({ dates: ['February 5, 2026'], numbers: ['5', '2026'], entities: [] });
    expect(third).toMatchObject({
      multiples: ['2x', 'doubled'],
      numbers: ['2'],
      entities: [{ id: 'terminal-bench-2-0', text: 'Terminal-Bench 2.0' }],
    });
    expect(fourth).toMatchObject({ numbers: [], entities: [{ id: 'openai' }, { id: 'codex' }] });
    expect(fifth).toMatchObject({ money: ['20 USD', '€18'], dates: ['2026-02', 'Q1 2026'] });
  });

  it('tables every number of the snapshot with its lines, marking those only ever inside entity names', () => {
    expect(numbers.find((n) => n.number === '5.2')).toEqual({ number: '5.2', lines: [2, 3], onlyInNames: true, names: ['GPT-5.2-Codex'] });
    expect(numbers.find((n) => n.number === '2.0')).toEqual({
      number: '2.0',
      lines: [4],
      onlyInNames: true,
      names: ['Terminal-Bench 2.0'],
    });
    expect(numbers.find((n) => n.number === '2026')).toEqual({ number: '2026', lines: [3, 6], onlyInNames: false, names: [] });
    expect(numbers.map((n) => n.number)).toEqual(['5.2', '5.3', '1.75', '1', '40', '5', '2026', '2', '2.0', '20', '18', '02']);
  });
  it('leaves digits glued to letters out of the number table: "GB200" and "NVL72" are a name', () => {
    const { numbers: table } = extractCandidates('Served on NVIDIA GB200 NVL72 systems; humans score ~72%.', ENTITIES);
    expect(table.map((n) => n.number)).toEqual(['72']);
  });
});

describe('renderCandidates', () => {
  it('writes a worklist that states it is not content, with lines, sentences, signals and the number table', () => {
    const text = 'GPT-5.3-Codex scored 77.3% on Terminal-Bench 2.0. It costs $2.\nGPT-5.3-Codex';
    const md = renderCandidates({
      slug: 'my-post',
      title: 'My post',
      sha256: 'ab'.repeat(32),
      extraction: extractCandidates(text, ENTITIES),
    });
    expect(md).toContain('# Extraction candidates: My post\n');
    expect(md).toContain('This file is a worklist, not content: the site reads only `index.mdx` and `snapshot.txt`.');
    expect(md).toContain('2 candidate sentences; 4 distinct numbers to account for.');
    expect(md).toContain(
      [
        '### Line 1',
        '',
        '> GPT-5.3-Codex scored 77.3% on Terminal-Bench 2.0.',
        '',
        '- entities: gpt-5-3-codex (`GPT-5.3-Codex`), terminal-bench-2-0 (`Terminal-Bench 2.0`)',
        '- percentages: `77.3%`',
        '- numbers: `77.3`',
        '',
        '> It costs $2.',
        '',
        '- money: `$2`',
        '- numbers: `2`',
      ].join('\n'),
    );
    expect(md).not.toContain('### Line 2');
    expect(md).toContain('| `5.3` | lines 1, 2 | only inside `GPT-5.3-Codex`: probably a not-claims.yaml entry |');
    expect(md).toContain('| `77.3` | line 1 |  |');
  });

  it('says so when nothing was found', () => {
    const md = renderCandidates({
      slug: 's',
      title: 'T',
      sha256: 'ab'.repeat(32),
      extraction: extractCandidates('Nothing to see.', ENTITIES),
    });
    expect(md).toContain('No sentence has a number, a date or a known entity name.');
    expect(md).toContain('The snapshot has no numbers.');
  });
});
