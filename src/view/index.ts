/**
 * Route data for templates: turns claims, sources, groups and findings into ready-to-render rows,
 * so components stay thin templates. Everything here is derived from SiteData (content + the
 * engine's analysis); nothing a reader sees as a verdict or a status is written by hand. One module per concern.
 */

export * from './atom.ts';
export * from './benchmarks.ts';
export * from './citations.ts';
export * from './claims.ts';
export * from './entities.ts';
export * from './entity-pages.ts';
export * from './entity-text.ts';
export * from './exports.ts';
export * from './facts.ts';
export * from './findings.ts';
export * from './indexes.ts';
export * from './labels.ts';
export * from './quote-context.ts';
export * from './source-sections.ts';
export * from './structured-data.ts';
export * from './updated.ts';
