/**
 * What the search index holds, computed from the data (pure: content and analysis in, plain records out).
 *
 * - Every claim and every finding is its own search record pointing at its permalink page
 *   (/claims/<source>/<id>/, /discrepancies/<id>/), so a query lands on the exact claim or finding,
 *   with its value and source in the result's metadata.
 * - Every other page is indexed from its built HTML; {@link pageAnnotator} gives it a type, its filters
 *   and the spelling variants of the names it is about.
 *
 * A result carries a model or benchmark filter value when it is about that entity: a claim through its
 * subject and entity qualifiers (benchmark, comparedTo), a finding through its claims, a source page
 * through its claims, an entity page for itself. The source filter names the source(s) a claim or finding
 * comes from, the sources a source page is, and the sources that make claims about an entity.
 *
 * Filters (shared by records and pages): type, model, benchmark, source, finding kind. Their values are
 * display names, so the filter pane and the search URL read naturally (?type=Claim&model=GPT-5.3-Codex).
 * Metadata fields are all searchable in Pagefind 1.6; the search page weighs them (name > aliases >
 * title > value > source, about), so an entity's own page outranks the many claims that mention it.
 */
import type { Content } from '../content/validate.ts';
import type { Analysis, Finding, FindingKind } from '../engine/types.ts';
import { ENTITY_FOLDERS } from '../kinds.ts';
import { groupBy, pushTo } from '../multimap.ts';
import { isIdentifyingQualifier, QUALIFIERS, qualifierValueLabel } from '../qualifiers.ts';
import { sourceTitleText } from '../source-title.ts';
import type { Claim, Entity, EntityKind, Source } from '../types.ts';
import { formatValue } from '../values.ts';
import { foldForIndex, nameVariants } from './normalize.ts';
import { FILTER_KEYS, type FilterKey } from './state.ts';

/** The values of the "type" filter. */
export type ResultType = 'Model' | 'Benchmark' | 'Source' | 'Claim' | 'Finding' | 'Organization' | 'Product' | 'Page';

/** A search record that is not read from HTML: a claim or a finding. */
export interface SearchRecord {
  /** Result URL inside the site ("/claims/a/b/"); Pagefind prefixes the site's base path when it loads. */
  url: string;
  /** The built file that must exist for the URL to resolve, relative to the output folder. */
  file: string;
  /** Indexed text (excerpts are cut from it). */
  content: string;
  /** Returned with the result and searched: title, value (as displayed), source (title or titles), about (name variants). */
  meta: Record<string, string>;
  /** Filter values by key. */
  filters: Partial<Record<FilterKey, string[]>>;
}

/** Search metadata for a page indexed from its HTML. */
export interface PageAnnotation {
  /** Returned with the result and searched: name (of the entity), aliases (its name variants, or a source's publisher and kind). */
  meta: Record<string, string>;
  /** Filter values by key. */
  filters: Partial<Record<FilterKey, string[]>>;
}

/** What the records are computed from. */
export interface SearchInput {
  content: Pick<Content, 'sources' | 'claims' | 'entities' | 'properties'>;
  analysis: Pick<Analysis, 'findings' | 'verdicts'>;
}

/** The URL folder of each entity kind (src/lib/kinds.ts). */
export const ENTITY_SECTIONS: Record<EntityKind, string> = ENTITY_FOLDERS;

/** The result type of each entity kind. */
export const TYPE_OF_KIND: Record<EntityKind, ResultType> = {
  model: 'Model',
  benchmark: 'Benchmark',
  organization: 'Organization',
  product: 'Product',
};

const FINDING_KIND_LABEL: Record<FindingKind, string> = {
  conflict: 'Conflict',
  misattribution: 'Misattribution',
  unsupported: 'Not disclosed by vendor',
  contradiction: 'Contradiction',
  differs: 'Differs from vendor',
  presupposition: 'Presupposition ruled out by vendor',
  'scope-change': 'Scope widened',
  'unconfirmed-attribution': 'Attribution unconfirmed by the party’s own source',
  overstated: 'Overstated',
  reconciled: 'Reconciled',
};

/** Words a reader may use for a source of each kind ("openai announcement" should find the vendor's post). */
const SOURCE_KIND_WORDS: Record<Source['kind'], string> = {
  vendor: 'vendor announcement, official launch post, primary source',
  press: 'press article, news report',
  reference: 'reference work',
  wiki: 'wiki entry',
  glossary: 'glossary definition',
  blog: 'blog post, article',
  marketing: 'marketing, promotional guide',
};

/** Human label of a finding kind ("Misattribution"). */
export function findingKindLabel(kind: FindingKind): string {
  return FINDING_KIND_LABEL[kind];
}

const SOURCE_LABEL_MAX = 48;

/**
 * Short, unique-enough name of a source for filters and results: "OpenAI: Introducing GPT-5.3-Codex" (the publisher
 * unless the title names it); an untitled document's description (the site's) is marked "(untitled)".
 */
export function sourceLabel(source: Pick<Source, 'title' | 'publisher'> & Partial<Pick<Source, 'titled'>>): string {
  let title = source.title.trim();
  if (title.length > SOURCE_LABEL_MAX) {
    const cut = title.slice(0, SOURCE_LABEL_MAX);
    const space = cut.lastIndexOf(' ');
    title = `${(space > 20 ? cut.slice(0, space) : cut).replace(/[\s:,;.-]+$/, '')}…`;
  }
  if (source.titled === false) title = sourceTitleText({ title, titled: false });
  return source.publisher && !title.toLowerCase().includes(source.publisher.toLowerCase()) ? `${source.publisher}: ${title}` : title;
}

/** The URL Pagefind stores for a path inside the site: "claims/a/b/" → "/claims/a/b/" (Pagefind adds the base path). */
export function siteUrl(path: string): string {
  return `/${path.replace(/^\//, '')}`;
}

/** Index helpers over the input. */
class Lookup {
  readonly entity: Map<string, Entity>;
  readonly source: Map<string, Source>;
  readonly property: Map<string, string>;
  readonly enumProperties: Set<string>;
  readonly claim: Map<string, Claim>;
  readonly finding: Map<string, Finding>;
  readonly input: SearchInput;
  constructor(input: SearchInput) {
    this.input = input;
    this.entity = new Map(input.content.entities.map((e) => [e.id, e]));
    this.source = new Map(input.content.sources.map((s) => [s.slug, s]));
    this.property = new Map(input.content.properties.map((p) => [p.id, p.label]));
    this.enumProperties = new Set(input.content.properties.filter((p) => p.valueType === 'enum').map((p) => p.id));
    this.claim = new Map(input.content.claims.map((c) => [c.id, c]));
    this.finding = new Map(input.analysis.findings.map((f) => [f.id, f]));
  }
  name(id: string): string {
    return this.entity.get(id)?.name ?? id;
  }
  /** A claim's value as displayed: formatValue, with enum values spelled as words ("not yet available"). */
  display(claim: Claim): string {
    const text = formatValue(claim.value, claim.unit);
    return claim.value.type === 'text' && this.enumProperties.has(claim.property) ? text.replace(/-/g, ' ') : text;
  }
  sourceLabel(slug: string): string {
    const s = this.source.get(slug);
    return s ? sourceLabel(s) : slug;
  }
  /** Entity ids a claim is about: its subject and entity-valued qualifiers. */
  claimEntities(claim: Claim): Entity[] {
    const ids = [
      claim.subject,
      ...Object.entries(claim.qualifiers)
        .filter(([k]) => QUALIFIERS.get(k)?.entityKinds)
        .map(([, v]) => v),
    ];
    return unique(ids)
      .map((id) => this.entity.get(id))
      .filter((e): e is Entity => e !== undefined);
  }
  /** "SWE-Bench Pro, variant Public" (identifying qualifiers) or "reasoning effort xhigh" (the others). */
  qualifierText(qualifiers: Readonly<Record<string, string>>, identifying = true): string {
    return Object.entries(qualifiers)
      .filter(([key]) => isIdentifyingQualifier(key) === identifying)
      .map(([key, value]) => {
        const spec = QUALIFIERS.get(key);
        if (spec?.entityKinds) return this.name(value);
        // "for input tokens", "via API", "at the training stage"; a qualifier without a connector names its key.
        const shown = qualifierValueLabel(key, value);
        if (key === 'direction') return `for ${shown} tokens`;
        if (key === 'stage') return `at the ${shown} stage`;
        return spec?.connector ? `${spec.connector} ${shown}` : `${(spec?.label ?? key).toLowerCase()} ${shown}`;
      })
      .join(', ');
  }
  topic(subject: string, property: string, qualifiers: Readonly<Record<string, string>>): string {
    const q = this.qualifierText(qualifiers);
    return `${this.name(subject)}: ${this.property.get(property) ?? property}${q ? ` (${q})` : ''}`;
  }
}

function unique<T>(items: Iterable<T>): T[] {
  return [...new Set(items)];
}

/** Adds entities' names to the model and benchmark filters. */
function entityFilters(entities: readonly Entity[]): Partial<Record<FilterKey, string[]>> {
  const out: Partial<Record<FilterKey, string[]>> = {};
  const models = unique(entities.filter((e) => e.kind === 'model').map((e) => e.name));
  const benchmarks = unique(entities.filter((e) => e.kind === 'benchmark').map((e) => e.name));
  if (models.length > 0) out.model = models;
  if (benchmarks.length > 0) out.benchmark = benchmarks;
  return out;
}

/** Hidden, searchable spelling variants of entities' names (see nameVariants). */
function aliasText(entities: readonly Entity[]): string {
  return unique(entities.flatMap((e) => [e.name.toLowerCase(), ...nameVariants(e.name, e.aliases)])).join(', ');
}

/** One search record per claim, pointing at the claim's permalink. */
export function claimRecords(input: SearchInput): SearchRecord[] {
  const look = new Lookup(input);
  return input.content.claims.map((claim) => {
    const source = look.source.get(claim.source);
    const title = look.topic(claim.subject, claim.property, claim.qualifiers);
    const circumstances = look.qualifierText(claim.qualifiers, false);
    const entities = look.claimEntities(claim);
    const findings = (input.analysis.verdicts[claim.id]?.findings ?? []).map((id) => look.finding.get(id)).filter((f) => f !== undefined);
    const path = `claims/${claim.source}/${claim.localId}/`;
    const content = [
      `${title}: ${look.display(claim)}.`,
      circumstances ? `${circumstances[0]?.toUpperCase()}${circumstances.slice(1)}.` : '',
      `“${claim.quote}”`,
      claim.note ?? '',
    ]
      .filter(Boolean)
      .join(' ');
    const filters: Partial<Record<FilterKey, string[]>> = {
      type: ['Claim'],
      ...entityFilters(entities),
      source: [look.sourceLabel(claim.source)],
    };
    const kinds = unique(findings.map((f) => findingKindLabel(f.kind)));
    if (kinds.length > 0) filters['finding kind'] = kinds;
    return {
      url: siteUrl(path),
      file: `${path}index.html`,
      content: foldForIndex(content),
      meta: {
        title: foldForIndex(title),
        value: look.display(claim),
        source: source ? sourceTitleText(source) : claim.source,
        about: aliasText(entities),
      },
      filters,
    };
  });
}

/** One search record per finding, pointing at the finding's permalink. */
export function findingRecords(input: SearchInput): SearchRecord[] {
  const look = new Lookup(input);
  return input.analysis.findings.map((finding) => {
    const claims = finding.claims.map((id) => look.claim.get(id)).filter((c) => c !== undefined);
    const entities = unique(
      claims
        .flatMap((c) => look.claimEntities(c))
        .concat(finding.matchedSubject ? [look.entity.get(finding.matchedSubject)].filter((e) => e !== undefined) : []),
    );
    const kind = findingKindLabel(finding.kind);
    const title = `${kind} · ${look.topic(finding.subject, finding.property, finding.qualifiers)}`;
    const values = unique(claims.map((c) => look.display(c)));
    const sources = finding.sources.map((slug) => look.sourceLabel(slug));
    const path = `discrepancies/${finding.id}/`;
    return {
      url: siteUrl(path),
      file: `${path}index.html`,
      content: foldForIndex([`${title}.`, finding.summary, ...finding.arithmetic, `Verdict: ${finding.verdict}.`].join(' ')),
      meta: {
        title: foldForIndex(title),
        value: values.length > 4 ? `${values.slice(0, 4).join(' · ')} · …` : values.join(' · '),
        source: sources.join('; '),
        about: aliasText(entities),
      },
      filters: { type: ['Finding'], ...entityFilters(entities), source: unique(sources), 'finding kind': [kind] },
    };
  });
}

/**
 * Search metadata for pages indexed from HTML: returns a function of a page's path inside the site
 * ("models/gpt-5-3-codex/"). Entity and source pages get their type, the names they relate to as filters,
 * and name variants; everything else is a "Page". The function throws when the path names an entity or
 * source that does not exist. The lookups and the claims per source and per entity are built once, so
 * annotating every page costs one pass over the claims (built per page, they made the index step
 * quadratic: 48 ms a page at 1,000 sources, docs/benchmarks.md).
 */
export function pageAnnotator(input: SearchInput): (path: string) => PageAnnotation {
  const look = new Lookup(input);
  const claimsOfSource = groupBy(input.content.claims, (c) => c.source);
  const claimsOfEntity = new Map<string, Claim[]>();
  for (const claim of input.content.claims) for (const entity of look.claimEntities(claim)) pushTo(claimsOfEntity, entity.id, claim);
  return (path) => {
    const [section, id, ...rest] = path.split('/').filter(Boolean);
    const page: PageAnnotation = { meta: {}, filters: { type: ['Page'] } };
    if (id === undefined || rest.length > 0) return page;
    if (section === 'sources') {
      const source = look.source.get(id);
      if (!source) throw new Error(`Search index: the page /${path} has no source "${id}" in content/sources/.`);
      const entities = unique((claimsOfSource.get(id) ?? []).flatMap((c) => look.claimEntities(c)));
      return {
        meta: { aliases: [source.publisher ?? '', SOURCE_KIND_WORDS[source.kind]].filter(Boolean).join(', ') },
        filters: { type: ['Source'], ...entityFilters(entities), source: [sourceLabel(source)] },
      };
    }
    const kind = (Object.keys(ENTITY_SECTIONS) as EntityKind[]).find((k) => ENTITY_SECTIONS[k] === section);
    if (!kind) return page;
    const entity = look.entity.get(id);
    if (!entity || entity.kind !== kind) throw new Error(`Search index: the page /${path} has no ${kind} "${id}" in content/${section}/.`);
    const claims = claimsOfEntity.get(id) ?? [];
    return {
      meta: { name: entity.name, aliases: aliasText([entity]) },
      filters: {
        type: [TYPE_OF_KIND[kind]],
        ...entityFilters([entity]),
        ...(claims.length > 0 ? { source: unique(claims.map((c) => look.sourceLabel(c.source))) } : {}),
      },
    };
  };
}

/** The annotation of every source and entity page (pageAnnotator), by its path as the index reads it ("sources/a/"). */
export function pageAnnotations(input: SearchInput): [string, PageAnnotation][] {
  const annotate = pageAnnotator(input);
  const pages = [
    ...input.content.sources.map((s) => `sources/${s.slug}/`),
    ...input.content.entities.map((e) => `${ENTITY_SECTIONS[e.kind]}/${e.id}/`),
  ];
  return pages.map((path) => [path, annotate(path)]);
}

/**
 * The annotator of the built pages from a table of pageAnnotations (made in another thread): a page the table lacks
 * is annotated as pageAnnotator annotates a page of no source or entity (a plain page, or the error for a source
 * or entity page whose id content/ lacks).
 */
export function annotatorOf(annotations: readonly [string, PageAnnotation][]): (path: string) => PageAnnotation {
  const table = new Map(annotations);
  const none = pageAnnotator({
    content: { sources: [], claims: [], entities: [], properties: [] },
    analysis: { findings: [], verdicts: {} },
  });
  return (path) => table.get(path) ?? none(path);
}

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Renders a page annotation as hidden elements Pagefind reads (placed outside data-pagefind-body). */
export function annotationHtml(annotation: PageAnnotation): string {
  const meta = Object.entries(annotation.meta).map(([k, v]) => `<span data-pagefind-meta="${esc(k)}">${esc(foldForIndex(v))}</span>`);
  const filters = FILTER_KEYS.flatMap((k) =>
    (annotation.filters[k] ?? []).map((v) => `<span data-pagefind-filter="${esc(k)}">${esc(v)}</span>`),
  );
  return `<div hidden data-search-annotation>${[...meta, ...filters].join('')}</div>`;
}

/**
 * A claim's or finding's record as the small HTML page Pagefind reads it from (see stageRecords in
 * src/integrations/pagefind.ts): its text as the body, its metadata and filters as hidden elements, each
 * value as it is (the record is already folded where it should be). An empty metadata value is left out, as
 * Pagefind leaves out an empty element's (the search page treats a missing value and an empty one alike).
 */
export function recordHtml(record: SearchRecord): string {
  const meta = Object.entries(record.meta)
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `<span data-pagefind-meta="${esc(k)}">${esc(v)}</span>`);
  const filters = Object.entries(record.filters).flatMap(([k, values]) =>
    (values ?? []).map((v) => `<span data-pagefind-filter="${esc(k)}">${esc(v)}</span>`),
  );
  return `<!doctype html><html lang="en"><body><main data-pagefind-body><p>${esc(record.content)}</p></main><div hidden>${[...meta, ...filters].join('')}</div></body></html>`;
}
