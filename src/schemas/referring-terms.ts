/**
 * content/referring-terms.yaml: the phrases by which a clause refers to an entity named earlier instead of naming it
 * ("the model", "it", "the company"), and the kinds of entity each can stand for. The drafter
 * (src/lib/editor/subjects.ts, antecedentOf) reads them to offer an editor the entity an earlier passage names as a
 * suggested subject; a suggestion never becomes a draft's subject until the editor takes it. Domain knowledge (how a
 * source phrases it), so it lives in content/.
 */
import { z } from 'zod';
import { ENTITY_KINDS } from '../lib/kinds.ts';

export const referringPhraseSchema = z.strictObject({
  /** The phrase as a clause opens with it, in lower case ("the model", "it"). */
  phrase: z.string().regex(/^[\p{Ll}\p{N}][\p{Ll}\p{N} -]*$/u, 'a phrase is lower-case words (letters, digits, spaces, hyphens)'),
  /** The kinds of entity the phrase can stand for: model, benchmark, organization or product. */
  kinds: z.array(z.enum(ENTITY_KINDS, { error: `one of ${ENTITY_KINDS.join(', ')}` })).min(1, 'at least one entity kind'),
});

export const referringTermsSchema = z.strictObject({
  /** The referring phrases, each with the kinds of entity it can stand for. */
  phrases: z.array(referringPhraseSchema).default([]),
});

/** One referring phrase as read. */
export type ReferringPhrase = z.output<typeof referringPhraseSchema>;
/** The referring terms as read. */
export type ReferringTerms = z.output<typeof referringTermsSchema>;
