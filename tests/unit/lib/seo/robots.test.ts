import { describe, expect, it } from 'vitest';
import { buildRobotsTxt } from '@/lib/seo/robots';

describe('buildRobotsTxt', () => {
  it.each([
    ['https://pumps.example.org', 'https://pumps.example.org/sitemap-index.xml'],
    ['https://pain-pump-guide.example/', 'https://pain-pump-guide.example/sitemap-index.xml'],
  ])('points crawlers at the sitemap on %s', (site, sitemap) => {
    const text = buildRobotsTxt(site);
    expect(text.split('\n')).toEqual(['User-agent: *', 'Allow: /', '', `Sitemap: ${sitemap}`, '']);
  });

  it('has no Sitemap line without a site address (no SITE_URL, so no sitemap is built)', () => {
    expect(buildRobotsTxt(undefined).split('\n')).toEqual(['User-agent: *', 'Allow: /', '']);
  });
});
