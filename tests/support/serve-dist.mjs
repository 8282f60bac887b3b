/**
 * Serves the built site (dist/) like a plain static host: files as they are, trailing-slash
 * folders to index.html, and dist/404.html with status 404 for anything else. Text files are sent
 * gzip-compressed when the browser accepts it, as every real host and docs/nginx.conf do, so the
 * benchmark's simulated slow network sees the bytes a person would download.
 * Usage: node tests/support/serve-dist.mjs  (PORT, PPG_OUT_DIR and HOST are optional).
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
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

/** Text types worth compressing (images and fonts are compressed already). */
const COMPRESSIBLE = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};
const compressed = new Map();

/** The file a request path names, as sirv would find it (folder index, .html), inside root only. */
function fileFor(urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return undefined;
  }
  for (const candidate of [path, `${path}/index.html`, `${path}.html`]) {
    const file = resolve(root, `.${candidate}`);
    if (file !== root && !file.startsWith(root + sep)) return undefined;
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return undefined;
}

const server = createServer((req, res) => {
  const file = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') ? fileFor(req.url ?? '/') : undefined;
  const type = file && COMPRESSIBLE[extname(file)];
  if (file && type && (req.method === 'GET' || req.method === 'HEAD')) {
    // Keyed by modification time too, so a rebuild while the server runs is served fresh.
    const key = `${file}:${statSync(file).mtimeMs}`;
    if (!compressed.has(key)) compressed.set(key, gzipSync(readFileSync(file), { level: 6 }));
    const body = compressed.get(key);
    res.writeHead(200, {
      'Content-Type': type,
      'Content-Encoding': 'gzip',
      'Content-Length': body.length,
      'Cache-Control': 'no-store',
      Vary: 'Accept-Encoding',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
    return;
  }
  serveFile(req, res, () => {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(existsSync(notFoundPage) ? readFileSync(notFoundPage) : 'Not found');
  });
});

server.listen(port, host, () => {
  console.log(`Serving ${root} at http://${host}:${port}/`);
});
