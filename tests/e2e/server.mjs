// Static server for the release build (dist/), used by scripts/serve.sh and the browser tests.
// No dependencies. Sends the security headers the README documents as real HTTP headers, the
// right MIME types (application/wasm), brotli/gzip when the browser asks, and never caches
// index.html (hashed assets may be cached forever). Unknown extension-less paths get index.html.
// usage: node server.mjs [distDir] [port]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';
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
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};
// The headers come from <root>/_headers (public/_headers, copied into dist/ by the build), the
// file static hosts read: one source for what the README documents and what the tests check.
// Format (Netlify / Cloudflare Pages): a path line (`/*`, `/embed.js`), then indented
// `Name: value` lines; a later matching block replaces a header, `! Name` removes it.
// FRAME_ANCESTORS_EXTRA adds origins to `frame-ancestors`, as a bureau would for its own site
// (the tests use it for their host page on another port, which is http:, not https:).
function readHeaders(dir) {
  let text = '';
  try { text = readFileSync(join(dir, '_headers'), 'utf8'); } catch { return []; }
  const blocks = [];
  for (const line of text.split('\n')) {
    if (/^\s*(#|$)/.test(line)) continue;
    if (/^\S/.test(line)) blocks.push({ path: line.trim(), set: [] });
    else if (blocks.length) {
      const t = line.trim();
      const m = t.match(/^!\s*(\S+)$/) || t.match(/^([^:]+):\s*(.*)$/);
      if (m) blocks[blocks.length - 1].set.push(m[2] === undefined ? [m[1], null] : [m[1], m[2]]);
    }
  }
  return blocks;
}
const BLOCKS = readHeaders(root);
const EXTRA = process.env.FRAME_ANCESTORS_EXTRA || '';
function headersFor(pathname) {
  const out = {};
  for (const b of BLOCKS) {
    const hit = b.path.endsWith('*') ? pathname.startsWith(b.path.slice(0, -1)) : pathname === b.path;
    if (!hit) continue;
    for (const [name, value] of b.set) {
      for (const k of Object.keys(out)) if (k.toLowerCase() === name.toLowerCase()) delete out[k];
      if (value !== null) out[name] = value;
    }
  }
  const csp = out['Content-Security-Policy'];
  if (csp && EXTRA) out['Content-Security-Policy'] = csp.replace(/frame-ancestors ([^;]*)/, `frame-ancestors $1 ${EXTRA}`);
  return out;
}
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
    const served = '/' + relative(root, file).split(sep).join('/');
    // Hashed assets may be cached for ever; the rest (HTML, embed.js, theme.css) must be revalidated.
    // (A file in the wasm build's folder, app-<hash>/, is as hashed as its folder.)
    const hashed = /-[0-9a-f]{12,16}(_bg)?\.(js|wasm|css)$/.test(file) || /\/app-[0-9a-f]{16}\/[^/]+$/.test(served);
    const headers = { 'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache', ...headersFor(served), 'Content-Type': type, Vary: 'Accept-Encoding' };
    let body = entry.body;
    if (entry.br && /\bbr\b/.test(accept)) { body = entry.br; headers['Content-Encoding'] = 'br'; }
    else if (entry.gz && /\bgzip\b/.test(accept)) { body = entry.gz; headers['Content-Encoding'] = 'gzip'; }
    headers['Content-Length'] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch (e) {
    res.writeHead(e.code === 'ENOENT' ? 404 : 500, { ...headersFor('/index.html'), 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(e.code === 'ENOENT' ? 'Niet gevonden' : 'Serverfout');
  }
}).listen(port, host, () => console.log(`Spoorwijzer: http://${host}:${port}/ (serving ${root})`));
