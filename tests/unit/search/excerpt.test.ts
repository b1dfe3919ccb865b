import { describe, expect, test } from 'vitest';
import { leadLength, recordLead } from '../../../src/lib/search/excerpt.ts';

const claimMeta = { title: 'GPT-5.3-Codex: Benchmark score (Terminal-Bench 2.0)', value: '77.3%' };
const lead = recordLead('Claim', claimMeta);

describe('excerpts leave out what the card already shows', () => {
  test('a record opens with its title (and a claim with its value)', () => {
    expect(lead).toBe('GPT-5.3-Codex: Benchmark score (Terminal-Bench 2.0): 77.3%. ');
    expect(recordLead('Finding', { title: 'Misattribution · GPT-5.2: Benchmark score' })).toBe(
      'Misattribution · GPT-5.2: Benchmark score. ',
    );
    expect(recordLead('Model', { title: 'GPT-5.3-Codex' })).toBe('');
    expect(recordLead('Claim', { title: 'x' })).toBe('');
  });

  test('the whole opening, or the end of it where the excerpt window starts inside it', () => {
    const excerpt = `${lead}Reasoning effort xhigh. “Terminal-Bench 2.0 77.3% 64.0% 62.2%”`;
    expect(excerpt.slice(leadLength(excerpt, lead))).toBe('Reasoning effort xhigh. “Terminal-Bench 2.0 77.3% 64.0% 62.2%”');
    const inside = 'score (Terminal-Bench 2.0): 77.3%. Reasoning effort xhigh.';
    expect(inside.slice(leadLength(inside, lead))).toBe('Reasoning effort xhigh.');
  });

  test('an excerpt that is all opening is dropped whole; anything else is kept', () => {
    expect(leadLength('GPT-5.3-Codex: Benchmark score', lead)).toBe('GPT-5.3-Codex: Benchmark score'.length);
    expect(leadLength('The terminal skills a coding agent needs.', lead)).toBe(0);
    expect(leadLength('77.3%. Reasoning', lead)).toBe(0); // too short a tail to be sure
    expect(leadLength('anything', '')).toBe(0);
  });
});
