/**
 * Dated cards of a page's layout, for the drafter (draft.ts): a date alone on its line, with a title and a label on
 * short lines beside it ("Introducing the Codex app / Product / Feb 2, 2026" in a "Keep reading" list; a post's
 * header "February 5, 2026 / Product / Release / Introducing GPT-5.3-Codex"). The date is the card's, and the card's
 * title names what it is about. Pure.
 */
import type { Span } from '../content/span.ts';

/** A dated card: the span from its title line to its date line (either order), and the title's one entity. */
export interface Card {
  span: Span;
  subject: string;
  /** The card's lines other than the date (title and labels), where the property's terms are looked for. */
  words: string;
}

/** How far from its date a card's title may stand, in non-blank lines. */
const REACH = 4;

/** A line of a card: short, no sentence inside it, not ending a sentence. */
const isCardLine = (text: string) => text.length <= 60 && text.split(/\s+/).length <= 8 && !/[.!?;:,]$/.test(text);

/**
 * The card a date alone on its line belongs to: the nearest short line naming an entity, looked for first above the
 * date (titles stand above their dates), then below, never past another date, a blank-free sentence or `REACH` lines.
 * A title line naming several entities ("Introducing GPT-5.3-Codex | OpenAI") decides nothing on its side. Null
 * when no side has a title naming exactly one entity.
 */
export function cardOf(
  snapshot: string,
  date: Span,
  isDateLine: (text: string) => boolean,
  entitiesIn: (text: string) => string[],
): Card | null {
  const lines: Span[] = [];
  let at = 0;
  for (const line of snapshot.split('\n')) {
    lines.push({ start: at, end: at + line.length });
    at += line.length + 1;
  }
  const text = (l: Span) => snapshot.slice(l.start, l.end).trim();
  const here = lines.findIndex((l) => l.start <= date.start && date.end <= l.end);
  const line = lines[here];
  if (!line || text(line) !== snapshot.slice(date.start, date.end).trim()) return null;
  for (const step of [-1, 1]) {
    const seen: Span[] = [];
    for (let i = here + step; i >= 0 && i < lines.length && seen.length < REACH; i += step) {
      const l = lines[i] as Span;
      const t = text(l);
      if (t === '') continue;
      if (isDateLine(t) || !isCardLine(t)) break;
      seen.push(l);
      const ids = [...new Set(entitiesIn(t))];
      if (ids.length === 0) continue;
      if (ids.length > 1) break;
      const first = step < 0 ? l : line;
      const last = step < 0 ? line : l;
      const trimmed = (s: Span) => s.start + (snapshot.slice(s.start, s.end).length - snapshot.slice(s.start, s.end).trimStart().length);
      const end = last.end - (snapshot.slice(last.start, last.end).length - snapshot.slice(last.start, last.end).trimEnd().length);
      return { span: { start: trimmed(first), end }, subject: ids[0] as string, words: seen.map(text).join('\n') };
    }
  }
  return null;
}
