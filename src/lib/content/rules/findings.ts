/**
 * Rules that check the content against what the engine found (run by the pipeline after the analysis): a
 * "not disclosed" finding must be proven by the property's terms, with every vendor passage holding one
 * accounted for, and a property with such a finding must say why the fact matters to a reader.
 */
import type { Analysis } from '../../engine/index.ts';
import type { UndisclosedResult } from '../../engine/undisclosed.ts';
import { type ContentError, show } from '../errors.ts';
import { reporter } from '../report.ts';
import type { Content } from '../validate.ts';

/** The passages and properties that keep a "not disclosed" finding from being proven, as teaching errors. */
export function undisclosedErrors(proof: UndisclosedResult, content: Content): ContentError[] {
  const errors: ContentError[] = [];
  const fileOf = (slug: string) => content.sources.find((s) => s.slug === slug)?.file ?? `content/sources/${slug}/index.mdx`;
  for (const t of proof.termless) {
    const file = `content/properties/${t.property}.yaml`;
    const report = reporter(errors, file, null);
    report({
      field: 'terms',
      message: `Finding "${t.finding}" says ${t.silent} states nothing on "${t.property}", but the property lists no terms to prove it by.`,
      expected: 'the words and phrases by which a source would state this property',
      got: '[]',
      hint: `add "terms:" to ${file}; ${t.whose} snapshot is then searched for them.`,
    });
  }
  for (const u of proof.unaccounted) {
    const file = fileOf(u.source);
    const report = reporter(errors, file, null);
    report({
      field: 'notClaims',
      message: `Finding "${u.finding}" says ${u.silent} makes no claim on "${u.property}", but its snapshot states ${u.terms.map((t) => `"${t}"`).join(', ')} at snapshot line ${u.line}.`,
      expected: `every passage of ${u.whose} snapshot that holds a term of the property recorded as ${u.whose} claim or listed as not a claim`,
      got: show(u.passage),
      hint: `record ${u.whose} claim (property "${u.property}") with this passage as its quote, or add it to notClaims in ${file} with a reason.`,
    });
  }
  return errors;
}

/** Properties of "not disclosed" findings that do not say why the fact matters to a reader (the discrepancy pages show it beside each). */
export function unexplainedErrors(analysis: Analysis, content: Content): ContentError[] {
  const byProperty = new Map<string, string>();
  for (const f of analysis.findings) if (f.kind === 'unsupported' && !byProperty.has(f.property)) byProperty.set(f.property, f.id);
  const errors: ContentError[] = [];
  for (const [id, finding] of byProperty) {
    const property = content.properties.find((p) => p.id === id);
    if (!property || property.whyItMatters !== null) continue;
    const file = `content/properties/${id}.yaml`;
    const report = reporter(errors, file, null);
    report({
      field: 'whyItMatters',
      message: `Finding "${finding}" says the vendor does not disclose "${id}", and the discrepancy pages say beside it why that matters, but the property does not say.`,
      expected: "one short sentence of the site's own words on what a reader uses this fact for, stating no fact about any model",
      got: 'null',
      hint: `add whyItMatters: "…" to ${file}, e.g. whyItMatters: "It is what using the model costs."`,
    });
  }
  return errors;
}
