// A bureau's website on another origin (another port on 127.0.0.1), for the embedding tests. It
// sends a strict host CSP: scripts and frames only from itself and Spoorwijzer, no inline code.
//   GET /pagina?data-rol=werkgever&data-kleur=%230b5394…  the one-liner, with these attributes
//   GET /iframe?src=<query>                                a plain <iframe> with this query
// usage: node host/server.mjs <port> <app origin>
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';

const port = Number(process.argv[2] || 8094);
const app = process.argv[3] || 'http://127.0.0.1:8089';
const here = new URL('./', import.meta.url);
const esc = (v) => String(v).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const CSP = `default-src 'none'; script-src 'self' ${app}; frame-src ${app}; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

function page(body) {
  return `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bureau De Brug – hulp bij ziekte en re-integratie</title>
<link rel="stylesheet" href="/host.css">
<script src="/host.js"></script>
</head>
<body>
<header class="host-kop"><p class="host-naam">Bureau De Brug</p></header>
<main>
<h1>Ziek? Zo werkt re-integratie</h1>
<p>Beantwoord de vragen hieronder. Uw antwoorden blijven op uw apparaat.</p>
${body}
<p>Bureau De Brug · Voorbeeldstraat 1 · 1000 AA Amsterdam</p>
</main>
</body>
</html>`;
}

createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  const send = (type, body) => {
    res.writeHead(200, { 'Content-Type': type, 'Content-Security-Policy': CSP, 'Cache-Control': 'no-cache', 'Referrer-Policy': 'strict-origin-when-cross-origin' });
    res.end(body);
  };
  if (url.pathname === '/favicon.ico') { res.writeHead(204); return res.end(); }
  if (url.pathname === '/host.js') return send('text/javascript; charset=utf-8', readFileSync(new URL('host.js', here)));
  if (url.pathname === '/host.css') return send('text/css; charset=utf-8', readFileSync(new URL('host.css', here)));
  if (url.pathname === '/pagina') {
    const attrs = [...url.searchParams].filter(([k]) => /^data-[a-z-]+$/.test(k)).map(([k, v]) => ` ${k}="${esc(v)}"`).join('');
    return send('text/html; charset=utf-8', page(`<script src="${app}/embed.js" defer></script>\n<div data-spoorwijzer${attrs}></div>`));
  }
  if (url.pathname === '/iframe') {
    const src = `${app}/?${url.searchParams.get('src') || ''}`;
    return send('text/html; charset=utf-8', page(`<iframe src="${esc(src)}" title="Spoorwijzer" class="host-frame"></iframe>`));
  }
  res.writeHead(404, { 'Content-Type': 'text/plain' });
  res.end('Niet gevonden');
}).listen(port, '127.0.0.1', () => console.log(`host page: http://127.0.0.1:${port}/pagina (embeds ${app})`));
