/**
 * Makes the home-screen icons in public/icons/ (listed in the web app manifest, src/lib/web-manifest.ts)
 * by drawing the site's mark (the same shapes as public/favicon.svg) in Chromium. Run it again only
 * when the mark changes:
 *   npx node tests/support/make-app-icons.mjs
 * The PNGs are committed; the site build does not run this script.
 *  - icon-192.png, icon-512.png: the mark filling the square ("any" purpose)
 *  - icon-maskable-512.png: the mark inside the central 80 % safe zone on a full-bleed background,
 *    so launchers may crop it to a circle or squircle ("maskable" purpose)
 *  - ../apple-touch-icon.png (180, at the site root where iOS looks for it): iOS home screen, which
 *    adds its own rounded corners
 */
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from './find-browser.mjs';

const outDir = resolve(import.meta.dirname, '../../public/icons');
mkdirSync(outDir, { recursive: true });

const BRAND = '#1d4f91';
/** The mark's strokes on a 32-unit square, as in public/favicon.svg. */
const mark = `<circle cx="16" cy="14" r="7" fill="none" stroke="#fff" stroke-width="3"/><path d="M16 21v8" stroke="#fff" stroke-width="3" stroke-linecap="round"/>`;
const svg = (size, { rounded, inset }) => {
  // inset: fraction of the square the mark's 32-unit box takes (smaller for maskable icons).
  const box = 32 / inset;
  const offset = (box - 32) / 2;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="${-offset} ${-offset} ${box} ${box}">
    <rect x="${-offset}" y="${-offset}" width="${box}" height="${box}" rx="${rounded ? 6 : 0}" fill="${BRAND}"/>${mark}</svg>`;
};

const icons = [
  { file: 'icon-192.png', size: 192, rounded: true, inset: 1 },
  { file: 'icon-512.png', size: 512, rounded: true, inset: 1 },
  { file: 'icon-maskable-512.png', size: 512, rounded: false, inset: 0.7 },
  { file: '../apple-touch-icon.png', size: 180, rounded: false, inset: 0.85 },
];

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  for (const icon of icons) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size }, deviceScaleFactor: 1 });
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:transparent">${svg(icon.size, icon)}</body></html>`,
    );
    await page.locator('svg').screenshot({ path: resolve(outDir, icon.file), type: 'png', omitBackground: true });
    await page.close();
    console.log(`Wrote ${icon.file}`);
  }
} finally {
  await browser.close();
}
