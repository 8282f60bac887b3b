/**
 * Pure helpers for the copy-link and share controls. No DOM access, so they are unit-tested
 * (tests/unit/scripts/share/share-core.test.ts). Shipped to the browser: keep it tiny.
 */

/** The address to share: the current page (query kept) with `hash` ("#id", or "" for the page). */
export function linkFor(href: string, hash: string): string {
  const url = new URL(href);
  url.hash = hash;
  return url.href;
}

/**
 * What the live region says after a copy attempt. On failure the script has already put the
 * link in the address bar (for a section) or it is there anyway (for the page).
 */
export function copyMessage(copied: boolean, section: boolean): string {
  return copied
    ? `Link to this ${section ? 'section' : 'page'} copied.`
    : 'Could not copy the link. Copy it from the address bar.';
}
