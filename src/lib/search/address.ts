/**
 * Addresses of the results page. The words go in the fragment (#q=…), which browsers never send to
 * the server, so what a reader types stays on the device. Without JavaScript the header form still
 * opens /search/?q=…, and that address works too.
 */

/** The results address for a query ("/search/#q=pump+beeping"; no fragment for no words). */
export function resultsAddress(searchPath: string, query: string): string {
  const words = query.trim();
  return words ? `${searchPath}#${new URLSearchParams({ q: words })}` : searchPath;
}

/** The query in a results address: "#q=…" first, then "?q=…" (shared links, the no-JavaScript form). */
export function queryFromAddress(location: { hash: string; search: string }): string {
  return (
    new URLSearchParams(location.hash.replace(/^#/, '')).get('q') ?? new URLSearchParams(location.search).get('q') ?? ''
  );
}
