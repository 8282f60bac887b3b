/** Where the static search index is served (built by src/pages/search-index.json.ts). */
export const SEARCH_INDEX_URL = '/search-index.json';
