/**
 * The one pattern for every content id (sources, questions, options, rows, statements): lowercase
 * words joined by single hyphens. No zod here, so browser code can check stored ids without
 * bundling the schemas.
 */
export const KEBAB_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The ids in a component's id list attribute: `id="a, b"` or `sources="a b"` (commas or spaces). */
export function splitIdList(value: string): string[] {
  return value
    .split(/[\s,]+/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}
