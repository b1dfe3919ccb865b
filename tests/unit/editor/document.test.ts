/** checkDocument, firstInvalidUtf8 and titleFromText: what source:add accepts as a snapshot, and the messages when it does not. */
import { describe, expect, it } from 'vitest';
import { checkDocument, firstInvalidUtf8, titleFromText } from '../../../src/lib/editor/document.ts';

const bytes = (...b: number[]): Uint8Array => new Uint8Array(b);
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('checkDocument', () => {
  it('accepts UTF-8 text and decodes it without touching a BOM or line endings', () => {
    const result = checkDocument(utf8('\ufeffTitle\r\nGPT‑5.3‑Codex — 77.3%\r\n'), 'doc.txt');
    expect(result).toEqual({ ok: true, text: '\ufeffTitle\r\nGPT‑5.3‑Codex — 77.3%\r\n' });
  });

  it('rejects an empty file', () => {
    expect(checkDocument(bytes(), 'doc.txt')).toEqual({
      ok: false,
      problem: 'empty',
      message: "doc.txt is empty (0 bytes): there is nothing to archive. Save the document's text into the file first.",
    });
  });

  it('rejects whitespace only, a BOM included', () => {
    for (const text of [' ', '\n\n\t  \r\n', '\ufeff \n', '\u00a0\u2003']) {
      const result = checkDocument(utf8(text), 'doc.txt');
      expect(result).toEqual({
        ok: false,
        problem: 'whitespace',
        message: 'doc.txt contains only whitespace: there is nothing to archive.',
      });
    }
  });

  it('rejects binary content (a NUL byte), naming its offset', () => {
    expect(checkDocument(bytes(0x25, 0x50, 0x44, 0x46, 0x00, 0x01), 'paper.pdf')).toEqual({
      ok: false,
      problem: 'binary',
      message:
        "paper.pdf is not a text file (NUL byte at offset 4). A snapshot is the document's text saved as UTF-8 (a PDF, a Word file or UTF-16 text must be converted to UTF-8 text first).",
    });
    // UTF-16 text has NUL bytes too.
    const utf16 = checkDocument(bytes(0xff, 0xfe, 0x48, 0x00, 0x69, 0x00), 'u16.txt');
    expect(utf16.ok === false && utf16.problem).toBe('binary');
  });

  it('rejects invalid UTF-8 (Latin-1 text), naming the first bad byte', () => {
    expect(checkDocument(bytes(0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b), 'latin1.txt')).toEqual({
      ok: false,
      problem: 'encoding',
      message:
        'latin1.txt is not valid UTF-8 (first invalid byte at offset 3). Save the document as UTF-8 text (for example: iconv -f latin1 -t utf-8) and run source:add again.',
    });
  });
});

describe('firstInvalidUtf8', () => {
  it('is -1 for valid text of every sequence length', () => {
    expect(firstInvalidUtf8(utf8('a é € 𝄞'))).toBe(-1);
  });
  it('finds stray continuation bytes, overlong forms, surrogates, out-of-range and truncated sequences', () => {
    expect(firstInvalidUtf8(bytes(0x61, 0x80))).toBe(1); // continuation byte alone
    expect(firstInvalidUtf8(bytes(0xc0, 0xaf))).toBe(0); // overlong "/"
    expect(firstInvalidUtf8(bytes(0xe0, 0x80, 0xaf))).toBe(0); // overlong 3-byte
    expect(firstInvalidUtf8(bytes(0x61, 0xed, 0xa0, 0x80))).toBe(1); // UTF-16 surrogate
    expect(firstInvalidUtf8(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0); // above U+10FFFF
    expect(firstInvalidUtf8(bytes(0x61, 0x62, 0xe2, 0x82))).toBe(2); // truncated €
    expect(firstInvalidUtf8(bytes(0xe2, 0x41, 0xac))).toBe(0); // broken continuation
  });
});

describe('titleFromText', () => {
  it('takes the first non-empty line, without a Markdown heading marker, BOM or extra spaces', () => {
    expect(titleFromText('\ufeff\n\n#  Introducing   GPT-5.3-Codex | OpenAI\nbody')).toBe('Introducing GPT-5.3-Codex | OpenAI');
    expect(titleFromText('Definition: GPT-5.3-Codex\r\nGPT-5.3-Codex is...')).toBe('Definition: GPT-5.3-Codex');
  });
  it('is null when no line has text', () => {
    expect(titleFromText('#\n  \n##')).toBeNull();
  });
});
