/**
 * Plain data types shared by the engine, the validator, the export and the pages.
 * No Astro imports: everything here is plain JSON-able data.
 */

/** What kind of publication a source is; its reliability tier is derived from this. */
export type SourceKind = 'vendor' | 'press' | 'reference' | 'wiki' | 'glossary' | 'blog' | 'marketing';

/** Reliability tier: 1 is the vendor's own primary source, 4 is promotional material. */
export type Tier = 1 | 2 | 3 | 4;

/** A published document, archived as a byte-identical snapshot. */
export interface Source {
  /** Stable id, used in URLs: the folder name under content/sources/. */
  slug: string;
  /** The title as the document states it (or a neutral description when it has none). */
  title: string;
  /** Who published it, only when the text says; null means "not stated". */
  publisher: string | null;
  /** URL, only when the text states it; null means "not stated". */
  url: string | null;
  /** Publication date (YYYY-MM-DD, YYYY-MM or YYYY), only when the text states it. */
  published: string | null;
  /** When the snapshot was captured, null if unknown. */
  retrieved: string | null;
  /** Kind of publication. */
  kind: SourceKind;
  /** Reliability tier, derived from `kind`. */
  tier: Tier;
  /** The editor's reasoning for the kind and tier. */
  tierRationale: string;
  /** sha256 (hex) of snapshot.txt. */
  sha256: string;
  /** One-sentence description in the editors' own words, for lists and meta descriptions. */
  description: string;
  /** Repository-relative path of the source's index.mdx. */
  file: string;
}

/** Entity kinds that a claim may be about. */
export type EntityKind = 'model' | 'benchmark' | 'organization' | 'product';

/** Anything a claim can be about: a model, a benchmark, an organization or a product. */
export interface Entity {
  /** Stable id used in URLs and in claims' `subject`. */
  id: string;
  /** What the entity is. */
  kind: EntityKind;
  /** Display name. */
  name: string;
  /** Other spellings people use (for search and for matching in text). */
  aliases: string[];
  /** One-sentence description in the editors' own words. */
  description: string;
  /** Model: organization id of the vendor. Product: organization id of the maker. */
  vendor?: string | null;
  /** Model: family name, e.g. "GPT-5 Codex". */
  family?: string | null;
  /** Model: id of the model it succeeds, if any. */
  predecessor?: string | null;
  /** Benchmark: what it measures, in one sentence. */
  measures?: string;
  /** Benchmark: unit of its scores, from the unit registry (usually "%"). */
  unit?: string;
  /** Benchmark: whether a higher score is better. */
  higherIsBetter?: boolean;
  /** Repository-relative path of the entity's file. */
  file: string;
}

/** Value types a property may have. `number` admits exact, bound, approximate and range forms. */
export type ValueType = 'number' | 'text' | 'enum' | 'boolean' | 'date';

/** An entry of the property registry (content/properties/<id>.yaml). */
export interface Property {
  /** Stable id, used in claims' `property`. */
  id: string;
  /** Human label. */
  label: string;
  /** The value type every claim of this property must have. */
  valueType: ValueType;
  /** Text properties only: one name, not a description, so two different texts contradict (absent means false). */
  singleValued?: boolean;
  /** The value names the subject's developer, so a vendor claim naming the vendor makes the subject the vendor's own (absent means false). */
  identifiesDeveloper?: boolean;
  /** Order relations only: the order each value claims between the two figures (">" ahead, "=" level, "<" behind; absent means none). */
  valueOrder?: Readonly<Record<string, '>' | '=' | '<'>>;
  /** Canonical unit (from the unit registry) for number properties; null otherwise. */
  unit: string | null;
  /** Allowed values for enum properties. */
  values: string[];
  /** Qualifier keys a claim of this property must carry (e.g. benchmark for benchmark-score). */
  requiredQualifiers: string[];
  /** What the property means, in one sentence. */
  description: string;
  /**
   * For comparative properties ("nearly doubled", "outperforms", "25% faster"): the id of the
   * property whose figures the comparison relates (e.g. "benchmark-score"); null otherwise.
   */
  compares: string | null;
  /** How a comparative value relates the two figures: their ratio, their order, or their percent change. */
  relation: 'ratio' | 'order' | 'percent-change' | null;
}

/**
 * A typed value, as the source states it.
 * `decimals` is the stated precision (77.3 has 1) so rounding can be judged.
 */
export type Value =
  | { type: 'number'; value: number; decimals: number }
  | { type: 'bound'; op: '>' | '>=' | '<' | '<='; value: number; decimals: number }
  | { type: 'approx'; value: number; decimals: number }
  | { type: 'range'; min: number; max: number; decimals: number }
  | { type: 'text'; value: string }
  | { type: 'boolean'; value: boolean }
  | { type: 'date'; value: string };

/** One checkable statement made by one source, with its verbatim quote. */
export interface Claim {
  /** Global, stable id: "<source slug>/<local id>"; its permalink is /claims/<source>/<local>/. */
  id: string;
  /** The id as written in the source file, unique within the source. */
  localId: string;
  /** Slug of the source that makes the claim. */
  source: string;
  /** Entity id the claim is about. */
  subject: string;
  /** Property id from the registry. */
  property: string;
  /** Qualifiers such as benchmark, effort, variant, metric, channel, comparedTo, condition. */
  qualifiers: Record<string, string>;
  /** The typed value. */
  value: Value;
  /** The value exactly as the editor wrote it in the frontmatter. */
  raw: string;
  /** Unit of the value (from the unit registry), or null for non-numeric values. */
  unit: string | null;
  /** Verbatim quote from the snapshot. */
  quote: string;
  /** The part of the quote that states the figure (for highlighting); a substring of `quote`. */
  figure: string | null;
  /** Optional editor's note. */
  note: string | null;
  /** Repository-relative file the claim is written in. */
  file: string;
  /** 1-based line of the claim's `id:` in that file (0 when unknown). */
  line: number;
}
