/** Dated cards of a page's layout (src/lib/editor/cards.ts): a date alone on its line and the title beside it. */
import { describe, expect, it } from 'vitest';
import { cardOf } from '../../../src/lib/editor/cards.ts';

const NAMES: Record<string, string> = {
  'GPT-5.3-Codex System Card': 'gpt-5-3-codex-system-card',
  'GPT-5.3-Codex': 'gpt-5-3-codex',
  'GPT-5.2-Codex': 'gpt-5-2-codex',
  'Codex app': 'codex-app',
  OpenAI: 'openai',
};
const entitiesIn = (t: string) => {
  const found: string[] = [];
  let rest = t;
  for (const [name, id] of Object.entries(NAMES))
    if (rest.includes(name)) {
      found.push(id);
      rest = rest.replaceAll(name, ' ');
    }
  return found;
};
const isDateLine = (t: string) => /^(Feb|Dec|February) \d+, \d{4}$/.test(t);
const card = (snapshot: string, date: string) => {
  const start = snapshot.indexOf(date);
  const c = cardOf(snapshot, { start, end: start + date.length }, isDateLine, entitiesIn);
  return c && { subject: c.subject, quote: snapshot.slice(c.span.start, c.span.end), words: c.words };
};

describe('cardOf', () => {
  const list =
    'Keep reading\nView all\nGPT-5.3-Codex System Card\n\nPublication\nFeb 5, 2026\n\nIntroducing the Codex app\n\nProduct\nFeb 2, 2026\n\nIntroducing GPT-5.2-Codex\n\nProduct\nDec 18, 2025\n\nOur Research';
  it('takes the title above each date of a list, never past the card before it', () => {
    expect(card(list, 'Feb 5, 2026')).toEqual({
      subject: 'gpt-5-3-codex-system-card',
      quote: 'GPT-5.3-Codex System Card\n\nPublication\nFeb 5, 2026',
      words: 'Publication\nGPT-5.3-Codex System Card',
    });
    expect(card(list, 'Feb 2, 2026')).toMatchObject({ subject: 'codex-app', quote: 'Introducing the Codex app\n\nProduct\nFeb 2, 2026' });
    expect(card(list, 'Dec 18, 2025')).toMatchObject({
      subject: 'gpt-5-2-codex',
      quote: 'Introducing GPT-5.2-Codex\n\nProduct\nDec 18, 2025',
    });
  });
  it('looks below the date when the title above names several entities', () => {
    const header =
      'Introducing GPT-5.3-Codex | OpenAI\nTable of contents\n\nFebruary 5, 2026\n\nProduct\nRelease\nIntroducing GPT-5.3-Codex\n\nA sentence follows.';
    expect(card(header, 'February 5, 2026')).toEqual({
      subject: 'gpt-5-3-codex',
      quote: 'February 5, 2026\n\nProduct\nRelease\nIntroducing GPT-5.3-Codex',
      words: 'Product\nRelease\nIntroducing GPT-5.3-Codex',
    });
  });
  it('is no card when no short line beside the date names one entity, or the date stands in a sentence', () => {
    expect(card('Posted by the team\n\nFeb 5, 2026\n\nWe shipped it today. GPT-5.3-Codex is out.', 'Feb 5, 2026')).toBeNull();
    expect(card('GPT-5.3-Codex\nIt shipped on Feb 5, 2026 to everyone', 'Feb 5, 2026')).toBeNull();
  });
});
