/** Finds line numbers in raw frontmatter text, so errors can point at file:line. */

/** Splits a file into lines once. */
export function splitLines(text: string): string[] {
  return text.split(/\r?\n/);
}

/** 1-based line of the first `key:` in [from, to) (0-based line indexes), or 0. */
export function lineOfKey(lines: readonly string[], key: string, from = 0, to = lines.length): number {
  const re = new RegExp(`^\\s*(?:-\\s+)?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`);
  for (let i = from; i < Math.min(to, lines.length); i++) if (re.test(lines[i] ?? '')) return i + 1;
  return 0;
}

/** 0-based line ranges of each claim list item, keyed by its position in the list. */
export function claimRanges(lines: readonly string[]): { start: number; end: number }[] {
  const claimsLine = lineOfKey(lines, 'claims');
  if (!claimsLine) return [];
  const starts: number[] = [];
  let end = lines.length;
  let indent = -1;
  for (let i = claimsLine; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '---') {
      end = i;
      break;
    }
    const item = /^(\s*)-\s/.exec(line);
    if (item && (indent === -1 || (item[1] ?? '').length === indent)) {
      indent = (item[1] ?? '').length;
      starts.push(i);
    }
  }
  return starts.map((start, k) => ({ start, end: starts[k + 1] ?? end }));
}
