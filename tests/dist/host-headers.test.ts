/** The build writes dist/_headers from the one security-header module, for hosts that read it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { headersFileText } from '@/lib/security/content-security-policy';
import { distDir } from '../support/site-pages';

test('dist/_headers is the generated header file', () => {
  expect(readFileSync(join(distDir, '_headers'), 'utf8')).toBe(headersFileText());
});
