/**
 * Astro integration: after a build, writes dist/_headers (security and cache headers for hosts
 * that read a _headers file) from src/lib/security/content-security-policy.ts, so the host's
 * headers can never drift from the policy the tests check.
 *
 * WARNING: imported by astro.config.mjs and run by Node at build time, never shipped to browsers.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFileText } from '../lib/security/content-security-policy';

export function hostHeaders(): AstroIntegration {
  return {
    name: 'ppg-host-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        writeFileSync(join(fileURLToPath(dir), '_headers'), headersFileText());
        logger.info('_headers: security and cache headers written.');
      },
    },
  };
}
