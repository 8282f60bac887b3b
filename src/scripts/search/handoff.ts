/**
 * What the loader hands to the search app: the index download it already started, kept on the
 * input element (the two scripts are separate bundles, so they share no module state).
 */
export interface SearchInputElement extends HTMLInputElement {
  ppgSearchIndex?: Promise<Response> | undefined;
}
