/**
 * robots.txt: everything may be crawled; the sitemap's address comes from the configured site URL
 * (SITE_URL), so a deployment under another domain points crawlers at its own sitemap. Without
 * SITE_URL there is no sitemap and no Sitemap line.
 */
import type { APIRoute } from 'astro';
import { buildRobotsTxt } from '@/lib/seo/robots';

export const GET: APIRoute = ({ site }) => {
  return new Response(buildRobotsTxt(site), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
