/**
 * Checks a document before it becomes a source snapshot: it must be non-empty UTF-8 text. Pure: takes
 * the bytes, never re-encodes them (the snapshot is written from the very same bytes).
 */

/** Why a document cannot be archived as a snapshot. */
export type DocumentProblem = 'empty' | 'whitespace' | 'binary' | 'encoding';

/** The outcome of checking a document's bytes. */
export type DocumentCheck = { ok: true; text: string } | { ok: false; problem: DocumentProblem; message: string };

const BOM = '\ufeff';

/** Checks that the bytes are a text document a snapshot can be made of, and decodes them. */
export function checkDocument(bytes: Uint8Array, name: string): DocumentCheck {
  if (bytes.length === 0) {
    return {
      ok: false,
      problem: 'empty',
      message: `${name} is empty (0 bytes): there is nothing to archive. Save the document's text into the file first.`,
    };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return {
      ok: false,
      problem: 'binary',
      message: `${name} is not a text file (NUL byte at offset ${nul}). A snapshot is the document's text saved as UTF-8 (a PDF, a Word file or UTF-16 text must be converted to UTF-8 text first).`,
    };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    return {
      ok: false,
      problem: 'encoding',
      message: `${name} is not valid UTF-8 (first invalid byte at offset ${at}). Save the document as UTF-8 text (for example: iconv -f latin1 -t utf-8) and run source:add again.`,
    };
  }
  if (text.replace(BOM, '').trim() === '') {
    return { ok: false, problem: 'whitespace', message: `${name} contains only whitespace: there is nothing to archive.` };
  }
  return { ok: true, text };
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    let length: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      length = 2;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      min = 0x10000;
    } else return i;
    if (i + length > bytes.length) return i;
    let cp = b & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k] ?? 0;
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += length;
  }
  return -1;
}

/** A title from the document's first non-empty line, without a leading Markdown "#" marker; null if none. */
export function titleFromText(text: string): string | null {
  for (const line of text.replace(BOM, '').split(/\r?\n/)) {
    const title = line
      .replace(/^\s*#+\s*/, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (title !== '') return title;
  }
  return null;
}
