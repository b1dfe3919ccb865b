/** Verdict badges come only from what sources say: "agrees" needs a vendor figure; peers agreeing while the vendor is silent are "corroborated". */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/lib/engine/index.ts';
import { input, score } from './fixtures.ts';

describe('agreement verdicts', () => {
  it('calls two sources agreeing on a figure the vendor never states "corroborated", not "agrees"', () => {
    const a = score('press', 'claude', 'terminal-bench-2-0', '60.1', { id: 'claude-press' });
    const b = score('blog', 'claude', 'terminal-bench-2-0', '60.1', { id: 'claude-blog' });
    const { verdicts } = analyze(input([a, b]));
    expect(verdicts['press/claude-press']?.verdict).toBe('corroborated');
    expect(verdicts['blog/claude-blog']?.verdict).toBe('corroborated');
  });

  it('keeps "agrees" where the vendor states the same figure', () => {
    const v = score('vendor', 'claude', 'terminal-bench-2-0', '60.1', { id: 'claude-vendor' });
    const b = score('blog', 'claude', 'terminal-bench-2-0', '60.1', { id: 'claude-blog-2' });
    expect(analyze(input([v, b])).verdicts['blog/claude-blog-2']?.verdict).toBe('agrees');
  });
});
