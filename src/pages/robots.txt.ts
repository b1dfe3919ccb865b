/** robots.txt: everything may be crawled; the sitemap index is at an absolute URL (from SITE_URL), as the protocol requires. */
import type { APIRoute } from 'astro';
import { href } from '@/urls.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(href('sitemap-index.xml'), site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
