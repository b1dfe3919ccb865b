/** The claim page's quote in context (src/view/quote-context.ts), on literal snapshots. */
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/lib/types.ts';
import { quoteContextView } from '../../../src/view/quote-context.ts';
import { capturedTable } from '../content/captured-table.ts';
import { claim, property } from './site.ts';

const props = [property('benchmark-score', 'number', { unit: '%' })];

/** A claim of source `s` quoting `quote` at its only place in `snapshot`, `figure` marked. */
function quoted(snapshot: string, quote: string, figure: string | null): Claim {
  const start = snapshot.indexOf(quote);
  if (start === -1) throw new Error(`"${quote}" is not in the fixture`);
  return { ...claim(props, 's', 'c', 'm', 'benchmark-score', '1', {}, quote), span: { start, end: start + quote.length }, figure };
}

describe('quoteContextView', () => {
  it('shows the sentence before and after a quote, whitespace runs tidied for display', () => {
    const text = 'Intro  here.\n\nIt is \u201cfast\u201d. The next one.\nLast.';
    const view = quoteContextView(quoted(text, 'It is \u201cfast\u201d.', null), new Map([['s', text]]));
    expect(view).toEqual({ before: 'Intro here.\n', quote: 'It is \u201cfast\u201d.', after: ' The next one.', table: null });
  });

  it("shows a table figure's header row and row, the figure's cell and its column header in focus", () => {
    const text = capturedTable('Results', [
      ['', 'Model A', 'Model B'],
      ['Bench', '77.3%', '64.0%'],
    ]);
    const row = text.slice(text.indexOf('Bench'));
    const view = quoteContextView(quoted(text, row, '64.0%'), new Map([['s', text]]));
    expect(view?.table).toEqual({
      header: [
        { text: '', focus: false },
        { text: 'Model A', focus: false },
        { text: 'Model B', focus: true },
      ],
      row: [
        { text: 'Bench', focus: false },
        { text: '77.3%', focus: false },
        { text: '64.0%', focus: true },
      ],
    });
  });

  it('is null when the source has no snapshot', () => {
    expect(quoteContextView(quoted('x.', 'x.', null), new Map())).toBeNull();
  });
});
