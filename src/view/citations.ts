/** "Cite this": plain-text citations and BibTeX entries for claims and findings. */
import type { SiteData } from '../data.ts';
import type { Finding } from '../lib/engine/index.ts';
import type { Claim, Source } from '../lib/types.ts';
import { claimView } from './claims.ts';
import { findingView } from './findings.ts';

export const SITE_NAME = 'Codex Claims';

function bibtexEscape(text: string): string {
  return text
    .replace(/\\/g, '\\textbackslash{}')
    .replace(/([{}%&#_$])/g, '\\$1')
    .replace(/~/g, '\\textasciitilde{}');
}

function bibtexKey(id: string): string {
  return `codexclaims:${id
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;
}

/** A claim in words: "GPT-5.3-Codex, benchmark score (benchmark: Terminal-Bench 2.0; effort: xhigh): 77.3%". */
export function claimStatement(claim: Claim, data: SiteData): string {
  const view = claimView(claim, data);
  const qualifiers = view.qualifiers.map((q) => `${q.label.toLowerCase()}: ${q.value}`).join('; ');
  return `${view.subject.name}, ${view.property.toLowerCase()}${qualifiers ? ` (${qualifiers})` : ''}: ${view.display}`;
}

/** "Cite this claim": a plain-text citation and a BibTeX entry naming the source and the permalink. */
export function claimCitation(claim: Claim, data: SiteData, permalink: string): { text: string; bibtex: string } {
  const view = claimView(claim, data);
  const source = data.sourceBySlug.get(claim.source) as Source;
  const author = source.publisher ?? 'Author not stated';
  const statement = claimStatement(claim, data);
  const text = `${author}. “${source.title}”. ${source.published ?? 'n.d.'}. ${source.url ? `${source.url}. ` : ''}Claim “${statement}”, quoted in ${SITE_NAME}: ${permalink}`;
  const fields: [string, string][] = [
    ['title', `${view.subject.name}: ${view.property} = ${view.display}`],
    ['author', source.publisher ? `{${source.publisher}}` : 'not stated'],
    ['howpublished', source.title],
    ['year', source.published?.slice(0, 4) ?? 'n.d.'],
    ['note', `Claim ${claim.id}, quoted verbatim in ${SITE_NAME}`],
  ];
  return { text, bibtex: bibtex('misc', bibtexKey(claim.id), fields, permalink) };
}

function bibtex(type: string, key: string, fields: readonly [string, string][], url: string): string {
  const lines = fields.map(([k, v]) => `  ${k} = {${k === 'author' && v.startsWith('{') ? v : bibtexEscape(v)}},`);
  return `@${type}{${key},\n${lines.join('\n')}\n  url = {${url}}\n}`;
}

/** "Cite this finding": a plain-text citation and a BibTeX entry for a computed finding. */
export function findingCitation(f: Finding, data: SiteData, permalink: string, updated: string): { text: string; bibtex: string } {
  const view = findingView(f, data);
  const text = `${SITE_NAME}. “${view.kindLabel}: ${view.title}”. Computed finding, last updated ${updated}. ${f.summary} ${permalink}`;
  const fields: [string, string][] = [
    ['title', `${view.kindLabel}: ${view.title}`],
    ['author', `{${SITE_NAME}}`],
    ['year', updated.slice(0, 4)],
    ['note', `Computed finding ${f.id}; sources: ${view.sources.map((s) => s.title).join('; ')}`],
  ];
  return { text, bibtex: bibtex('misc', bibtexKey(f.id), fields, permalink) };
}
