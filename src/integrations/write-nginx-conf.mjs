// Writes docs/nginx.conf from the one security-header module (`npm run nginx-conf`).
// Node runs the TypeScript module directly (type stripping, Node 22.6+).
import { writeFileSync } from 'node:fs';
import { nginxConfText } from '../lib/security/content-security-policy.ts';

writeFileSync(new URL('../../docs/nginx.conf', import.meta.url), nginxConfText());
console.log('docs/nginx.conf written.');
