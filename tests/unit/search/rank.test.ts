import { describe, expect, test } from 'vitest';
import { normalizeQuery } from '../../../src/lib/search/normalize.ts';
import { bestBetTable, exactNameQueries, promoteBestBet } from '../../../src/lib/search/rank.ts';

const gpt52 = { name: 'GPT-5.2', aliases: ['GPT 5.2', 'gpt-5.2'], url: '/models/gpt-5-2/' };
const codex52 = { name: 'GPT-5.2-Codex', aliases: ['GPT 5.2 Codex'], url: '/models/gpt-5-2-codex/' };
const humaneval = { name: 'HumanEval', aliases: ['Human Eval', 'CTF'], url: '/benchmarks/humaneval/' };
const ctf = { name: 'Cybersecurity Capture The Flag Challenges', aliases: ['CTF'], url: '/benchmarks/cybersecurity-ctf/' };
const ids = new Map([
  ['/models/gpt-5-2/', 'en_a'],
  ['/models/gpt-5-2-codex/', 'en_b'],
  ['/benchmarks/humaneval/', 'en_c'],
  ['/benchmarks/cybersecurity-ctf/', 'en_d'],
]);

describe('best bets: a query that names an entity exactly puts its page first', () => {
  test('an entity is named by its name, aliases and their variants, spelled as queries', () => {
    const q = exactNameQueries(humaneval);
    expect(q).toEqual([...new Set(q)].sort());
    expect(q).toEqual(expect.arrayContaining(['humaneval', 'human eval', 'ctf']));
    expect(q).not.toContain('');
  });

  test('the table maps every such query to the page’s result id, and drops a name two entities share', () => {
    const table = bestBetTable([gpt52, codex52, humaneval, ctf], ids);
    expect(table['gpt 5.2']).toBe('en_a');
    expect(table['gpt 5.2 codex']).toBe('en_b');
    expect(table['human eval']).toBe('en_c');
    expect(table.ctf).toBeUndefined();
    expect(Object.keys(table)).toEqual(Object.keys(table).sort());
  });

  test('an entity whose page was not indexed has no best bet', () => {
    expect(bestBetTable([gpt52], new Map())).toEqual({});
  });

  test('promoting moves the page first, however the query was typed; anything else is left alone', () => {
    const table = bestBetTable([gpt52, codex52], ids);
    const results = () => [{ id: 'en_b' }, { id: 'en_x' }, { id: 'en_a' }];
    const typed = (q: string) => {
      const r = results();
      promoteBestBet(r, normalizeQuery(q), table);
      return r.map((x) => x.id);
    };
    expect(typed('GPT\u20115.2')).toEqual(['en_a', 'en_b', 'en_x']);
    expect(typed('gpt 5.2')).toEqual(['en_a', 'en_b', 'en_x']);
    expect(typed('gpt 5.2 osworld')).toEqual(['en_b', 'en_x', 'en_a']);
    expect(typed('gpt 5.2 codex')).toEqual(['en_b', 'en_x', 'en_a']);
    expect(typed('constructor')).toEqual(['en_b', 'en_x', 'en_a']);
  });
});
