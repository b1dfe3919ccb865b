/** Rule: editors' notes (content/notes/*.mdx): their shape, and that each explains a finding the engine computed. */
import { noteSchema } from '../../../schemas/note.ts';
import { type ContentError, show, suggest } from '../errors.ts';
import { openFile } from '../file.ts';
import { NOWHERE, positionsOf } from '../positions.ts';
import type { PreparedSnapshot } from '../quote.ts';
import { reporter } from '../report.ts';
import type { Note, RawEntry } from '../types.ts';
import { parseShape } from '../zod-issues.ts';
import { anySnapshot, checkBodyQuotes } from './prose-quotes.ts';
import { checkSyntax } from './syntax.ts';

/** Validates the notes' frontmatter and their quoted text (against the snapshots, folded once by the caller); returns the valid notes. */
export function validateNotesShape(entries: readonly RawEntry[], errors: ContentError[], snapshots: readonly PreparedSnapshot[]): Note[] {
  const notes: Note[] = [];
  for (const entry of entries) {
    const file = openFile(entry, errors);
    if (checkSyntax(entry, file)) continue;
    checkBodyQuotes(entry, anySnapshot(snapshots, 'The note'), errors);
    const parsed = parseShape(noteSchema, entry.data, 'the frontmatter', file.report, file.locate);
    if (parsed) notes.push({ id: entry.id, finding: parsed.finding, title: parsed.title ?? null, file: entry.file });
  }
  return notes;
}

/** Checks that every note points at a finding the engine computed; `texts` maps files to their text. Returns the errors. */
export function validateNotes(notes: readonly Note[], findingIds: ReadonlySet<string>, texts: ReadonlyMap<string, string>): ContentError[] {
  const errors: ContentError[] = [];
  for (const n of notes) {
    if (findingIds.has(n.finding)) continue;
    const positions = positionsOf(n.file, texts.get(n.file) ?? '');
    reporter(
      errors,
      n.file,
      null,
    )(
      {
        field: 'finding',
        message: `The note explains finding ${show(n.finding)}, which the engine no longer finds.`,
        expected: 'the id of a current finding (listed at /discrepancies/ and in /data/discrepancies.json)',
        got: show(n.finding),
        hint: `${suggest(n.finding, [...findingIds], 'finding', '')} If the discrepancy is gone, delete the note.`,
      },
      positions.of(['finding']) ?? NOWHERE,
    );
  }
  return errors;
}
