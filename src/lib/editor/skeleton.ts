/**
 * The files `npm run source:add` writes beside the snapshot: the index.mdx skeleton and an empty
 * not-claims.yaml. Fields the editor has not given stay null: publisher, url and published mean "not
 * stated" and are filled only from the text itself; kind, tierRationale and description are required,
 * so the validator (build and content:check) rejects the source until the editor writes them.
 */
import { SOURCE_KINDS } from '../../schemas/source.ts';
import { tierOf } from '../content/validate.ts';
import type { SourceKind } from '../types.ts';

/** Metadata known when the source is created; null means not given. */
export interface SkeletonInput {
  title: string;
  publisher: string | null;
  url: string | null;
  published: string | null;
  retrieved: string | null;
  kind: SourceKind | null;
  sha256: string;
  /** The file the snapshot was copied from (its base name), for the header comment. */
  from: string;
}

/** A YAML scalar: null, or a double-quoted string (JSON strings are valid YAML). */
function scalar(value: string | null): string {
  return value === null ? 'null' : JSON.stringify(value);
}

/** "vendor (tier 1), press (tier 2), ..." */
export function kindList(): string {
  return SOURCE_KINDS.map((k) => `${k} (tier ${tierOf(k)})`).join(', ');
}

/** The index.mdx text for a new source. */
export function sourceSkeleton(input: SkeletonInput): string {
  const comment = (text: string): string => `# ${text.replace(/\s+/g, ' ')}`;
  return [
    '---',
    comment(`Created by npm run source:add from ${input.from}. See CONTRIBUTING.md, "The five-minute path".`),
    comment('publisher, url and published: only what the text itself states; otherwise leave null ("not stated"). Never guess.'),
    `title: ${scalar(input.title)}`,
    `publisher: ${scalar(input.publisher)}`,
    `url: ${scalar(input.url)}`,
    `published: ${scalar(input.published)}`,
    comment('retrieved: when the snapshot was captured (YYYY-MM-DD), or null when unknown.'),
    `retrieved: ${scalar(input.retrieved)}`,
    comment(`REQUIRED kind: one of ${kindList()}.`),
    `kind: ${scalar(input.kind)}`,
    comment('REQUIRED tierRationale: why this kind (and so this tier), in your words: who publishes it, what it cites.'),
    'tierRationale: null',
    comment('sha256 of snapshot.txt, computed by source:add; the build recomputes it. Do not edit.'),
    `sha256: ${input.sha256}`,
    comment('REQUIRED description: one sentence in your own words, for lists and meta descriptions.'),
    'description: null',
    comment('claims: one item per statement; candidates.md lists the sentences to go through.'),
    'claims: []',
    comment(
      'coverage: pending until every sentence, list item and table cell of snapshot.txt is quoted by a claim or listed under notClaims: in this file with a reason (the passages that are not claims; numbers go in not-claims.yaml; CONTRIBUTING.md, "Account for every statement: notClaims:"); content:check prints how much is open. Then delete this line: npm test fails while a new source stays pending.',
    ),
    'coverage: pending',
    '---',
    '{/* The summary: in your own words, what the source says and how it stands against the others. This comment is not shown. */}',
    '',
  ].join('\n');
}

/** The not-claims.yaml text for a new source: only comments (an empty list), with its instructions. */
export function notClaimsSkeleton(): string {
  return [
    '# Numbers in snapshot.txt that are not the value of a claim, each with a reason (npm test checks that every',
    '# number of the snapshot is a claim value or listed here). Write the number exactly as the snapshot does:',
    '# - number: "5.3"',
    '#   reason: part of the model name GPT-5.3-Codex',
    '',
  ].join('\n');
}
