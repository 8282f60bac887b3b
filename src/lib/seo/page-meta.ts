/**
 * Link-preview and search metadata for one page: document title, description, canonical URL,
 * robots, Open Graph and Twitter tags. Pure: the layout passes in the configured site URL
 * (astro.config `site`, set from SITE_URL), so an organisation's own domain flows into every tag.
 */
import { ROUTES } from '../site';
import { LANGS, OG_LOCALES, SOURCE_LANG, type Lang } from '../i18n/lang';
import { alternatePaths, unlocalizedPath } from '../i18n/paths';

/** "article" for guide topics (dated, reviewed text), "website" for everything else. */
export type PageKind = 'article' | 'website';

/** Who a page is written for. Drives the JSON-LD audience. */
export type PageAudience = 'patient' | 'clinician';

/** A preview image, stored in public/ and addressed from the site root. */
export interface PreviewImage {
  /** Path from the site root, for example "/og-default.png". */
  path: string;
  /** Describes the image for people who cannot see it (og:image:alt, which X/Twitter also reads). */
  alt: string;
  width: number;
  height: number;
  /** MIME type, for example "image/png". */
  type: string;
}

/**
 * The site's default preview image: a static 1200x630 card (public/og-default.png) with the site
 * name and tagline. 1200x630 is the size Open Graph consumers and summary_large_image expect.
 */
export const DEFAULT_PREVIEW_IMAGE: PreviewImage = {
  path: '/og-default.png',
  alt: 'Pain Pump Guide: plain-language facts about implanted pain pumps (intrathecal drug delivery), to help you decide with your care team.',
  width: 1200,
  height: 630,
  type: 'image/png',
};

/** One <meta> tag. Open Graph uses `property`, everything else uses `name`. */
export type MetaTag = { property: string; content: string } | { name: string; content: string };

export interface PageMetaInput {
  siteName: string;
  /**
   * The configured site URL (Astro.site), or undefined when the build has no SITE_URL: then the
   * canonical link, og:url and og:image (which must be absolute) are left out, never invented.
   */
  site: URL | string | undefined;
  /** Path of the page on the site, for example "/guide/risks/". */
  pathname: string;
  /** The page's own title from its front matter (without the site name). */
  title: string;
  description: string;
  kind: PageKind;
  image?: PreviewImage | undefined;
  /** Date the page was last reviewed; becomes article:modified_time on articles. */
  lastReviewed?: Date | undefined;
  /** Keep the page out of search results (robots noindex). */
  noindex?: boolean | undefined;
  /**
   * The "page not found" page. It is served at any unknown address, so it has no canonical URL
   * and no og:url, and is never indexed.
   */
  notFound?: boolean | undefined;
  /** The page's language: sets og:locale (English when not given). */
  lang?: Lang | undefined;
}

/** One `<link rel="alternate" hreflang href>`: the same page in one language, or x-default. */
export interface AlternateLink {
  /** A language code ("en", "es") or "x-default" (the page for readers of any other language). */
  hreflang: string;
  href: string;
}

export interface PageMeta {
  /** Text for <title>. */
  documentTitle: string;
  description: string;
  /** Absolute canonical URL, or null for the not-found page and builds without a site URL. */
  canonical: string | null;
  /** Content of <meta name="robots">, or null to leave it out (indexable). */
  robots: string | null;
  /** Open Graph and Twitter tags, in a stable order. */
  tags: MetaTag[];
  /** hreflang links to every language's twin and x-default; none for the not-found page. */
  alternates: AlternateLink[];
}

/** "Risks | Pain Pump Guide"; the home page (titled with the site name) is just the site name. */
export function documentTitle(title: string, siteName: string): string {
  return title === siteName ? siteName : `${title} | ${siteName}`;
}

/** Absolute URL of a path on the configured site. Throws on a site URL that is not http(s). */
export function absoluteUrl(pathname: string, site: URL | string): string {
  const base = new URL(site);
  if (base.protocol !== 'https:' && base.protocol !== 'http:') {
    throw new Error(`The site URL must start with https:// or http:// (got "${base.href}"). Check SITE_URL.`);
  }
  return new URL(pathname, base).href;
}

/** Who a page is for: the clinicians page (in any language) speaks to clinicians, every other page to patients. */
export function audienceForPath(pathname: string): PageAudience {
  return unlocalizedPath(pathname) === ROUTES.clinicians ? 'clinician' : 'patient';
}

/**
 * The hreflang links of a page: its twin in every language, then x-default (the English page, the
 * source every translation is made from). Absolute on the configured site; without SITE_URL they
 * stay root-relative (valid HTML, and they never invent a host), like every other in-site link.
 */
export function alternateLinks(pathname: string, site: URL | string | undefined): AlternateLink[] {
  const paths = alternatePaths(pathname);
  const href = (path: string) => (site ? absoluteUrl(path, site) : path);
  return [
    ...LANGS.map((lang) => ({ hreflang: lang, href: href(paths[lang]) })),
    { hreflang: 'x-default', href: href(paths[SOURCE_LANG]) },
  ];
}

/** Builds every tag a page needs for search results and link previews. */
export function buildPageMeta(input: PageMetaInput): PageMeta {
  const image = input.image ?? DEFAULT_PREVIEW_IMAGE;
  const notFound = input.notFound === true;
  const lang = input.lang ?? SOURCE_LANG;
  const canonical = notFound || !input.site ? null : absoluteUrl(input.pathname, input.site);
  const imageUrl = input.site ? absoluteUrl(image.path, input.site) : null;

  const tags: MetaTag[] = [
    { property: 'og:site_name', content: input.siteName },
    { property: 'og:locale', content: OG_LOCALES[lang] },
    ...LANGS.filter((other) => other !== lang).map((other) => ({
      property: 'og:locale:alternate',
      content: OG_LOCALES[other],
    })),
    { property: 'og:type', content: input.kind },
    { property: 'og:title', content: input.title },
    { property: 'og:description', content: input.description },
  ];
  if (canonical) tags.push({ property: 'og:url', content: canonical });
  if (imageUrl) {
    tags.push(
      { property: 'og:image', content: imageUrl },
      { property: 'og:image:type', content: image.type },
      { property: 'og:image:width', content: String(image.width) },
      { property: 'og:image:height', content: String(image.height) },
      { property: 'og:image:alt', content: image.alt },
    );
  }
  if (input.kind === 'article' && input.lastReviewed) {
    tags.push({ property: 'article:modified_time', content: input.lastReviewed.toISOString().slice(0, 10) });
  }
  tags.push(
    // X/Twitter reads og:title, og:description, og:image and og:image:alt when its own tags are
    // absent, so only the card type is repeated (every byte counts against the page budget).
    { name: 'twitter:card', content: 'summary_large_image' },
  );

  return {
    documentTitle: documentTitle(input.title, input.siteName),
    description: input.description,
    canonical,
    robots: notFound || input.noindex ? 'noindex' : null,
    tags,
    alternates: notFound ? [] : alternateLinks(input.pathname, input.site),
  };
}
