/**
 * One configuration value sets the public address: building with SITE_URL puts that domain in every
 * canonical link, link preview, JSON-LD block, robots.txt and the sitemap, so an organisation can
 * deploy the guide under its own domain. Builds a copy of the project in a throwaway folder (src is
 * copied, not linked: Vite cannot compile component scripts through a symlinked src).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const SITE_URL = 'https://pumps.example.org';
const work = mkdtempSync(join(tmpdir(), 'ppg-site-url-'));
const dist = join(work, 'dist');
let output = '';

beforeAll(() => {
  for (const name of ['public', 'node_modules']) symlinkSync(join(root, name), join(work, name));
  for (const name of ['package.json', 'astro.config.mjs', 'tsconfig.json']) cpSync(join(root, name), join(work, name));
  for (const name of ['src', 'content']) cpSync(join(root, name), join(work, name), { recursive: true });
  const result = spawnSync(join(root, 'node_modules/.bin/astro'), ['build'], {
    cwd: work,
    encoding: 'utf8',
    env: {
      ...process.env,
      PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH}`,
      ASTRO_TELEMETRY_DISABLED: '1',
      SITE_URL,
      PPG_OUT_DIR: dist,
      PPG_CACHE_DIR: join(work, 'cache'),
    },
  });
  output = `${result.stdout}\n${result.stderr}`;
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

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
