/** The rule for qualifier notes (content/properties/<id>.yaml qualifierNotes): each quotes its source's own words. */
import { type ContentError, show } from '../errors.ts';
import { foldText, occursIn } from '../span.ts';
import type { Content } from '../validate.ts';

/** Qualifier notes (content/properties/<id>.yaml qualifierNotes) whose source is unknown or whose quote is not in its snapshot. */
export function qualifierNoteErrors(content: Content, snapshots: ReadonlyMap<string, string>): ContentError[] {
  return content.properties.flatMap((p) =>
    Object.entries(p.qualifierNotes).flatMap(([key, note]): ContentError[] => {
      const snapshot = snapshots.get(note.source);
      const problem =
        snapshot === undefined
          ? {
              got: show(note.source),
              expected: 'the slug of a source with a snapshot',
              hint: 'name a folder of content/sources/ that has a snapshot.txt.',
            }
          : occursIn(note.quote, foldText(snapshot))
            ? null
            : {
                got: show(note.quote),
                expected: `words found in content/sources/${note.source}/snapshot.txt`,
                hint: 'copy the sentence from the snapshot as it stands.',
              };
      if (!problem) return [];
      const file = `content/properties/${p.id}.yaml`;
      const message = `The note on qualifier "${key}" must quote its source's own words.`;
      return [{ file, line: 0, column: 0, claim: null, field: `qualifierNotes.${key}`, message, ...problem }];
    }),
  );
}
