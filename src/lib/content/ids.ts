/**
 * The one pattern for every content id (sources, questions, options, rows, statements): lowercase
 * words joined by single hyphens. No zod here, so browser code can check stored ids without
 * bundling the schemas.
 */
export const KEBAB_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
