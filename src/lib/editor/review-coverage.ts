/**
 * What `npm run review` does with a coverage suggestion, pure: how it is shown (the passage marked in its context,
 * the suggested reason and why), how one field is edited from an answer line, and how the accepted suggestions
 * become items of index.mdx's `notClaims:` (comments and the rest of the file kept), each validated by the
 * not-a-claim schema like a hand-written one.
 */
import { isMap, isSeq, parseDocument } from 'yaml';
import type { Suggestion } from '../../schemas/draft.ts';
import { NOT_CLAIM_REASONS, notClaimSchema } from '../../schemas/not-claim.ts';
import { lineAt } from '../content/span.ts';
import { markedInContext } from './context.ts';

/** The fields review asks for, in order, when a suggestion is edited. */
export const SUGGESTION_FIELDS = ['reason', 'claim', 'note'] as const;
/** A suggestion field review can edit. */
export type SuggestionField = (typeof SUGGESTION_FIELDS)[number];

/** A suggestion as review shows it: line, the passage marked »…« in its context, the suggested reason, why, what is open. */
export function describeSuggestion(s: Suggestion, snapshot: string): string {
  const marked = markedInContext(snapshot, s.span, s.quote);
  return [
    `not a claim? (suggestion, snapshot line ${lineAt(snapshot, s.span.start)})`,
    `  in context: ${marked.replace(/\s+/g, ' ').trim()}`,
    `  suggested reason: ${s.reason ?? '(open)'}${s.claim ? `   repeats claim: ${s.claim}` : ''}${s.note ? `   note: ${s.note}` : ''}`,
    `  why: ${s.why}`,
    ...s.open.map((o) => `  open ${o.field}: ${o.why}`),
  ].join('\n');
}

/** A field's value as shown in an edit prompt, and the suggestion with the field set from an answer (or why not). */
export function editSuggestion(
  s: Suggestion,
  field: SuggestionField,
  answer: string | null,
): { shown: string; suggestion: Suggestion; error?: string } {
  const shown = String(s[field] ?? '-');
  if (answer === null) return { shown, suggestion: s };
  const open = s.open.filter((o) => o.field !== field);
  if (field === 'reason') {
    if (!(NOT_CLAIM_REASONS as readonly string[]).includes(answer))
      return { shown, suggestion: s, error: `"${answer}" is not a reason; write one of ${NOT_CLAIM_REASONS.join(', ')}.` };
    const reason = answer as Suggestion['reason'] & string;
    const needsNote = (reason === 'background' || reason === 'mentions-term') && s.note === undefined;
    const rest = open.filter((o) => o.field !== 'note' && o.field !== 'claim');
    const { claim: _claim, ...withoutClaim } = s;
    const base = reason === 'repeats' ? s : withoutClaim;
    return {
      shown,
      suggestion: {
        ...base,
        reason,
        open: [
          ...rest,
          ...(needsNote ? [{ field: 'note', why: `a ${reason} passage needs a note in your words saying what it is about.` }] : []),
          ...(reason === 'repeats' && s.claim === undefined ? [{ field: 'claim', why: 'the id of the claim the passage restates.' }] : []),
        ],
      },
    };
  }
  if (answer === '-') {
    const { [field]: _gone, ...rest } = s;
    return { shown, suggestion: { ...rest, open } as Suggestion };
  }
  if (field === 'claim' && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(answer))
    return { shown, suggestion: s, error: `"${answer}" is not a claim id (lowercase letters, digits and hyphens).` };
  return { shown, suggestion: { ...s, [field]: answer, open } };
}

/** The notClaims item an accepted suggestion becomes, validated by the not-a-claim schema; or what is still wrong. */
export function notClaimOfSuggestion(
  s: Suggestion,
): { ok: true; notClaim: ReturnType<typeof notClaimSchema.parse> } | { ok: false; missing: string[] } {
  if (s.reason === null) return { ok: false, missing: ['reason'] };
  const parsed = notClaimSchema.safeParse({
    quote: s.quote.replace(/\s+/g, ' ').trim(),
    ...(s.prefix ? { prefix: s.prefix.replace(/\s+/g, ' ') } : {}),
    reason: s.reason,
    ...(s.claim ? { claim: s.claim } : {}),
    ...(s.note ? { note: s.note } : {}),
  });
  if (!parsed.success) return { ok: false, missing: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  return { ok: true, notClaim: parsed.data };
}

const FRONTMATTER = /^(\uFEFF?---\r?\n)([\s\S]*?\r?\n)?(---(?:\r?\n|$))/;

/**
 * index.mdx with the accepted suggestions appended to its `notClaims:` (created when absent; a passage already listed
 * with the same quote is not added twice); or why it cannot be done.
 */
export function notClaimsInto(
  index: string,
  suggestions: readonly Suggestion[],
): { ok: true; text: string; added: number } | { ok: false; message: string } {
  const m = FRONTMATTER.exec(index);
  if (!m) return { ok: false, message: 'has no frontmatter (--- lines) to add notClaims to.' };
  const doc = parseDocument(m[2] ?? '');
  if (doc.errors.length > 0 || !isMap(doc.contents))
    return { ok: false, message: `its frontmatter is not valid YAML (${doc.errors[0]?.message.split('\n')[0] ?? 'not a map'}).` };
  const accepted = suggestions.filter((s) => s.status === 'accepted');
  if (accepted.length === 0) return { ok: true, text: index, added: 0 };
  let list = doc.get('notClaims', true);
  if (list === undefined || list === null) {
    doc.set('notClaims', doc.createNode([]));
    list = doc.get('notClaims', true);
  }
  if (!isSeq(list)) return { ok: false, message: 'its "notClaims" is not a list.' };
  const quotes = new Set(list.items.map((item) => String(((item as { toJSON?: () => unknown }).toJSON?.() as { quote?: unknown })?.quote)));
  let added = 0;
  for (const s of accepted) {
    if (s.open.length > 0)
      return {
        ok: false,
        message: `the suggestion at snapshot offset ${s.span.start} ("${s.quote.slice(0, 40)}") is accepted but still lacks the open ${s.open.map((o) => o.field).join(', ')}; edit it first.`,
      };
    const item = notClaimOfSuggestion(s);
    if (!item.ok)
      return {
        ok: false,
        message: `the suggestion at snapshot offset ${s.span.start} ("${s.quote.slice(0, 40)}") is accepted but ${item.missing.join(', ')}; edit it first.`,
      };
    if (quotes.has(item.notClaim.quote)) continue;
    list.items.push(doc.createNode(item.notClaim));
    quotes.add(item.notClaim.quote);
    added++;
  }
  list.flow = false;
  return { ok: true, text: `${m[1]}${doc.toString({ lineWidth: 0 })}${m[3]}${index.slice(m[0].length)}`, added };
}

/** The suggestions with every `claim` an edit renamed (old id → new id) pointing at the new id. */
export function withRenamedClaims(suggestions: readonly Suggestion[], renames: ReadonlyMap<string, string>): Suggestion[] {
  return suggestions.map((s) => (s.claim !== undefined && renames.has(s.claim) ? { ...s, claim: renames.get(s.claim) as string } : s));
}
