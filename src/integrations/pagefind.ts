/**
 * Builds the Pagefind index from the finished site in `astro:build:done`, and fails the build on any
 * Pagefind error. Pagefind also writes its Component UI files into /pagefind/.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** The search-index integration. */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'codex-claims:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const fail = (step: string, errors: string[]): never => {
          throw new Error(`Pagefind failed while ${step}:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
        };
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index || errors.length > 0) fail('creating the index', errors);
        const added = await index!.addDirectory({ path: site });
        if (added.errors.length > 0) fail('indexing the built pages', added.errors);
        if (added.page_count === 0) fail('indexing the built pages', ['no page was indexed: is data-pagefind-body missing?']);
        const written = await index!.writeFiles({ outputPath: `${site}pagefind` });
        if (written.errors.length > 0) fail('writing the index', written.errors);
        logger.info(`Pagefind indexed ${added.page_count} pages.`);
        await pagefind.close();
      },
    },
  };
}
