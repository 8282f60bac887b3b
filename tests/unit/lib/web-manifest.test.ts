/** The web app manifest (src/lib/web-manifest.ts) and its icons in public/. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPLE_TOUCH_ICON, buildWebManifest } from '@/lib/web-manifest';
import { SITE_NAME } from '@/lib/site';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): [number, number] {
  const bytes = readFileSync(resolve('public', `.${path}`));
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('web app manifest', () => {
  const manifest = buildWebManifest();

  it('names the site, opens it standalone at the home page, and stays on this site', () => {
    expect(manifest).toMatchObject({
      name: SITE_NAME,
      start_url: '/',
      scope: '/',
      display: 'standalone',
      lang: 'en-US',
    });
    expect(manifest.short_name.length).toBeLessThanOrEqual(12);
    for (const icon of manifest.icons) expect(icon.src).toMatch(/^\/[^/]/);
  });

  it('has 192 and 512 pixel PNG icons and a maskable one, each the size it claims', () => {
    const pngs = manifest.icons.filter((icon) => icon.type === 'image/png');
    expect(pngs.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(pngs.some((icon) => icon.purpose === 'maskable')).toBe(true);
    for (const icon of pngs) {
      const [w, h] = pngSize(icon.src);
      expect(`${w}x${h}`).toBe(icon.sizes);
    }
    expect(pngSize(APPLE_TOUCH_ICON)).toEqual([180, 180]);
  });
});
