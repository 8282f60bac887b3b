/**
 * The header's language link keeps the reader's place: the #section (or #q= search words) of this
 * page goes along to its twin in the other language. Tiny, because it runs on every page.
 */
for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-language-link]')) {
  link.addEventListener('click', () => {
    link.hash = location.hash;
  });
}
