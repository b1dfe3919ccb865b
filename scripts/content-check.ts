/**
 * npm run content:check — validates all content in seconds without a build, with the same rules and
 * messages as the build (src/lib/content/validate.ts), pointing at file and line. Exit 1 on errors.
 */
import { performance } from 'node:perf_hooks';
import { contentDir, readContent } from '../src/content-files.ts';
import { formatErrors } from '../src/lib/content/errors.ts';
import { validateContent, validateNotes } from '../src/lib/content/validate.ts';
import { analyze } from '../src/lib/engine/index.ts';

const started = performance.now();
const raw = readContent(contentDir());
const { content, errors } = validateContent(raw);
if (errors.length === 0) {
  const analysis = analyze({
    claims: content.claims,
    sources: content.sources,
    entities: content.entities,
    properties: content.properties,
  });
  const texts = new Map(raw.notes.map((n) => [n.file, n.text]));
  errors.push(...validateNotes(content.notes, new Set(analysis.findings.map((f) => f.id)), texts));
}
const ms = Math.round(performance.now() - started);
if (errors.length > 0) {
  console.error(formatErrors(errors));
  console.error(`\ncontent:check failed: ${errors.length} problem(s) in ${ms} ms.`);
  process.exit(1);
}
console.log(
  `content:check passed: ${content.sources.length} sources, ${content.claims.length} claims, ${content.entities.length} entities, ${content.properties.length} properties, ${content.notes.length} notes checked in ${ms} ms.`,
);
