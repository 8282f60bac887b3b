#!/usr/bin/env node
// Prints the version hash of English content files, for the `translation.from` field of their
// Spanish twins in content/es/. Same rule as src/lib/i18n/translation-status.ts: the first 12 hex
// characters of the SHA-256 of the file's bytes.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('Usage: node scripts/translation-hash.mjs content/topics/risks.mdx [...more files]');
  process.exit(2);
}
for (const file of files) {
  const hash = createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 12);
  console.log(files.length === 1 ? hash : `${hash}  ${file}`);
}
