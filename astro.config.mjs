// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { headersFile } from './src/integrations/headers-file.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { LOCAL_ORIGIN, siteUrlGuard } from './src/integrations/site-url.ts';
import { sitemapLastmod } from './src/integrations/sitemap-lastmod.ts';

/** The inline theme script is hashed here so the CSP can allow exactly it and nothing else inline. */
const themeScript = readFileSync(new URL('./src/client/theme.js', import.meta.url), 'utf8');
const themeHash = `sha256-${createHash('sha256').update(themeScript).digest('base64')}`;

// SITE_URL: the origin the site is deployed at (canonical URLs, sitemap, feed, citations); `astro build` refuses to run
// without it unless CODEX_CLAIMS_LOCAL=1 (npm start, tests): see src/integrations/site-url.ts. BASE_PATH: a sub-path such as /codex-claims/.
// Stylesheets are linked, not inlined: the second page of a visit then fetches only its HTML (docs/benchmarks.md, "Page weight").
// The sitemap's lastmod is each page's shown "Last updated" date (src/integrations/sitemap-lastmod.ts).
const lastmod = sitemapLastmod();

export default defineConfig({
  site: process.env.SITE_URL?.trim() || LOCAL_ORIGIN,
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [siteUrlGuard(), mdx(), lastmod.integration, sitemap({ serialize: lastmod.serialize }), pagefindIndex(), headersFile()],
  // No code blocks are highlighted (the content has none), and Shiki's inline styles would need
  // 'unsafe-inline' under the CSP: off, which also ends Astro's warning about it on every build.
  markdown: { syntaxHighlight: false },
  vite: {
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          // Astro's MDX modules carry a "use astro:head-inject" directive that Rolldown warns about once per
          // MDX file with a code frame; Astro reads the directive before bundling, so nothing is lost
          // (withastro/astro#18087). Only that warning is dropped; every other one is printed.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  server: { host: '127.0.0.1', port: 4321 },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [/** @type {`sha256-${string}`} */ (themeHash)] },
    },
  },
});
