// Static server for the release build (dist/), used by scripts/serve.sh and the browser tests.
// No dependencies. Sends the security headers the README documents as real HTTP headers, the
// right MIME types (application/wasm), brotli/gzip when the browser asks, and never caches
// index.html (hashed assets may be cached forever). Unknown extension-less paths get index.html.
// usage: node server.mjs [distDir] [port]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const root = resolve(process.argv[2] || process.env.DIST_DIR || 'dist');
const port = Number(process.argv[3] || process.env.PORT || 8080);
const host = process.env.HOST || '127.0.0.1';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};
const FRAME_ANCESTORS = process.env.FRAME_ANCESTORS || "'self'";
const HEADERS = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
    `connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; manifest-src 'self'; frame-ancestors ${FRAME_ANCESTORS}`,
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};
const cache = new Map();

async function load(path) {
  const info = await stat(path);
  const key = `${path}:${info.mtimeMs}`;
  if (!cache.has(key)) {
    const body = await readFile(path);
    const compressible = !/\.(png|ico)$/.test(path);
    cache.set(key, {
      body,
      br: compressible ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) : null,
      gz: compressible ? gzipSync(body, { level: 9 }) : null,
    });
  }
  return cache.get(key);
}

createServer(async (req, res) => {
  try {
    const url = new URL(req.url, 'http://localhost');
    let rel = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    if (rel.endsWith('/')) rel += 'index.html';
    let file = join(root, rel);
    if (!file.startsWith(root)) throw Object.assign(new Error('forbidden'), { code: 'ENOENT' });
    let entry;
    try {
      entry = await load(file);
    } catch (e) {
      if (extname(rel)) throw e;
      file = join(root, 'index.html'); // client-side step URLs
      entry = await load(file);
    }
    const type = TYPES[extname(file)] || 'application/octet-stream';
    const accept = String(req.headers['accept-encoding'] || '');
    const headers = { ...HEADERS, 'Content-Type': type, Vary: 'Accept-Encoding' };
    headers['Cache-Control'] = file.endsWith('.html') ? 'no-cache' : 'public, max-age=31536000, immutable';
    let body = entry.body;
    if (entry.br && /\bbr\b/.test(accept)) { body = entry.br; headers['Content-Encoding'] = 'br'; }
    else if (entry.gz && /\bgzip\b/.test(accept)) { body = entry.gz; headers['Content-Encoding'] = 'gzip'; }
    headers['Content-Length'] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch (e) {
    res.writeHead(e.code === 'ENOENT' ? 404 : 500, { ...HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(e.code === 'ENOENT' ? 'Niet gevonden' : 'Serverfout');
  }
}).listen(port, host, () => console.log(`Spoorwijzer: http://${host}:${port}/ (serving ${root})`));
