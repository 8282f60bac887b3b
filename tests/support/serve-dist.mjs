/**
 * Serves the built site (dist/) like a plain static host: files as they are, trailing-slash
 * folders to index.html, and dist/404.html with status 404 for anything else.
 * Usage: node tests/support/serve-dist.mjs  (PORT, PPG_OUT_DIR and HOST are optional).
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import sirv from 'sirv';

const root = resolve(process.env.PPG_OUT_DIR ?? 'dist');
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';

if (!existsSync(resolve(root, 'index.html'))) {
  console.error(`No built site in ${root}. Run "npm run build" first.`);
  process.exit(1);
}

const serveFile = sirv(root, { dev: true, etag: true, extensions: ['html'] });
const notFoundPage = resolve(root, '404.html');

const server = createServer((req, res) => {
  serveFile(req, res, () => {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(existsSync(notFoundPage) ? readFileSync(notFoundPage) : 'Not found');
  });
});

server.listen(port, host, () => {
  console.log(`Serving ${root} at http://${host}:${port}/`);
});
