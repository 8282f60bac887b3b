/**
 * The site's languages. English is the source language and lives at `/`; every other language
 * lives under `/<lang>/` with the same page ids (`/es/guide/<id>/` mirrors `/guide/<id>/`).
 */
export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];

/** The source language: every translation is made from it and checked against it. */
export const SOURCE_LANG: Lang = 'en';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** BCP 47 tag per language, for `<html lang>`, hreflang and the sitemap: US readers in both languages. */
export const LANG_TAGS: Record<Lang, string> = { en: 'en-US', es: 'es-US' };

/** Open Graph locale per language (og:locale uses an underscore). */
export const OG_LOCALES: Record<Lang, string> = { en: 'en_US', es: 'es_US' };
