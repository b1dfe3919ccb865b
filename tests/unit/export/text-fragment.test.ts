/** Text-fragment links: the encoding the spec requires for "-", "," and "&", and the start,end form across markup. */
import { describe, expect, it } from 'vitest';
import { encodeTextTerm, textDirective, textFragmentUrl } from '../../../src/lib/export/text-fragment.ts';

describe('text fragments', () => {
  it('percent-encodes "-", "," and "&" (the directive syntax uses them) and spaces', () => {
    expect(encodeTextTerm('GPT-5.3-Codex, fast & cheap')).toBe('GPT%2D5.3%2DCodex%2C%20fast%20%26%20cheap');
  });

  it('keeps the snapshot characters (a non-breaking hyphen is encoded as UTF-8)', () => {
    expect(encodeTextTerm('GPT\u20115.3')).toBe('GPT%E2%80%915.3');
  });

  it('uses textStart,textEnd where the quote spans table cells or lines', () => {
    expect(textDirective('Terminal-Bench 2.0\t77.3%\t64.0%')).toBe('Terminal%2DBench%202.0,64.0%25');
    expect(textDirective('one sentence,  with  spaces')).toBe('one%20sentence%2C%20with%20spaces');
  });

  it('replaces the fragment of the URL', () => {
    expect(textFragmentUrl('https://x.example/post#top', 'a-b')).toBe('https://x.example/post#:~:text=a%2Db');
  });
});
