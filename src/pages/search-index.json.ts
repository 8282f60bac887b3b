/** /search-index.json: the English search index (src/data/search-index.ts), fetched on first use. */
import type { APIRoute } from 'astro';
import { searchIndexResponse } from '@/data/search-index';

export const GET: APIRoute = () => searchIndexResponse('en');
