/**
 * Makes public/og-default.png, the 1200x630 link-preview image, by rendering a simple HTML card
 * with the site name and tagline in Chromium. Run it again only when the name or tagline changes:
 *   npx node tests/support/make-og-image.mjs
 * The PNG is committed; the site build does not run this script.
 */
import { chromium } from '@playwright/test';
import { resolve } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from './find-browser.mjs';

const out = resolve(import.meta.dirname, '../../public/og-default.png');

// Kept in step with SITE_NAME and SITE_TAGLINE in src/lib/site.ts, and with
// DEFAULT_PREVIEW_IMAGE.alt in src/lib/seo/page-meta.ts, which describes this image.
const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><style>
  * { box-sizing: border-box; margin: 0; }
  body { width: 1200px; height: 630px; font-family: "Liberation Sans", "DejaVu Sans", Arial, sans-serif;
    background: #1d4f91; color: #fff; display: flex; flex-direction: column; justify-content: center;
    padding: 0 96px; border-bottom: 24px solid #ffbf47; }
  .mark { display: flex; align-items: center; gap: 28px; }
  h1 { font-size: 88px; line-height: 1.05; font-weight: 700; letter-spacing: -1px; }
  p { margin-top: 40px; font-size: 40px; line-height: 1.35; max-width: 980px; }
  .small { margin-top: 28px; font-size: 30px; color: #dbe7f7; }
</style></head><body>
  <div class="mark">
    <svg width="112" height="112" viewBox="0 0 32 32" aria-hidden="true"><rect width="32" height="32" rx="6" fill="#fff"/><circle cx="16" cy="14" r="7" fill="none" stroke="#1d4f91" stroke-width="3"/><path d="M16 21v8" stroke="#1d4f91" stroke-width="3" stroke-linecap="round"/></svg>
    <h1>Pain Pump Guide</h1>
  </div>
  <p>Plain-language facts about implanted pain pumps (intrathecal drug delivery), to help you decide with your care team.</p>
  <p class="small">Benefits, risks and questions to ask, with sources for every fact.</p>
</body></html>`;

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 }, deviceScaleFactor: 1 });
  await page.setContent(html);
  await page.screenshot({ path: out, type: 'png' });
  console.log(`Wrote ${out}`);
} finally {
  await browser.close();
}
