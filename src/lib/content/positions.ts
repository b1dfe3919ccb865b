/**
 * Where things are in a content file, from the `yaml` package's own parser: a LineCounter and the
 * node ranges of the parsed document. The validator validates the data the reader parsed; the reader takes
 * a source's data and its claims' lines from one parse (parseWithPositions), and this module parses a file
 * again only to locate a problem (keys, list items, syntax errors).
 */
import { type Document, isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';

/** A 1-based line and column; 0 when unknown. */
export interface Position {
  line: number;
  column: number;
}

/** No known position. */
export const NOWHERE: Position = { line: 0, column: 0 };

/** A YAML syntax error with its position. */
export interface YamlSyntaxError extends Position {
  /** The parser's own message, without position. */
  message: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** A map key as the parsed data spells it: an empty or null key becomes "" (as in the data), a non-scalar key null. */
function keyText(key: unknown): string | null {
  if (key === null || key === undefined) return '';
  return isScalar(key) ? String(key.value ?? '') : null;
}

/** The positions of one file's YAML: the whole file (.yaml) or the frontmatter block (.mdx/.md). */
export class YamlPositions {
  /** The first syntax error, or null when the YAML parses. */
  readonly error: YamlSyntaxError | null;
  private readonly doc: Document;
  private readonly lines = new LineCounter();
  /** Lines of the file before the YAML starts (1 for the opening "---" of frontmatter). */
  private readonly lineOffset: number;

  constructor(file: string, text: string) {
    const yamlFile = file.endsWith('.yaml') || file.endsWith('.yml');
    const match = yamlFile ? null : FRONTMATTER.exec(text);
    const yaml = yamlFile ? text : (match?.[1] ?? '');
    this.lineOffset = yamlFile || !match ? 0 : 1;
    const doc = parseDocument(yaml, { lineCounter: this.lines, prettyErrors: false });
    this.doc = doc;
    const first = doc.errors[0];
    this.error = first ? { message: first.message, ...this.at(first.pos[0]) } : null;
  }

  /** The data, as yaml's `parse()` returns it (an empty document is {}); undefined when the YAML has errors or warnings. */
  data(): unknown {
    if (this.doc.errors.length > 0 || this.doc.warnings.length > 0) return undefined;
    return this.doc.toJS() ?? {};
  }

  /** The position of a character offset in the YAML. */
  private at(offset: number): Position {
    const { line, col } = this.lines.linePos(offset);
    return { line: line + this.lineOffset, column: col };
  }

  /** The node at `path` (map keys and list indexes), with the position of its key when it has one. */
  private find(path: readonly (string | number)[]): { node: unknown; key: Position | null } | null {
    let node: unknown = this.doc.contents;
    let key: Position | null = null;
    for (const step of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => keyText(p.key) === String(step));
        if (!pair) return null;
        // An empty key (": x") has no key node: the pair is located where its value starts.
        const written = isScalar(pair.key) && pair.key.range ? pair.key : (pair.value as Node | null);
        key = written?.range ? this.at(written.range[0]) : null;
        node = pair.value;
      } else if (isSeq(node) && typeof step === 'number') {
        node = node.items[step];
        key = null;
        if (node === undefined) return null;
      } else return null;
    }
    return { node, key };
  }

  /** Where the value at `path` is written: its key's position, or where the node starts (a list item); null when absent. */
  of(path: readonly (string | number)[]): Position | null {
    const found = this.find(path);
    if (!found) return null;
    if (found.key) return found.key;
    const range = (found.node as Node | null)?.range;
    return range ? this.at(range[0]) : null;
  }
}

/**
 * Parses a file's YAML once for both its data and its positions: the data exactly as yaml's `parse()`
 * returns it (an empty document is {}). Null when the YAML has errors or warnings, whose messages the
 * reader takes from `parse()` itself.
 */
export function parseWithPositions(file: string, text: string): { data: unknown; positions: YamlPositions } | null {
  const positions = new YamlPositions(file, text);
  const data = positions.data();
  return data === undefined ? null : { data, positions };
}

/**
 * Parsing YAML with positions costs about 10 ms per 20 kB, and most files do not change between two
 * validations (dev reloads, the build's integrations, the mutation test's thousands of runs), so the
 * positions of the last few hundred files are kept, keyed by path and text.
 */
const CACHE = new Map<string, YamlPositions>();
const CACHE_SIZE = 256;

/** The positions of a file's YAML, parsed once per distinct text. */
export function positionsOf(file: string, text: string): YamlPositions {
  const key = `${file}\u0000${text}`;
  let found = CACHE.get(key);
  if (found) return found;
  found = new YamlPositions(file, text);
  if (CACHE.size >= CACHE_SIZE) CACHE.delete(CACHE.keys().next().value ?? '');
  CACHE.set(key, found);
  return found;
}

/** The line of claim `index` of a source file: its `id:` key, else where the item starts (0 when unknown). */
export function claimLine(positions: YamlPositions, index: number): number {
  return (positions.of(['claims', index, 'id']) ?? positions.of(['claims', index]) ?? positions.of(['claims']) ?? NOWHERE).line;
}
