/**
 * Quotes in context in the built site: /data/claims.json carries each quote's surrounding text exactly as
 * the snapshot has it, and a table figure's claim page shows its row with the figure and its column header
 * highlighted (issue #12, mechanism 2).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mainSite } from './main-site.ts';

interface Row {
  id: string;
  source: string;
  spanStart: number;
  spanEnd: number;
  contextBefore: string | null;
  contextAfter: string | null;
  row: string[] | null;
  columnHeader: string | null;
}

const dist = mainSite();
const rows = JSON.parse(readFileSync(join(dist, 'data/claims.json'), 'utf8')) as Row[];

describe('quotes in context', () => {
  it("every row's context is the snapshot's own text right before and after its span", () => {
    for (const r of rows) {
      const text = readFileSync(join('content/sources', r.source, 'snapshot.txt'), 'utf8');
      expect(r.contextBefore, `${r.id}: no context is null, never ""`).not.toBe('');
      expect(r.contextAfter, `${r.id}: no context is null, never ""`).not.toBe('');
      const before = r.contextBefore ?? '';
      const after = r.contextAfter ?? '';
      expect(text.slice(r.spanStart - before.length, r.spanStart), r.id).toBe(before);
      expect(text.slice(r.spanEnd, r.spanEnd + after.length), r.id).toBe(after);
    }
    expect(rows.filter((r) => r.contextBefore !== null && r.contextAfter !== null).length).toBeGreaterThan(rows.length / 2);
  });

  it('a figure of the OpenAI appendix carries its row and the model above its column', () => {
    const r = rows.find((x) => x.id === 'openai-introducing-gpt-5-3-codex/terminal-bench-gpt-5-2-codex');
    expect([r?.row, r?.columnHeader]).toEqual([['Terminal-Bench 2.0', '77.3%', '64.0%', '62.2%'], 'GPT-5.2-Codex (xhigh)']);
  });

  it('its claim page shows the row, the figure and its column header highlighted', () => {
    const html = readFileSync(join(dist, 'claims/openai-introducing-gpt-5-3-codex/terminal-bench-gpt-5-2-codex/index.html'), 'utf8');
    const table = /<table class="quote-context[^"]*"[^>]*>([\s\S]*?)<\/table>/.exec(html)?.[1] ?? '';
    expect([...table.matchAll(/<mark[^>]*>([^<]*)<\/mark>/g)].map((m) => m[1])).toEqual(['GPT-5.2-Codex (xhigh)', '64.0%']);
    expect(table).toContain('Terminal-Bench 2.0');
  });
});
