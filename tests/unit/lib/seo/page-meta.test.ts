import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PREVIEW_IMAGE,
  absoluteUrl,
  alternateLinks,
  audienceForPath,
  buildPageMeta,
  documentTitle,
  type MetaTag,
  type PageMetaInput,
} from '@/lib/seo/page-meta';

const base: PageMetaInput = {
  siteName: 'Pain Pump Guide',
  site: 'https://pumps.example.org',
  pathname: '/guide/risks/',
  title: 'Risks and side effects',
  description: 'How common each risk is and when to get help.',
  kind: 'article',
  lastReviewed: new Date('2026-11-21T00:00:00Z'),
};

/** Tag content by property or name, so tests read like the HTML. */
function tag(tags: MetaTag[], key: string): string | undefined {
  return tags.find((t) => ('property' in t ? t.property : t.name) === key)?.content;
}

describe('documentTitle', () => {
  it.each([
    ['Risks', 'Risks | Pain Pump Guide'],
    ['Pain Pump Guide', 'Pain Pump Guide'],
  ])('%s → %s', (title, expected) => {
    expect(documentTitle(title, 'Pain Pump Guide')).toBe(expected);
  });
});

describe('absoluteUrl', () => {
  it.each([
    ['/guide/risks/', 'https://pumps.example.org', 'https://pumps.example.org/guide/risks/'],
    ['/og-default.png', 'https://pumps.example.org/', 'https://pumps.example.org/og-default.png'],
    ['/', 'http://localhost:4321', 'http://localhost:4321/'],
  ])('%s on %s → %s', (path, site, expected) => {
    expect(absoluteUrl(path, site)).toBe(expected);
  });

  it('rejects a site URL that is not http(s), naming SITE_URL', () => {
    expect(() => absoluteUrl('/', 'ftp://pumps.example.org')).toThrow(/SITE_URL/);
  });
});

describe('audienceForPath', () => {
  it.each([
    ['/for-clinicians/', 'clinician'],
    ['/es/for-clinicians/', 'clinician'],
    ['/es/guide/risks/', 'patient'],
    ['/guide/risks/', 'patient'],
    ['/', 'patient'],
  ] as const)('%s is for a %s', (path, audience) => {
    expect(audienceForPath(path)).toBe(audience);
  });
});

describe('alternateLinks', () => {
  it('lists every language twin and x-default (the English page) as absolute URLs on the site', () => {
    expect(alternateLinks('/guide/risks/', 'https://pumps.example.org')).toEqual([
      { hreflang: 'en', href: 'https://pumps.example.org/guide/risks/' },
      { hreflang: 'es', href: 'https://pumps.example.org/es/guide/risks/' },
      { hreflang: 'x-default', href: 'https://pumps.example.org/guide/risks/' },
    ]);
  });

  it('gives the same links from either twin, so they are reciprocal', () => {
    const site = 'https://pumps.example.org/';
    expect(alternateLinks('/es/guide/risks/', site)).toEqual(alternateLinks('/guide/risks/', site));
    expect(alternateLinks('/es/', site)).toEqual(alternateLinks('/', site));
  });

  it('stays root-relative without a site address (no SITE_URL), like the canonical rule never inventing a host', () => {
    expect(alternateLinks('/', undefined)).toEqual([
      { hreflang: 'en', href: '/' },
      { hreflang: 'es', href: '/es/' },
      { hreflang: 'x-default', href: '/' },
    ]);
  });
});

describe('buildPageMeta', () => {
  it('sets og:locale from the page language and names the other language as og:locale:alternate', () => {
    const english = buildPageMeta(base);
    expect(tag(english.tags, 'og:locale')).toBe('en_US');
    expect(tag(english.tags, 'og:locale:alternate')).toBe('es_US');
    const spanish = buildPageMeta({ ...base, pathname: '/es/guide/risks/', lang: 'es' });
    expect(tag(spanish.tags, 'og:locale')).toBe('es_US');
    expect(tag(spanish.tags, 'og:locale:alternate')).toBe('en_US');
    expect(spanish.canonical).toBe('https://pumps.example.org/es/guide/risks/');
    expect(spanish.alternates.map((link) => link.hreflang)).toEqual(['en', 'es', 'x-default']);
  });

  it('builds title, canonical and every preview tag from the configured site', () => {
    const meta = buildPageMeta(base);
    expect(meta.documentTitle).toBe('Risks and side effects | Pain Pump Guide');
    expect(meta.canonical).toBe('https://pumps.example.org/guide/risks/');
    expect(meta.robots).toBeNull();
    expect(tag(meta.tags, 'og:type')).toBe('article');
    expect(tag(meta.tags, 'og:title')).toBe(base.title);
    expect(tag(meta.tags, 'og:description')).toBe(base.description);
    expect(tag(meta.tags, 'og:url')).toBe(meta.canonical);
    expect(tag(meta.tags, 'og:image')).toBe('https://pumps.example.org/og-default.png');
    expect(tag(meta.tags, 'og:image:alt')).toBe(DEFAULT_PREVIEW_IMAGE.alt);
    expect(tag(meta.tags, 'og:image:width')).toBe('1200');
    expect(tag(meta.tags, 'og:image:height')).toBe('630');
    expect(tag(meta.tags, 'article:modified_time')).toBe('2026-11-21');
    expect(tag(meta.tags, 'twitter:card')).toBe('summary_large_image');
    // X/Twitter reads the Open Graph tags, so only the card type is its own.
    expect(meta.tags.filter((t) => !('property' in t))).toEqual([
      { name: 'twitter:card', content: 'summary_large_image' },
    ]);
  });

  it('uses og:type website and no article date for other pages', () => {
    const meta = buildPageMeta({ ...base, kind: 'website' });
    expect(tag(meta.tags, 'og:type')).toBe('website');
    expect(tag(meta.tags, 'article:modified_time')).toBeUndefined();
  });

  it('uses a page image when one is given, as an absolute URL', () => {
    const image = { ...DEFAULT_PREVIEW_IMAGE, path: '/images/risks.png', alt: 'A chart' };
    const meta = buildPageMeta({ ...base, image });
    expect(tag(meta.tags, 'og:image')).toBe('https://pumps.example.org/images/risks.png');
    expect(tag(meta.tags, 'og:image:alt')).toBe('A chart');
  });

  it('marks noindex pages but keeps their canonical URL', () => {
    const meta = buildPageMeta({ ...base, noindex: true });
    expect(meta.robots).toBe('noindex');
    expect(meta.canonical).toBe('https://pumps.example.org/guide/risks/');
  });

  it('gives the not-found page no canonical URL or og:url, and keeps it out of search', () => {
    const meta = buildPageMeta({ ...base, pathname: '/404/', kind: 'website', notFound: true });
    expect(meta.canonical).toBeNull();
    expect(meta.robots).toBe('noindex');
    expect(tag(meta.tags, 'og:url')).toBeUndefined();
    expect(meta.alternates).toEqual([]);
  });

  it('without a site address (no SITE_URL) leaves out canonical, og:url and og:image, never inventing a host', () => {
    const meta = buildPageMeta({ ...base, site: undefined });
    expect(meta.canonical).toBeNull();
    expect(tag(meta.tags, 'og:url')).toBeUndefined();
    expect(tag(meta.tags, 'og:image')).toBeUndefined();
    expect(tag(meta.tags, 'og:title')).toBe(base.title);
    expect(JSON.stringify(meta)).not.toMatch(/https?:/);
  });
});
