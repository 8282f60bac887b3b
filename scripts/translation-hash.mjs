#!/usr/bin/env node
// Translation versions (docs/translating-content.md).
//
//   node scripts/translation-hash.mjs content/topics/risks.mdx
//     prints the English file's version hash, for `translation.from` in its translation.
//   node scripts/translation-hash.mjs --stamp content/es/topics/risks.mdx [...]
//     after you have brought a translation up to date with its changed English file: writes the
//     English file's current hash into `translation.from` and today's date into `translation.date`.
//
// The hash is written in quotes, so YAML never reads an all-digit hash as a number.
// Same rule as src/lib/i18n/translation.ts: the first 12 hex characters of the SHA-256 of the file.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
const stamp = args[0] === '--stamp';
const files = stamp ? args.slice(1) : args;
if (files.length === 0) {
  console.error('Usage: node scripts/translation-hash.mjs <English file>...\n       node scripts/translation-hash.mjs --stamp <translated file>...');
  process.exit(2);
}
const hashOf = (file) => createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 12);

for (const file of files) {
  if (!stamp) {
    console.log(files.length === 1 ? hashOf(file) : `${hashOf(file)}  ${file}`);
    continue;
  }
  const english = file.replace(/^content\/[a-z]{2}\//, 'content/');
  if (english === file || !existsSync(english)) {
    console.error(`${file}: not a translation under content/<lang>/ with an English file at ${english}`);
    process.exitCode = 1;
    continue;
  }
  const today = new Date().toISOString().slice(0, 10);
  const text = readFileSync(file, 'utf8');
  const stamped = text
    .replace(/^(\s*from:\s*)(["']?)[0-9a-f]{12}\2/m, `$1"${hashOf(english)}"`)
    .replace(/^(\s*date:\s*)\d{4}-\d{2}-\d{2}\b/m, `$1${today}`);
  if (stamped === text) console.log(`${file}: already up to date`);
  else {
    writeFileSync(file, stamped);
    console.log(`${file}: now translated from ${english} as of ${today}`);
  }
}
