/**
 * What `npm run review` does with a draft, pure: how it is shown (the quote marked in its context), how one field
 * is edited from an answer line, and how the accepted drafts become claims of index.mdx (appended to its
 * frontmatter's `claims:`, comments and the rest of the file kept).
 */
import { isMap, isSeq, parseDocument } from 'yaml';
import type { Draft } from '../../schemas/draft.ts';
import { lineAt } from '../content/span.ts';
import { markedInContext } from './context.ts';
import { claimOfDraft, idBase, proposeId } from './draft.ts';

/** The fields review asks for, in order, when a draft is edited. */
export const EDIT_FIELDS = ['subject', 'property', 'qualifiers', 'value', 'unit'] as const;
/** A field review can edit. */
export type EditField = (typeof EDIT_FIELDS)[number];

/** A draft as review shows it: id, line, the quote marked »…« in its context, the fields, attribution and what is open. */
export function describeDraft(d: Draft, snapshot: string): string {
  const marked = markedInContext(snapshot, d.span, d.quote);
  const qualifiers = Object.entries(d.qualifiers).map(([k, v]) => `${k}=${v}`);
  return [
    `${d.id} (${d.kind}, snapshot line ${lineAt(snapshot, d.span.start)})`,
    `  in context: ${marked.replace(/\s+/g, ' ').trim()}`,
    `  subject: ${d.subject ?? '(open)'}   property: ${d.property ?? '(open)'}   qualifiers: ${qualifiers.join(' ') || '(none)'}`,
    `  value: ${d.value === null ? '(open)' : String(d.value)}${d.unit ? ` ${d.unit}` : ''}${d.figure ? `   figure: "${d.figure}"` : ''}${d.header ? `   column: ${d.header}` : ''}`,
    ...(d.attribution ? [`  attribution: ${d.attribution}`] : []),
    ...d.open.map((o) => `  open ${o.field}: ${o.why}`),
    ...(d.subject === null && d.suggestedSubject
      ? [`  suggested subject (u takes it): ${d.suggestedSubject.id}: ${d.suggestedSubject.why}`]
      : []),
  ].join('\n');
}

/**
 * The draft with its suggested subject taken as its subject (the open subject cleared, a proposed id following it, as
 * an edit of the subject would); null when its subject is set or it suggests none.
 */
export function takeSuggestedSubject(d: Draft, taken: ReadonlySet<string>): Draft | null {
  if (d.subject !== null || !d.suggestedSubject) return null;
  const { suggestedSubject, ...rest } = d;
  return editField(rest, 'subject', suggestedSubject.id, taken).draft;
}

/**
 * The draft after an edit of who or what it is about: when its id is still the one the drafter proposed from its old
 * fields (idBase, with or without a "-2" suffix), the id a fresh draft of the new fields would get, unique against
 * `taken` (the other drafts' and the source's claims' ids); an id written by hand is kept.
 */
export function withFollowedId(before: Draft, after: Draft, taken: ReadonlySet<string>): Draft {
  const base = idBase(before);
  if (before.id !== base && !new RegExp(`^${base}-\\d+$`).test(before.id)) return after;
  if (idBase(after) === base) return after;
  const used = new Set(taken);
  used.delete(before.id);
  return { ...after, id: proposeId(after, used) };
}

/** What tells a draft of a span apart from the others of the same span: its kind, figure and column. */
const draftKey = (d: Draft) => [d.kind, d.span.start, d.span.end, d.figure ?? '', d.header ?? ''].join('\u0000');

/**
 * The drafts of a drafts.yaml an editor edited by hand (review --apply, or before a review), each proposed id following
 * the fields now written as an edit in review would (withFollowedId). `proposed`: the drafts the drafter makes of the
 * same snapshot now, the fields each id was proposed from (matched by span, figure and column; a draft with no such match,
 * or whose id is not the one proposed from them, keeps its id). `claimIds`: the ids the source's claims already have.
 */
export function followHandEdits(drafts: readonly Draft[], proposed: readonly Draft[], claimIds: Iterable<string>): Draft[] {
  const fresh = new Map<string, Draft[]>();
  for (const p of proposed) fresh.set(draftKey(p), [...(fresh.get(draftKey(p)) ?? []), p]);
  const out = [...drafts];
  out.forEach((d, i) => {
    const same = fresh.get(draftKey(d)) ?? [];
    const before = same.find((p) => p.id === d.id) ?? (same.length === 1 ? same[0] : undefined);
    if (!before) return;
    const taken = new Set([...claimIds, ...out.filter((_, j) => j !== i).map((x) => x.id)]);
    out[i] = withFollowedId({ ...before, id: d.id }, d, taken);
  });
  return out;
}

/**
 * A field's value as shown in an edit prompt, and the draft with the field set from an answer (or why not). An edit of
 * the subject, property or qualifiers moves a proposed id along with them (withFollowedId; `taken`: the ids in use).
 */
export function editField(
  d: Draft,
  field: EditField,
  answer: string | null,
  taken: ReadonlySet<string>,
): { shown: string; draft: Draft; error?: string } {
  const out = setField(d, field, answer);
  return out.error || out.draft === d ? out : { ...out, draft: withFollowedId(d, out.draft, taken) };
}

/** The draft with one field set from an answer (or why not), its id untouched. */
function setField(d: Draft, field: EditField, answer: string | null): { shown: string; draft: Draft; error?: string } {
  const shownNow =
    field === 'qualifiers'
      ? Object.entries(d.qualifiers)
          .map(([k, v]) => `${k}=${v}`)
          .join(' ') || '-'
      : String(d[field] ?? '-');
  if (answer === null) return { shown: shownNow, draft: d };
  const cleared = (prefix: string) => d.open.filter((o) => o.field !== prefix && !o.field.startsWith(`${prefix}.`));
  if (field === 'qualifiers') {
    const qualifiers: Record<string, string> = {};
    if (answer !== '-')
      for (const pair of answer.split(/\s+(?=[\w-]+=)/)) {
        const eq = pair.indexOf('=');
        if (eq <= 0 || eq === pair.length - 1)
          return {
            shown: shownNow,
            draft: d,
            error: `"${pair}" is not key=value; write e.g. benchmark=terminal-bench-2-0 effort=high, or - for none.`,
          };
        qualifiers[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim();
      }
    return { shown: shownNow, draft: { ...d, qualifiers, open: cleared('qualifiers') } };
  }
  if (field === 'unit') {
    const { unit: _unit, ...rest } = d;
    return { shown: shownNow, draft: answer === '-' ? { ...rest, open: cleared('unit') } : { ...d, unit: answer, open: cleared('unit') } };
  }
  if (field === 'value') {
    const value = answer === 'true' ? true : answer === 'false' ? false : answer;
    return { shown: shownNow, draft: { ...d, value, open: cleared('value') } };
  }
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(answer))
    return { shown: shownNow, draft: d, error: `"${answer}" is not an id (lowercase letters, digits and hyphens, as in content/).` };
  return { shown: shownNow, draft: { ...d, [field]: answer, open: cleared(field) } };
}

const FRONTMATTER = /^(\uFEFF?---\r?\n)([\s\S]*?\r?\n)?(---(?:\r?\n|$))/;

/** The ids of the claims index.mdx already lists (none when its frontmatter cannot be read). */
export function claimIdsIn(index: string): string[] {
  const m = FRONTMATTER.exec(index);
  const claims = m ? parseDocument(m[2] ?? '').toJSON()?.claims : undefined;
  return Array.isArray(claims) ? claims.map((c: { id?: unknown }) => c?.id).filter((id): id is string => typeof id === 'string') : [];
}

/**
 * index.mdx with the accepted drafts appended to its `claims:` (a draft already there under its id and quote is not
 * added twice); or why it cannot be done (no frontmatter, no claims list, a draft still missing a field, an id taken).
 */
export function acceptedInto(
  index: string,
  drafts: readonly Draft[],
): { ok: true; text: string; added: string[] } | { ok: false; message: string } {
  const m = FRONTMATTER.exec(index);
  if (!m) return { ok: false, message: 'has no frontmatter (--- lines) to add claims to.' };
  const doc = parseDocument(m[2] ?? '');
  if (doc.errors.length > 0 || !isMap(doc.contents))
    return { ok: false, message: `its frontmatter is not valid YAML (${doc.errors[0]?.message.split('\n')[0] ?? 'not a map'}).` };
  let claims = doc.get('claims', true);
  if (claims === undefined || claims === null) {
    doc.set('claims', doc.createNode([]));
    claims = doc.get('claims', true);
  }
  if (!isSeq(claims)) return { ok: false, message: 'its "claims" is not a list.' };
  const existing = new Map(
    claims.items.map((item) => {
      const c = (item as { toJSON?: () => unknown }).toJSON?.() as { id?: unknown; quote?: unknown } | undefined;
      return [String(c?.id), String(c?.quote)] as const;
    }),
  );
  const added: string[] = [];
  for (const d of drafts.filter((x) => x.status === 'accepted')) {
    if (d.open.length > 0)
      return {
        ok: false,
        message: `draft ${d.id} is accepted but still lacks the open ${d.open.map((o) => o.field).join(', ')}; edit it first.`,
      };
    const claim = claimOfDraft(d);
    if (!claim.ok) return { ok: false, message: `draft ${d.id} is accepted but still lacks ${claim.missing.join(', ')}; edit it first.` };
    const there = existing.get(d.id);
    if (there === claim.claim.quote) continue;
    if (there !== undefined)
      return { ok: false, message: `claim id "${d.id}" is taken by another claim; give the draft another id in drafts.yaml.` };
    claims.items.push(doc.createNode(claim.claim));
    existing.set(d.id, claim.claim.quote);
    added.push(d.id);
  }
  claims.flow = false;
  const yaml = doc.toString({ lineWidth: 0 });
  return { ok: true, text: `${m[1]}${yaml}${m[3]}${index.slice(m[0].length)}`, added };
}
