/**
 * Pure helpers for the copy-link and share controls. No DOM access, so they are unit-tested
 * (tests/unit/lib/share/share-core.test.ts). Shipped to the browser: keep it tiny.
 */

/** The address to share: the current page (query kept) with `hash` ("#id", or "" for the page). */
export function linkFor(href: string, hash: string): string {
  const url = new URL(href);
  url.hash = hash;
  return url.href;
}

/** The copy messages in the page's language (PageTools renders them into data-msg). */
export interface CopyMessages {
  page: string;
  section: string;
  failed: string;
}

/**
 * What the live region says after a copy attempt. On failure the script has already put the
 * link in the address bar (for a section) or it is there anyway (for the page).
 */
export function copyMessage(copied: boolean, section: boolean, messages: CopyMessages): string {
  return copied ? (section ? messages.section : messages.page) : messages.failed;
}
