/**
 * Search speed and size targets (docs/search.md), in one place: the unit test enforces the index
 * size on every run; the search benchmark (tests/bench/search.mjs) reports every figure against them.
 */
export const SEARCH_TARGETS = {
  /** Median keystroke-to-results time after the first search, at 4x CPU slowdown. */
  laterQueryMs: 30,
  /** First search, cold: the search code and index load after focus. */
  firstQueryMs: 150,
  /** The index, gzip (raised from 40 KB in December 2026, when the guide grew to 28 topic pages). */
  indexGzipBytes: 56 * 1024,
  /** Later searches on ten times the content. */
  laterQueryMs10x: 60,
};
