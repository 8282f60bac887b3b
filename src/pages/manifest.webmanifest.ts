/** /manifest.webmanifest: lets the site be added to a home screen (see src/lib/web-manifest.ts). */
import type { APIRoute } from 'astro';
import { buildWebManifest } from '@/lib/web-manifest';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(buildWebManifest(), null, 2), {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
