/**
 * Astro integration: after a build, narrows every page's CSP meta tag to the hashes of the inline
 * scripts and styles in that page (src/lib/security/page-csp.ts). Listed before the service worker
 * in astro.config.mjs, so the offline copy is made from the final pages.
 *
 * WARNING: imported by astro.config.mjs and run by Node at build time, never shipped to browsers.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { narrowPageCsp } from '../lib/security/page-csp';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => join(dir, file));
}

export function pageCsp(): AstroIntegration {
  return {
    name: 'ppg-page-csp',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        let changed = 0;
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          const narrowed = narrowPageCsp(html);
          if (narrowed === html) continue;
          writeFileSync(file, narrowed);
          changed++;
        }
        logger.info(`CSP narrowed to each page's own inline scripts and styles on ${changed} pages.`);
      },
    },
  };
}
