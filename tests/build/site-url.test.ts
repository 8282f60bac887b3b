/**
 * One configuration value sets the public address: building with SITE_URL puts that domain in every
 * canonical link, link preview, JSON-LD block, robots.txt and the sitemap, so an organisation can
 * deploy the guide under its own domain. Builds a copy of the project in a throwaway folder (src is
 * copied, not linked: Vite cannot compile component scripts through a symlinked src).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProjectCopy, removeProjectCopy, type ProjectBuild } from '../support/project-copy';

const SITE_URL = 'https://pumps.example.org';
let build: ProjectBuild;
let output = '';
let dist = '';

beforeAll(() => {
  build = buildProjectCopy({ env: { SITE_URL } });
  output = build.output;
  dist = build.dist;
}, 120_000);

afterAll(() => removeProjectCopy(build));

const read = (path: string) => readFileSync(join(dist, path), 'utf8');

describe('building with SITE_URL', () => {
  it('builds', () => {
    expect(output).toContain('Complete!');
    expect(existsSync(join(dist, 'index.html'))).toBe(true);
  });

  it('uses the address in canonical links, previews and JSON-LD', () => {
    const html = read('guide/risks/index.html');
    expect(html).toContain(`<link rel="canonical" href="${SITE_URL}/guide/risks/">`);
    expect(html).toContain(`<meta property="og:url" content="${SITE_URL}/guide/risks/">`);
    expect(html).toContain(`<meta property="og:image" content="${SITE_URL}/og-default.png">`);
    expect(html).toContain(`"url":"${SITE_URL}/guide/risks/"`);
    expect(html).not.toContain('pain-pump-guide.example');
  });

  it('points robots.txt at its own sitemap, which lists its own pages', () => {
    expect(read('robots.txt')).toContain(`Sitemap: ${SITE_URL}/sitemap-index.xml`);
    expect(read('sitemap-index.xml')).toContain(`<loc>${SITE_URL}/sitemap-0.xml</loc>`);
    const sitemap = read('sitemap-0.xml');
    expect(sitemap).toContain(`<loc>${SITE_URL}/guide/risks/</loc>`);
    expect(sitemap).not.toContain('404');
  });
});
