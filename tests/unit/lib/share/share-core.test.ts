import { describe, expect, it } from 'vitest';
import { copyMessage, linkFor } from '@/lib/share/share-core';
import { uiStrings } from '@/i18n';

const tools = uiStrings('en').site.pageTools;
const messages = { page: tools.pageCopied, section: tools.sectionCopied, failed: tools.copyFailed };

describe('linkFor', () => {
  it.each([
    ['https://x.org/guide/risks/', '#leg-swelling', 'https://x.org/guide/risks/#leg-swelling'],
    ['https://x.org/guide/risks/#old', '#leg-swelling', 'https://x.org/guide/risks/#leg-swelling'],
    ['https://x.org/guide/risks/#old', '', 'https://x.org/guide/risks/'],
    ['https://x.org/search/?q=mri#top', '', 'https://x.org/search/?q=mri'],
  ])('%s + %j → %s', (href, hash, expected) => {
    expect(linkFor(href, hash)).toBe(expected);
  });
});

describe('copyMessage', () => {
  it.each([
    [true, true, 'Link to this section copied.'],
    [true, false, 'Link to this page copied.'],
    [false, true, 'Could not copy the link. Copy it from the address bar.'],
    [false, false, 'Could not copy the link. Copy it from the address bar.'],
  ])('copied=%s section=%s', (copied, section, text) => {
    expect(copyMessage(copied, section, messages)).toBe(text);
  });
});
