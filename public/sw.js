/*! Spoorwijzer's service worker: the app keeps opening when the connection is gone.
 * One per language build (/sw.js for /, /en/sw.js for /en/). scripts/service-worker.mjs fills in
 * BUILD (a hash of every file below) and FILES (this build's files) after the build.
 *
 * - Install: fetch every file of this build into one cache named after BUILD, past the HTTP
 *   cache, and check that the page fetched is the page of this build (a deploy can happen
 *   between fetching sw.js and fetching the page); otherwise install fails and the old build
 *   stays. Then take over at once.
 * - Activate: delete this language's caches of other builds. Two builds never mix: a page is
 *   always served with the files of its own build.
 * - Fetch: the page is fetched from the network first (so a new deploy is used on the next
 *   load) and served from the cache when the network fails; the hashed files come from the
 *   cache. Anything else goes to the network as usual.
 * It sends nothing anywhere, and stores no answers: only the build's own files. */
'use strict';
const BUILD = 'dev';
const FILES = [];
const SCOPE = new URL('./', self.location).pathname; // "/" or "/en/"
const PREFIX = `spoorwijzer${SCOPE.replace(/\//g, '-')}`; // "spoorwijzer-" or "spoorwijzer-en-"
const CACHE = `${PREFIX}${BUILD}`;
const PAGE = SCOPE; // the app's one page; every step is ?stap=… on it
const BOOT = FILES.find((f) => /\/boot-[0-9a-f]+\.js$/.test(f));

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    const responses = await Promise.all(FILES.map(async (file) => {
      // A hashed file's name is its content: the copy the page has just fetched (the app fetches
      // its split-off pages right after the start) is the right one, so it is not fetched twice.
      // The page and the unhashed files are fetched past the HTTP cache.
      const hashed = /\/app-[0-9a-f]{16}\/|-[0-9a-f]{16}\.(js|css)$/.test(file);
      const response = await fetch(file, { cache: hashed ? 'default' : 'reload', credentials: 'same-origin' });
      if (!response.ok) throw new Error(`${file}: ${response.status}`);
      return [file, response];
    }));
    const page = responses.find(([file]) => file === PAGE);
    if (!page || !BOOT || !(await page[1].clone().text()).includes(BOOT)) {
      throw new Error('the page is not of this build');
    }
    await Promise.all(responses.map(([file, response]) => cache.put(file, response)));
    await self.skipWaiting();
  })().catch(async (error) => {
    await caches.delete(CACHE);
    throw error;
  }));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      // Only this language's caches: "spoorwijzer-en-…" is not the Dutch worker's to delete.
      const mine = name.startsWith(PREFIX) && !name.slice(PREFIX.length).includes('-');
      if (mine && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // The Dutch worker's scope contains /en/; that build has its own worker and cache.
  if (SCOPE === '/' && url.pathname.startsWith('/en/')) return;
  if (request.mode === 'navigate') {
    if (url.pathname !== PAGE && url.pathname !== `${PAGE}index.html`) return;
    event.respondWith(fetch(request).catch(async () => (await caches.match(PAGE, { cacheName: CACHE })) || Response.error()));
    return;
  }
  if (!FILES.includes(url.pathname)) return;
  event.respondWith((async () => (await caches.match(url.pathname, { cacheName: CACHE })) || fetch(request))());
});
