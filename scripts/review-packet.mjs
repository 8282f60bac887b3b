#!/usr/bin/env node
/**
 * Entry for `npm run review-packet [-- --out DIR]`. Loads the TypeScript builder through Vite (so
 * the "@/" imports of src/ resolve as in the site) and runs it. No build needed.
 */
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

const root = process.cwd();
const { module } = await runnerImport(resolve(root, 'scripts/review-packet/build-packet.ts'), {
  configFile: false,
  logLevel: 'error',
  root,
  resolve: { alias: { '@': resolve(root, 'src') } },
});
module.main(process.argv.slice(2));
