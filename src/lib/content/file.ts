/** One content file opened for checking: its YAML positions and a reporter that locates fields in it. */
import type { ContentError } from './errors.ts';
import { NOWHERE, type Position, positionsOf, type YamlPositions } from './positions.ts';
import { type Report, reporter } from './report.ts';
import type { RawEntry } from './types.ts';

/** A file being checked. */
export interface OpenFile {
  /** The file's YAML positions, parsed on first use (most files have no problem to locate). */
  readonly positions: YamlPositions;
  /** The position of a top-level field (NOWHERE when absent). */
  locate: (field: string) => Position;
  /** Reports a problem in the file, at its field's position. */
  report: Report;
}

/** Opens a file for checking; problems go to `errors`. */
export function openFile(entry: RawEntry, errors: ContentError[]): OpenFile {
  let parsed: YamlPositions | null = null;
  const file: OpenFile = {
    get positions(): YamlPositions {
      parsed ??= positionsOf(entry.file, entry.text);
      return parsed;
    },
    locate: (field: string): Position => file.positions.of([field.split('.')[0] ?? field]) ?? NOWHERE,
    report: reporter(errors, entry.file, null, (field) => file.locate(field)),
  };
  return file;
}
