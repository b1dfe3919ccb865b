/** A quote shown in its context, as review shows a draft or a coverage suggestion. Pure. */
import { passages, type Span } from '../content/span.ts';

/** The sentence around a span, for showing a quote in context: the passage(s) it overlaps, widened by one on each side. */
export function contextOf(snapshot: string, span: Span): string {
  const all = passages(snapshot);
  const i = all.findIndex((p) => p.end > span.start);
  const j = all.findLastIndex((p) => p.start < span.end);
  const from = all[Math.max(0, (i === -1 ? 0 : i) - 1)]?.start ?? span.start;
  const to = all[Math.min(all.length - 1, (j === -1 ? all.length - 1 : j) + 1)]?.end ?? span.end;
  return snapshot.slice(Math.min(from, span.start), Math.max(to, span.end));
}

/** The quote marked »…« inside its context (contextOf), as review shows a draft or a suggestion; the quote alone when the context cannot be placed. */
export function markedInContext(snapshot: string, span: Span, quote: string): string {
  const context = contextOf(snapshot, span);
  const from = snapshot.indexOf(context);
  const at = from === -1 ? -1 : span.start - from;
  return at < 0 ? `»${quote}«` : `${context.slice(0, at)}»${quote}«${context.slice(at + (span.end - span.start))}`;
}
