/** The validator's input (content as read from disk) and output (typed content). */
import type { z } from 'zod';
import type { noteRecordSchema } from '../../schemas/note.ts';
import type { Claim, Entity, Property, Source } from '../types.ts';

/** One content file as read from disk. */
export interface RawEntry {
  /** Repository-relative path. */
  file: string;
  /** Id derived from the file name (or folder name for sources). */
  id: string;
  /** The whole file as text (for positions). */
  text: string;
  /** Parsed frontmatter or YAML data. */
  data: unknown;
  /** The MDX body (empty for YAML files). */
  body: string;
}

/** A source entry plus its snapshot. */
export interface RawSource extends RawEntry {
  /** Repository-relative path of snapshot.txt. */
  snapshotFile: string;
  /** Snapshot text, null when the file is missing. */
  snapshot: string | null;
  /** sha256 of the snapshot's bytes, null when missing. */
  snapshotSha256: string | null;
  /**
   * The line of each claim (its `id:`, see claimLine), taken by the reader from the parse that gave `data`;
   * absent when the entry was not read from disk, and the validator then parses the file again for them.
   */
  claimLines?: readonly number[];
}

/** Everything under content/, as read from disk. */
export interface RawContent {
  sources: RawSource[];
  models: RawEntry[];
  benchmarks: RawEntry[];
  organizations: RawEntry[];
  products: RawEntry[];
  properties: RawEntry[];
  notes: RawEntry[];
}

/** An editor's note attached to a finding. */
export type Note = z.output<typeof noteRecordSchema>;

/** A `<Cite claim="..." />` found in an MDX body. */
export interface Citation {
  /** The file the citation is in. */
  file: string;
  /** 1-based line. */
  line: number;
  /** The cited claim id. */
  claim: string;
}

/** Validated content. */
export interface Content {
  sources: Source[];
  claims: Claim[];
  entities: Entity[];
  properties: Property[];
  notes: Note[];
  citations: Citation[];
}
