/**
 * Parses built HTML (and the site's XML: sitemaps, Atom feeds) with htmlparser2, a real HTML tokenizer, into
 * the flat list of start tags the checks need: name, decoded attributes, offset, and the raw text of
 * <script>, <style>, <textarea> and <title>. Tree questions (is the markup well formed?) are the
 * validators' job (rules/html-validate.ts, rules/nu.ts).
 */
import { Parser } from 'htmlparser2';

/** One start tag: lower-case name, decoded attributes, character offset, and the text of raw-text elements. */
export interface Tag {
  name: string;
  attrs: Map<string, string>;
  offset: number;
  /** Content up to the matching end tag, for elements whose content is raw text (script, style, textarea, title). */
  text?: string;
}

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

/** Every start tag of a document, in document order. `xml` parses XML (case kept, no HTML void/raw-text rules). */
export function parseTags(text: string, options: { xml?: boolean } = {}): Tag[] {
  const tags: Tag[] = [];
  let raw: Tag | undefined;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const tag: Tag = { name, attrs: new Map(Object.entries(attribs)), offset: parser.startIndex };
        if (!options.xml && RAW_TEXT.has(name)) {
          tag.text = '';
          raw = tag;
        }
        tags.push(tag);
      },
      ontext(chunk) {
        if (raw) raw.text += chunk;
      },
      onclosetag() {
        raw = undefined;
      },
    },
    { xmlMode: options.xml === true },
  );
  parser.end(text);
  return tags;
}

/** A function that turns a character offset of `text` into its line (1-based), by binary search over line starts. */
export function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/** A short, readable description of a tag for messages: <a href="/x/" class="y">. */
export function describeTag(tag: Tag, keys: readonly string[] = ['id', 'rel', 'type', 'href', 'src', 'class', 'name']): string {
  const parts = keys.filter((k) => tag.attrs.has(k)).map((k) => `${k}="${(tag.attrs.get(k) ?? '').slice(0, 80)}"`);
  return `<${tag.name}${parts.length ? ` ${parts.join(' ')}` : ''}>`;
}
