// After a build: give each language's service worker (dist/sw.js, dist/en/sw.js, copied from
// public/sw.js by Trunk) the list of its build's files and a build id that changes with any of
// them, so a deploy installs a new worker and cache (public/sw.js says how they are used).
// usage: node scripts/service-worker.mjs dist
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2] || 'dist';
// What the app itself loads; the embedding files are for host pages, the headers for the host.
const SKIP = /^(_headers|sw\.js|embed\.js|embed\.html|embed-page\.(js|css)|theme\.css)$/;

for (const [dir, base] of [[dist, '/'], [join(dist, 'en'), '/en/']]) {
  const entries = readdirSync(dir, { withFileTypes: true });
  // The wasm build's folder (scripts/wasm-build.mjs): the glue, the main wasm and the split-off
  // pages, all precached, so every page opens offline.
  const names = [
    ...entries.filter((e) => e.isFile() && !SKIP.test(e.name)).map((e) => e.name),
    ...entries.filter((e) => e.isDirectory() && /^app-[0-9a-f]+$/.test(e.name))
      .flatMap((e) => readdirSync(join(dir, e.name)).map((f) => `${e.name}/${f}`)),
  ].sort();
  if (!names.some((n) => n.startsWith('app-'))) throw new Error(`${dir}: no app-<hash>/ folder`);
  if (!names.includes('index.html')) throw new Error(`${dir}: no index.html`);
  const hash = createHash('sha256');
  for (const name of names) hash.update(name).update('\0').update(readFileSync(join(dir, name)));
  const build = hash.digest('hex').slice(0, 16);
  const files = names.map((n) => (n === 'index.html' ? base : base + n));
  const path = join(dir, 'sw.js');
  let sw = readFileSync(path, 'utf8');
  const before = sw;
  sw = sw.replace("const BUILD = 'dev';", `const BUILD = ${JSON.stringify(build)};`);
  sw = sw.replace('const FILES = [];', `const FILES = ${JSON.stringify(files)};`);
  if (sw === before || sw.includes("'dev'") || sw.includes('FILES = []')) throw new Error(`${path}: placeholders not found`);
  writeFileSync(path, sw);
  console.log(`service-worker: ${path}: build ${build}, ${files.length} files`);
}
