import { describe, expect, it } from 'vitest';
import { alternatePaths, langFromPath, localizePath, unlocalizedPath } from '@/lib/i18n/paths';

describe('language of a path', () => {
  it('reads the prefix, and everything else is English', () => {
    expect(langFromPath('/es/guide/risks/')).toBe('es');
    expect(langFromPath('/es/')).toBe('es');
    expect(langFromPath('/guide/risks/')).toBe('en');
    expect(langFromPath('/')).toBe('en');
    expect(langFromPath('/essential/')).toBe('en');
  });

  it('removes the prefix', () => {
    expect(unlocalizedPath('/es/guide/risks/')).toBe('/guide/risks/');
    expect(unlocalizedPath('/es/')).toBe('/');
    expect(unlocalizedPath('/es')).toBe('/');
    expect(unlocalizedPath('/guide/')).toBe('/guide/');
  });
});

describe('localizePath', () => {
  it('adds the prefix for Spanish and keeps anchors and queries', () => {
    expect(localizePath('/guide/risks/#when-to-get-help', 'es')).toBe('/es/guide/risks/#when-to-get-help');
    expect(localizePath('/questions/?q=a,b', 'es')).toBe('/es/questions/?q=a,b');
    expect(localizePath('/', 'es')).toBe('/es/');
  });

  it('is idempotent and goes back to English', () => {
    expect(localizePath('/es/guide/risks/', 'es')).toBe('/es/guide/risks/');
    expect(localizePath('/es/guide/risks/#x', 'en')).toBe('/guide/risks/#x');
  });

  it('leaves external links, anchors, phone links and shared files alone', () => {
    for (const href of [
      'https://example.org/a/',
      '//cdn.example/x',
      '#top',
      'tel:911',
      'mailto:a@b.c',
      '/favicon.svg',
      '/manifest.webmanifest',
      '/sitemap-index.xml',
    ]) {
      expect(localizePath(href, 'es')).toBe(href);
    }
  });

  it('gives every language address of a page', () => {
    expect(alternatePaths('/es/get-help/')).toEqual({ en: '/get-help/', es: '/es/get-help/' });
  });
});
