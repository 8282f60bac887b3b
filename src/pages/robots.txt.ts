/**
 * robots.txt: everything may be crawled; the sitemap's address comes from the configured site URL
 * (SITE_URL), so a deployment under another domain points crawlers at its own sitemap.
 */
import type { APIRoute } from 'astro';
import { buildRobotsTxt } from '@/lib/seo/robots';

export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('astro.config.mjs has no "site". Set SITE_URL to the public address of the site.');
  return new Response(buildRobotsTxt(site), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
