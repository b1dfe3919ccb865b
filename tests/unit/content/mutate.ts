/**
 * Mutations of the real content for the property-based test (mutation-run.ts, run in shards by mutations-<n>.test.ts): each takes one file's
 * bytes and returns new bytes, the way an editor (or a broken tool) could leave the file.
 */
import fc from 'fast-check';
import { parseDocument } from 'yaml';

/** One kind of mistake; the kinds are listed in KINDS. */
export type Kind =
  | 'delete-field'
  | 'duplicate-field'
  | 'change-type'
  | 'huge-value'
  | 'truncate-quote'
  | 'alter-quote'
  | 'whitespace-quote'
  | 'corrupt-yaml'
  | 'bom'
  | 'crlf'
  | 'non-utf8'
  | 'snapshot-byte';

/** Every kind, in the order the report lists them. */
export const KINDS: readonly Kind[] = [
  'delete-field',
  'duplicate-field',
  'change-type',
  'huge-value',
  'truncate-quote',
  'alter-quote',
  'whitespace-quote',
  'corrupt-yaml',
  'bom',
  'crlf',
  'non-utf8',
  'snapshot-byte',
];

/** A mutation: its kind and the random choices it needs (each a fraction in [0, 1) or an index). */
export interface Mutation {
  kind: Kind;
  /** Which file: an index into the target list (taken modulo its length). */
  file: number;
  /** Random choices, used in order by the mutation. */
  picks: number[];
}

export const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom(...KINDS),
  file: fc.nat(),
  picks: fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { minLength: 4, maxLength: 4 }),
});

const FRONTMATTER = /^(---\r?\n)([\s\S]*?)(\r?\n---(?:\r?\n|$))/;

/** The YAML part of a file: the whole text for .yaml, the frontmatter for .mdx/.md. */
function yamlPart(file: string, text: string): { before: string; yaml: string; after: string } | null {
  if (file.endsWith('.yaml') || file.endsWith('.yml')) return { before: '', yaml: text, after: '' };
  const match = FRONTMATTER.exec(text);
  if (!match) return null;
  return { before: match[1] ?? '', yaml: match[2] ?? '', after: (match[3] ?? '') + text.slice(match[0].length) };
}

const pick = <T>(items: readonly T[], r: number): T | undefined => items[Math.floor(r * items.length)];

/** Every key path in the YAML: top-level keys and the keys of each claim. */
function keyPaths(data: unknown): (string | number)[][] {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return [];
  const paths: (string | number)[][] = Object.keys(data).map((k) => [k]);
  const claims = (data as { claims?: unknown }).claims;
  if (Array.isArray(claims))
    claims.forEach((c, i) => {
      if (c && typeof c === 'object') for (const k of Object.keys(c)) paths.push(['claims', i, k]);
    });
  return paths;
}

/** Values of another type than most fields expect. */
const OTHER_TYPES: unknown[] = [42, -1.5, true, false, null, [], ['a', 1], { a: 1 }, '', 'text', '2026-02-30', 0];
/** Values far too big. */
const HUGE: unknown[] = ['x'.repeat(200_000), 1e308, '9'.repeat(400), Array.from({ length: 5000 }, (_, i) => `a${i}`)];

type Doc = ReturnType<typeof parseDocument>;
const PARSED = new Map<string, { doc: Doc; data: unknown } | null>();

/** A fresh copy of the file's parsed YAML (parsed once per distinct text), or null when it does not parse. */
function parsed(yaml: string): { doc: Doc; data: unknown } | null {
  if (!PARSED.has(yaml)) {
    const doc = parseDocument(yaml);
    PARSED.set(yaml, doc.errors.length > 0 ? null : { doc, data: doc.toJS() });
  }
  const found = PARSED.get(yaml);
  return found ? { doc: found.doc.clone(), data: found.data } : null;
}

/** Edits the YAML document at a random key path; null when the file has no YAML to edit. */
function editYaml(file: string, text: string, r: number, edit: (doc: Doc, path: (string | number)[]) => void) {
  const part = yamlPart(file, text);
  const yaml = part && parsed(part.yaml);
  if (!part || !yaml) return null;
  const path = pick(keyPaths(yaml.data), r);
  if (!path) return null;
  edit(yaml.doc, path);
  return part.before + yaml.doc.toString({ lineWidth: 0 }).replace(/\n$/, '') + part.after;
}

/** Edits the quote of a random claim; null when the file has no claim with a quote. */
function editQuote(file: string, text: string, r: number, edit: (quote: string) => string): string | null {
  const part = yamlPart(file, text);
  const yaml = part && parsed(part.yaml);
  if (!part || !yaml) return null;
  const { doc } = yaml;
  const claims = (yaml.data as { claims?: unknown } | null)?.claims;
  if (!Array.isArray(claims)) return null;
  const withQuote = claims.flatMap((c, i) => (c && typeof c.quote === 'string' ? [i] : []));
  const index = pick(withQuote, r);
  if (index === undefined) return null;
  doc.setIn(['claims', index, 'quote'], edit(claims[index].quote as string));
  return part.before + doc.toString({ lineWidth: 0 }).replace(/\n$/, '') + part.after;
}

/** Applies a mutation to one file's bytes; returns the new bytes, or null when it does not apply to this file. */
export function applyMutation(m: Mutation, file: string, bytes: Buffer): Buffer | null {
  const [a = 0, b = 0, c = 0] = m.picks;
  const text = bytes.toString('utf8');
  const isSnapshot = file.endsWith('snapshot.txt');
  if (m.kind === 'snapshot-byte') {
    if (!isSnapshot || bytes.length === 0) return null;
    const at = Math.floor(a * bytes.length);
    const copy = Buffer.from(bytes);
    if (b < 1 / 3) {
      copy[at] = ((copy[at] ?? 0) + 1 + Math.floor(c * 254)) % 256;
      return copy;
    }
    if (b < 2 / 3) return Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + 1)]);
    return Buffer.concat([bytes.subarray(0, at), Buffer.from([Math.floor(c * 256)]), bytes.subarray(at)]);
  }
  if (isSnapshot) return null;
  const out = (s: string | null) => (s === null || s === text ? null : Buffer.from(s, 'utf8'));
  switch (m.kind) {
    case 'delete-field':
      return out(editYaml(file, text, a, (doc, path) => doc.deleteIn(path)));
    case 'duplicate-field': {
      const lines = text.split('\n');
      const keyLines = lines.flatMap((l, i) => (/^\s*(-\s+)?[A-Za-z]\w*\s*:/.test(l) ? [i] : []));
      const at = pick(keyLines, a);
      if (at === undefined) return null;
      const line = (lines[at] ?? '').replace(/^(\s*)-\s+/, (_, s: string) => `${s}  `);
      lines.splice(at + 1, 0, line);
      return out(lines.join('\n'));
    }
    case 'change-type':
      return out(editYaml(file, text, a, (doc, path) => doc.setIn(path, pick(OTHER_TYPES, b))));
    case 'huge-value':
      return out(editYaml(file, text, a, (doc, path) => doc.setIn(path, pick(HUGE, b))));
    case 'truncate-quote':
      return out(editQuote(file, text, a, (q) => q.slice(0, Math.floor(b * q.length))));
    case 'alter-quote':
      return out(
        editQuote(file, text, a, (q) => {
          const at = Math.floor(b * q.length);
          const ch = pick(['x', 'Z', '0', '.', ' ', '\u2019', 'é', '<b>', '{x}'], c) ?? 'x';
          return q.slice(0, at) + ch + q.slice(at + 1);
        }),
      );
    case 'whitespace-quote':
      return out(editQuote(file, text, a, () => pick([' ', '\t', ' \n ', '\u00a0', '\u2007 \u202f'], b) ?? ' '));
    case 'corrupt-yaml': {
      const part = yamlPart(file, text);
      if (!part || part.yaml.length === 0) return null;
      const at = part.before.length + Math.floor(a * part.yaml.length);
      const junk =
        pick([':', ': ', '- ', '[', '{', '"', "'", '\t', '&a ', '*a', '!tag ', '|', '# ', '\n---\n', '\n  x', '\n- y'], b) ?? ':';
      return out(text.slice(0, at) + junk + text.slice(at));
    }
    case 'bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]);
    case 'crlf':
      return text.includes('\r\n') ? null : out(text.replaceAll('\n', '\r\n'));
    case 'non-utf8': {
      const at = Math.floor(a * bytes.length);
      const bad = pick([[0xff], [0xfe], [0xc3], [0x80], [0xed, 0xa0, 0x80]], b) ?? [0xff];
      return Buffer.concat([bytes.subarray(0, at), Buffer.from(bad), bytes.subarray(at)]);
    }
  }
}
