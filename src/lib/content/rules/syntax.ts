/**
 * Rule: the file's YAML can be read at all. An MDX file without a frontmatter block or with a byte-order mark,
 * with YAML that does not parse, or whose YAML is not a map of fields cannot be checked further.
 */
import { show } from '../errors.ts';
import type { OpenFile } from '../file.ts';
import type { RawEntry } from '../types.ts';

/** Reports why the file's fields cannot be read; returns true when they cannot (nothing else is checked then). */
export function checkSyntax(entry: RawEntry, file: OpenFile): boolean {
  const { report } = file;
  const data = entry.data as { __yamlError?: unknown; __noFrontmatter?: unknown } | null;
  // YAML allows a BOM; an MDX file with one does not start with "---", so its frontmatter would be lost.
  if (entry.text.startsWith('\ufeff') && !entry.file.endsWith('.yaml') && !entry.file.endsWith('.yml')) {
    report(
      {
        field: '(encoding)',
        message: 'The file starts with a byte-order mark (U+FEFF), so its first line is not read as written.',
        expected: 'UTF-8 text without a byte-order mark',
        got: '"\\ufeff" before the first line',
        hint: 'save the file as UTF-8 without BOM (most editors call it "UTF-8", not "UTF-8 with BOM").',
      },
      { line: 1, column: 1 },
    );
    return true;
  }
  if (data && typeof data === 'object' && data.__noFrontmatter === true) {
    report(
      {
        field: '(frontmatter)',
        message: 'The file has no frontmatter block.',
        expected: 'a first line "---", the YAML fields, then a line "---" before the body',
        got: show(entry.text.split('\n')[0] ?? ''),
        hint: 'wrap the fields in --- lines at the top of the file (see docs/content-format.md).',
      },
      { line: 1, column: 1 },
    );
    return true;
  }
  if (data && typeof data === 'object' && typeof data.__yamlError === 'string') {
    const error = file.positions.error;
    report(
      {
        field: '(yaml)',
        message: 'The YAML does not parse, so nothing in this file could be checked.',
        expected: 'valid YAML (quote texts that contain ": " or start with a special character)',
        got: show(error?.message ?? data.__yamlError),
        hint: 'fix the YAML at the line given; `npm run content:check` re-checks in seconds.',
      },
      error ?? { line: 0, column: 0 },
    );
    return true;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data) || data instanceof Date) {
    report(
      {
        field: '(yaml)',
        message: 'The YAML is not a map of fields, so nothing in this file could be checked.',
        expected: 'one "field: value" per line, such as "title: ..."',
        got: show(data),
        hint: 'write the fields as "name: value" lines (see docs/content-format.md).',
      },
      { line: 1, column: 1 },
    );
    return true;
  }
  return false;
}
