/**
 * Text normalization for search, shared by the index build (src/integrations/pagefind.ts) and the
 * search page (src/client/search-page.ts). Pure string functions, no DOM and no Node APIs.
 *
 * Pagefind lowercases and strips punctuation itself, and it indexes an ASCII-hyphenated word both whole
 * and by its parts ("Terminal-Bench" → terminalbench, terminal, bench). It does not do the same for other
 * dashes: OpenAI writes "GPT‑5.3‑Codex" with U+2011 (non-breaking hyphen), which Pagefind would index
 * only as "gpt53codex". So the index folds every dash to "-" ({@link foldForIndex}), queries turn dashes
 * into spaces ({@link normalizeQuery}), and entity pages carry spelling variants of their names
 * ({@link nameVariants}) in a hidden, searchable metadata field.
 */

/** Unicode dashes and hyphens other than "-": U+2010–U+2015, minus sign, small/full-width hyphen-minus. */
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
/** Invisible characters that split or glue words: soft hyphen, zero-width space/joiners, word joiner, BOM. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
/** Space characters other than " ": no-break, en/em/thin/narrow spaces, ideographic space. */
const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
/** Typographic double quotes, so a phrase typed with them still runs as an exact-phrase search. */
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/g;

/**
 * Text as it goes into the index: every dash becomes "-", every space " ", invisible characters vanish.
 * Letters, digits and the rest are kept, so excerpts still read like the page.
 */
export function foldForIndex(text: string): string {
  return text.replace(INVISIBLE, '').replace(DASHES, '-').replace(SPACES, ' ');
}

/**
 * A query as typed → the query given to Pagefind. Unicode compatibility forms are folded (full-width
 * letters, "²" → "2"), dashes, underscores and slashes become spaces so each part of a hyphenated name is
 * its own term ("GPT‑5.3‑Codex", "gpt-5.3-codex" and "gpt 5.3 codex" all become "gpt 5.3 codex"),
 * and case and spacing are normalized. A query wrapped in double quotes stays an exact-phrase search
 * and keeps its inner punctuation.
 */
export function normalizeQuery(query: string): string {
  const text = foldForIndex(query.normalize('NFKC')).replace(DOUBLE_QUOTES, '"').toLowerCase().trim();
  if (/^".+"$/.test(text)) return text.replace(/\s+/g, ' ');
  return text
    .replace(/[-_/\\|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Splits camel case and letter/digit boundaries: "HumanEval" → "Human Eval", "OSWorld" → "OS World", "tau2" → "tau 2". */
function splitWords(text: string): string {
  return text
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu}+)(\p{Lu}\p{Ll})/gu, '$1 $2')
    .replace(/(\p{L})(\d)/gu, '$1 $2')
    .replace(/(\d)(\p{L})/gu, '$1 $2');
}

/**
 * Spellings a person may type for a name: for "Terminal-Bench 2.0" with alias "TB2" that includes
 * "terminal bench 2.0", "terminalbench 2.0" and "tb 2"; for "HumanEval", "human eval". Lowercase, unique,
 * and only forms that differ from what Pagefind already derives from the name itself.
 */
export function nameVariants(name: string, aliases: readonly string[] = []): string[] {
  const seen = new Set<string>();
  const canonical = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();
  const own = canonical(foldForIndex(name.normalize('NFKC')));
  const add = (s: string): void => {
    const c = canonical(s);
    if (c !== '' && c !== own) seen.add(c);
  };
  for (const original of [name, ...aliases]) {
    const folded = foldForIndex(original.normalize('NFKC'));
    const spaced = folded.replace(/[-_/]+/g, ' ');
    add(folded);
    add(spaced);
    add(splitWords(spaced));
    add(spaced.replace(/\s+/g, ''));
  }
  return [...seen];
}
