/**
 * "Cite this": CSL-JSON records for every source, claim and finding, and the BibTeX and plain-text
 * citations that citation-js (a maintained citation library, with citeproc and the APA style) makes from
 * the same records. The title of a record names what is cited: the claim as a statement and who made it.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import type { SiteData } from '../data.ts';
import type { Finding } from '../lib/engine/index.ts';
import type { Claim, Source } from '../lib/types.ts';
import { claimView } from './claims.ts';
import { findingView } from './findings.ts';
import { lowerFirst, sourceName } from './labels.ts';

export const SITE_NAME = 'Codex Claims';

// BibTeX keys are the records' ids ("codexclaims-<id>"), stable across builds, not labels made from the title.
plugins.config.get('@bibtex').format.useIdAsLabel = true;

/** A CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html), as citation-js reads it. */
export interface CslItem {
  id: string;
  'citation-key': string;
  type: 'webpage' | 'dataset' | 'entry';
  title: string;
  author?: { literal: string }[];
  publisher?: string;
  'container-title'?: string;
  issued?: { 'date-parts': number[][] };
  accessed?: { 'date-parts': number[][] };
  URL: string;
  note?: string;
}

/** A citation in the three forms a reader copies. */
export interface Citation {
  csl: CslItem;
  bibtex: string;
  text: string;
}

function key(id: string): string {
  return `codexclaims_${id
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '')}`;
}

/** How a citation names a source: its own title in quotes, or, for an untitled document, the site's description labelled as such (never as a title). */
export function citedSourceName(source: Source): string {
  return source.titled ? `“${source.title}”` : untitled(source);
}

/** A source's name as a record gives it: its own title, or for an untitled document the site's description, labelled as the site's. */
export function documentName(source: Source): string {
  return source.titled ? source.title : untitled(source);
}

/** An untitled document named by the site's description, labelled as the site's. */
function untitled(source: Source): string {
  return `Untitled document (described by ${SITE_NAME} as: ${source.title})`;
}

/** CSL date parts of a stated date (YYYY, YYYY-MM or YYYY-MM-DD), or undefined when not stated. */
function dateParts(date: string): { 'date-parts': number[][] } {
  return { 'date-parts': [date.split('-').map(Number)] };
}

/** A claim in words: "GPT-5.3-Codex, benchmark score (benchmark: Terminal-Bench 2.0; effort: xhigh): 77.3%". */
export function claimStatement(claim: Claim, data: SiteData): string {
  const view = claimView(claim, data);
  const qualifiers = view.qualifiers.map((q) => `${lowerFirst(q.label)}: ${q.value}`).join('; ');
  return `${view.subject.name}, ${lowerFirst(view.property)}${qualifiers ? ` (${qualifiers})` : ''}: ${view.display}`;
}

/** The CSL-JSON record of a source: the document itself (no author: a source names none we could state). */
export function sourceCsl(source: Source, pageUrl: string): CslItem {
  return {
    id: key(source.slug),
    'citation-key': key(source.slug),
    type: 'webpage',
    // An untitled document's heading is the site's description: labelled as such, never as its title.
    title: documentName(source),
    ...(source.publisher ? { publisher: source.publisher } : {}),
    ...(source.published ? { issued: dateParts(source.published) } : {}),
    ...(source.retrieved ? { accessed: dateParts(source.retrieved) } : {}),
    URL: source.url ?? pageUrl,
  };
}

/** The CSL-JSON record of a claim: an entry of the Codex Claims dataset, titled by the statement and its source. */
export function claimCsl(claim: Claim, data: SiteData, permalink: string, updated: string): CslItem {
  const source = data.sourceBySlug.get(claim.source) as Source;
  const by = sourceName(source, data.content.sources);
  return {
    id: key(claim.id),
    'citation-key': key(claim.id),
    type: 'entry',
    title: `${claimStatement(claim, data)} (claim by ${by})`,
    author: [{ literal: SITE_NAME }],
    'container-title': `${SITE_NAME} open data`,
    issued: dateParts(updated),
    URL: permalink,
    note: `Quoted from the archived snapshot of ${citedSourceName(source)}${source.publisher ? `, ${source.publisher}` : ''}${source.published ? `, ${source.published}` : ''}${source.url ? `, ${source.url}` : ''}: “${claim.quote.replace(/\s+/g, ' ')}”`, // one line: its whitespace runs as single spaces
  };
}

/** The CSL-JSON record of a computed finding. */
export function findingCsl(f: Finding, data: SiteData, permalink: string, updated: string): CslItem {
  const view = findingView(f, data);
  return {
    id: key(f.id),
    'citation-key': key(f.id),
    type: 'entry',
    title: `${view.kindLabel}: ${view.title}`,
    author: [{ literal: SITE_NAME }],
    'container-title': `${SITE_NAME} open data`,
    issued: dateParts(updated),
    URL: permalink,
    note: `Computed finding. ${f.summary} Sources: ${view.sources.map((s) => s.title).join('; ')}`,
  };
}

/**
 * Characters citation-js's BibTeX output drops without a trace (it would write "temperature (float, 02)"
 * for the snapshot's "0‑2", and "64%" for "≤64%"), each with the nearest text it does encode.
 */
const BIBTEX_DROPPED: readonly [RegExp, string][] = [
  [/[\u2010\u2011]/g, '-'],
  [/\u2012/g, '\u2013'],
  [/\u2015/g, '\u2014'],
  [/\u2248/g, '~'],
  [/\u2264/g, '<='],
  [/\u2265/g, '>='],
];

/** A CSL record whose text fields keep their meaning through citation-js's BibTeX encoding (BIBTEX_DROPPED). */
export function forBibtex(csl: CslItem): CslItem {
  const safe = (text: string) => BIBTEX_DROPPED.reduce((t, [from, to]) => t.replace(from, to), text);
  return {
    ...csl,
    title: safe(csl.title),
    ...(csl.note === undefined ? {} : { note: safe(csl.note) }),
    ...(csl.publisher === undefined ? {} : { publisher: safe(csl.publisher) }),
    ...(csl['container-title'] === undefined ? {} : { 'container-title': safe(csl['container-title']) }),
  };
}

/** BibTeX and plain text (APA) from a CSL record, both made by citation-js (the APA text through apaText). */
export function citationOf(csl: CslItem): Citation {
  return { csl, bibtex: String(new Cite([forBibtex(csl)]).format('bibtex')).trim(), text: apaText(csl) };
}

/** The APA reference citeproc (through citation-js) makes of one CSL record, as plain text. */
export function citeprocApaText(csl: CslItem): string {
  return String(new Cite([csl]).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' })).trim();
}

/**
 * What citeproc does not copy as it is: straight quotes and apostrophes (made curly), inline markup and entities
 * (`<i>`, `&amp;`), and end punctuation it merges with its own. A title or URL with any of them goes to citeproc.
 */
const CITEPROC_REWRITES = /['"<>&`\\]|[.?!,;:]$/;
// Lower and upper case and spaces, so that a change of case by the style shows as a changed mark (then: no template).
const TITLE_MARK = 'codex claims Title mark';
const URL_MARK = 'https://codex-claims.invalid/CODEXCLAIMSURL';
const NOTE_MARK = 'codex claims Note mark';

/** Where a record shape's APA reference puts the title and the URL: the text before, between and after them. */
interface ApaTemplate {
  before: string;
  between: string;
  after: string;
}

/**
 * The APA template of each record shape (all but id, title, URL and note), made once; null where the reference prints
 * the note, or the marks do not come out once each, title first, as written.
 */
const APA_TEMPLATES = new Map<string, ApaTemplate | null>();

/** citeproc's APA reference of `csl`'s shape with marks for title, URL and note, cut at the marks (null: no template). */
function apaTemplate(csl: CslItem): ApaTemplate | null {
  const marked = citeprocApaText({ ...csl, id: 'template', 'citation-key': 'template', title: TITLE_MARK, URL: URL_MARK, note: NOTE_MARK });
  const [before, rest, ...moreTitles] = marked.split(TITLE_MARK);
  const [between, after, ...moreUrls] = rest?.split(URL_MARK) ?? [];
  if (before === undefined || between === undefined || after === undefined) return null;
  if (moreTitles.length > 0 || moreUrls.length > 0 || marked.includes(NOTE_MARK)) return null;
  return { before, between, after };
}

/**
 * The APA reference of a CSL record, the same text as citeproc's (citeprocApaText; tests compare the two on every
 * claim and finding). citeproc takes about 7 ms a record, a third of a build's time at scale (bench:scale), and the
 * site's records differ only in title and URL: each shape is formatted once, with marks, and a record whose title and
 * URL citeproc copies as written (no CITEPROC_REWRITES) gets its text put in place of the marks.
 */
export function apaText(csl: CslItem): string {
  if (CITEPROC_REWRITES.test(csl.title) || CITEPROC_REWRITES.test(csl.URL)) return citeprocApaText(csl);
  const { title: _title, URL: _url, note: _note, id: _id, 'citation-key': _key, ...shape } = csl;
  const key = JSON.stringify(shape);
  if (!APA_TEMPLATES.has(key)) APA_TEMPLATES.set(key, apaTemplate(csl));
  const template = APA_TEMPLATES.get(key);
  return template ? `${template.before}${csl.title}${template.between}${csl.URL}${template.after}` : citeprocApaText(csl);
}

/** "Cite this claim". */
export function claimCitation(claim: Claim, data: SiteData, permalink: string, updated: string): Citation {
  return citationOf(claimCsl(claim, data, permalink, updated));
}

/** "Cite this finding". */
export function findingCitation(f: Finding, data: SiteData, permalink: string, updated: string): Citation {
  return citationOf(findingCsl(f, data, permalink, updated));
}

/** BibTeX of many records at once (one citation-js call). */
export function bibliographyBibtex(items: readonly CslItem[]): string {
  return `${String(new Cite(items.map(forBibtex)).format('bibtex')).trim()}\n`;
}
