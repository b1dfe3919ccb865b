/**
 * A small, dependency-free scanner for built HTML: it walks start tags (skipping comments, doctype and the raw
 * text of <script>, <style>, <textarea> and <title>) and yields each tag with its decoded attributes. The
 * gates only need tags and attributes (links, ids, scripts, meta), and html-validate separately proves the
 * markup is well formed, so a full tree builder is not needed.
 */

/** One start tag: lower-case name, decoded attributes, character offset, and the raw text for <script>/<style>. */
export interface Tag {
  name: string;
  attrs: Map<string, string>;
  offset: number;
  /** Raw content up to the matching end tag, for elements whose content is raw text. */
  text?: string;
}

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references an attribute value can hold (&amp;, &quot;, &#39;, &#x27;, ...). */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

/** Every start tag of an HTML document, in document order. */
export function scanTags(html: string): Tag[] {
  const tags: Tag[] = [];
  let at = 0;
  while (at < html.length) {
    const lt = html.indexOf('<', at);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      at = end < 0 ? html.length : end + 3;
      continue;
    }
    if (html[lt + 1] === '!' || html[lt + 1] === '?' || html[lt + 1] === '/') {
      const end = html.indexOf('>', lt + 1);
      at = end < 0 ? html.length : end + 1;
      continue;
    }
    const nameMatch = /^<([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(lt, lt + 64));
    if (!nameMatch?.[1]) {
      at = lt + 1;
      continue;
    }
    const name = nameMatch[1].toLowerCase();
    // Find the end of the start tag, honouring quoted attribute values (they may contain ">").
    let i = lt + nameMatch[0].length;
    let quote = '';
    for (; i < html.length; i++) {
      const ch = html[i];
      if (quote) {
        if (ch === quote) quote = '';
      } else if (ch === '"' || ch === "'") quote = ch;
      else if (ch === '>') break;
    }
    const attrText = html.slice(lt + nameMatch[0].length, i);
    const attrs = new Map<string, string>();
    for (const m of attrText.matchAll(ATTR)) {
      const key = m[1]?.toLowerCase();
      if (!key || attrs.has(key)) continue;
      attrs.set(key, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
    }
    const tag: Tag = { name, attrs, offset: lt };
    at = i + 1;
    if (RAW_TEXT.has(name)) {
      const close = new RegExp(`</${name}`, 'ig');
      close.lastIndex = at;
      const end = close.exec(html)?.index ?? html.length;
      tag.text = html.slice(at, end);
      at = end;
    }
    tags.push(tag);
  }
  return tags;
}

/** The line (1-based) of a character offset, for messages that point into a file. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** A short, readable description of a tag for error messages: <a href="/x/" class="y">. */
export function describeTag(tag: Tag, keys: readonly string[] = ['id', 'rel', 'type', 'href', 'src', 'class', 'name']): string {
  const parts = keys.filter((k) => tag.attrs.has(k)).map((k) => `${k}="${(tag.attrs.get(k) ?? '').slice(0, 80)}"`);
  return `<${tag.name}${parts.length ? ` ${parts.join(' ')}` : ''}>`;
}
