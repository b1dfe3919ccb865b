/** One content file opened for checking: its YAML positions and a reporter that locates fields in it. */
import type { ContentError } from './errors.ts';
import { NOWHERE, type Position, YamlPositions } from './positions.ts';
import { type Report, reporter } from './report.ts';
import type { RawEntry } from './types.ts';

/** A file being checked. */
export interface OpenFile {
  positions: YamlPositions;
  /** The position of a top-level field (NOWHERE when absent). */
  locate: (field: string) => Position;
  /** Reports a problem in the file, at its field's position. */
  report: Report;
}

/** Opens a file for checking; problems go to `errors`. */
export function openFile(entry: RawEntry, errors: ContentError[]): OpenFile {
  const positions = new YamlPositions(entry.file, entry.text);
  const locate = (field: string): Position => positions.of([field.split('.')[0] ?? field]) ?? NOWHERE;
  return { positions, locate, report: reporter(errors, entry.file, null, locate) };
}
