/** How many results to remember while someone types. */
const CACHE_SIZE = 64;

/** A small least-recently-used cache (a Map keeps insertion order): the value for `key`, made once. */
export function cached<T>(cache: Map<string, T>, key: string, make: () => T): T {
  const hit = cache.get(key);
  if (hit !== undefined) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const value = make();
  cache.set(key, value);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return value;
}
