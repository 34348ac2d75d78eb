// Offline after the first visit (public/sw.js, scripts/service-worker.mjs): load once, lose the
// connection, reload, and a whole journey still works; deploy a changed build, and the next
// load uses the new build only, never a mix, online and then offline again. The shared fixture
// (no console error, no request off the page's origin, no CSP violation, zero axe violations)
// holds with the service worker active.
import { cpSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { spawn, execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test, expect } from './fixtures.mjs';
import { expectResult, journey, loadVector } from './wizard.mjs';

const DIST = resolve(process.env.DIST_DIR || '../../dist');
const ROOT = resolve('../..');
// One port per worker (a repeated run may put this file on two workers at once).
const portOf = (worker) => Number(process.env.E2E_PORT || 8089) + 20 + worker;
let PORT;
const vector = loadVector('s07.json');

// Each test: its own copy of the build on its own server, on a folder the test can deploy into
// (the shared server serves dist/ as is), so no test sees another's deploy.
let site;
let server;
test.beforeEach(async ({}, testInfo) => {
  PORT = portOf(testInfo.parallelIndex);
  site = mkdtempSync(join(tmpdir(), 'spoorwijzer-site-'));
  cpSync(DIST, site, { recursive: true });
  server = spawn(process.execPath, ['server.mjs', site, String(PORT)], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(`http://127.0.0.1:${PORT}/`)).ok) return; } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('test server did not start');
});
test.afterEach(async () => {
  if (server.exitCode === null) {
    const done = new Promise((r) => server.once('exit', r));
    server.kill();
    await done;
  }
  rmSync(site, { recursive: true, force: true });
});

/** The first load starts the app (given time: the worker fetches the build at the same time). */
async function started(page) {
  await expect(page.locator('#app:not([data-static])')).toHaveCount(1, { timeout: 30_000 });
}

test.use({ serviceWorkers: 'allow', baseURL: async ({}, use, testInfo) => use(`http://127.0.0.1:${portOf(testInfo.parallelIndex)}`) });
test.describe.configure({ mode: 'serial' });

/** Wait until this page is controlled by an activated worker of the build now served. */
async function controlled(page) {
  await page.waitForFunction(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    return Boolean(navigator.serviceWorker.controller && reg?.active?.state === 'activated' && !reg.installing && !reg.waiting);
  });
}

/**
 * The build now served (its worker's id and files), once its cache holds every one of them.
 * (Chromium shows the worker's writes to other contexts a moment later, hence the poll.)
 */
async function cached(page, sw = '/sw.js') {
  const text = readFileSync(join(site, sw), 'utf8');
  const build = text.match(/const BUILD = "([0-9a-f]+)"/)[1];
  const files = JSON.parse(text.match(/const FILES = (\[.*\]);/)[1]).sort();
  const cache = `spoorwijzer${sw.replace('sw.js', '').replace(/\//g, '-')}${build}`;
  const kept = () => page.evaluate(async (name) => (await caches.has(name))
    ? (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname).sort()
    : [], cache);
  await expect.poll(kept).toEqual(files);
  return { build, cache, files };
}

/**
 * A new deploy: the same build with a marker in its page and a changed stylesheet under a new
 * hashed name (as a real rebuild gives), its workers' file lists made again, and the old files
 * gone from the site.
 */
function deployChangedBuild(marker) {
  const next = mkdtempSync(join(tmpdir(), 'spoorwijzer-next-'));
  cpSync(DIST, next, { recursive: true });
  for (const [dir, base] of [[next, '/'], [join(next, 'en'), '/en/']]) {
    const css = readdirSync(dir).find((n) => /^style-[0-9a-f]+\.css$/.test(n));
    const body = `${readFileSync(join(dir, css), 'utf8')}\nhtml { --rw-build: "${marker}"; }\n`;
    const name = `style-${createHash('sha256').update(body).digest('hex').slice(0, 16)}.css`;
    writeFileSync(join(dir, name), body);
    rmSync(join(dir, css));
    const integrity = `sha384-${createHash('sha384').update(body).digest('base64')}`;
    let html = readFileSync(join(dir, 'index.html'), 'utf8');
    // (The served HTML is minified: attribute quotes are optional.)
    const link = new RegExp(`href="?${base}${css}"?([^>]*) integrity="?[^" >]+"?`);
    if (!link.test(html)) throw new Error(`no link to ${css}`);
    html = html.replace(link, `href="${base}${name}"$1 integrity="${integrity}"`);
    html = html.replace('</title>', `</title><meta name="rw-build" content="${marker}">`);
    writeFileSync(join(dir, 'index.html'), html);
    cpSync(join(ROOT, 'public/sw.js'), join(dir, 'sw.js'));
  }
  execFileSync(process.execPath, [join(ROOT, 'scripts/service-worker.mjs'), next]);
  // Swap: old files out, new ones in (a host that keeps old files would be kinder still).
  rmSync(site, { recursive: true, force: true });
  renameSync(next, site);
}

test('after one visit the app opens offline and a whole journey works', async ({ page, context }) => {
  await page.goto('/');
  await started(page);
  await controlled(page);
  const { cache, files } = await cached(page);
  expect(await page.evaluate(() => caches.keys())).toEqual([cache]);
  // Only the build's own files are kept: no answers, nothing of the English build.
  expect(files.every((p) => !p.startsWith('/en/'))).toBe(true);
  expect(files).toContain('/');
  expect(files.some((p) => p.endsWith('_bg.wasm'))).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Spoorwijzer: uw weg bij ziekte/);
  await journey(page, vector);
  await expectResult(page, vector.expect);
  // A reload on the result page, still offline: the answers come back from the tab's history.
  await page.reload();
  await expectResult(page, vector.expect);
  await context.setOffline(false);
});

test('the English build has its own worker and opens offline too', async ({ page, context }) => {
  await page.goto('/en/');
  await started(page);
  await controlled(page);
  const { cache, files } = await cached(page, '/en/sw.js');
  expect(cache).toMatch(/^spoorwijzer-en-/);
  expect(files.every((p) => p.startsWith('/en/'))).toBe(true);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Spoorwijzer: your way/);
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page).toHaveURL(/\?stap=rol/);
  await context.setOffline(false);
});

test('a new deploy is used on the next load, whole, and replaces the old files offline', async ({ page, context }) => {
  await page.goto('/');
  await started(page);
  await controlled(page);
  const old = await cached(page);

  deployChangedBuild('B');
  const failed = [];
  page.on('requestfailed', (r) => failed.push(r.url()));
  page.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
  await page.reload();
  const marker = () => page.evaluate(() => [
    document.querySelector('meta[name="rw-build"]')?.content ?? null,
    getComputedStyle(document.documentElement).getPropertyValue('--rw-build').trim(),
  ]);
  await expect(page.locator('#app:not([data-static])')).toHaveCount(1);
  expect(await marker()).toEqual(['B', '"B"']);
  // The new worker takes over and the old build's cache is gone.
  await controlled(page);
  const now = await cached(page);
  expect(now.build).not.toBe(old.build);
  // The old build's cache is gone; the English worker's cache is the English worker's business.
  await expect.poll(() => page.evaluate(() => caches.keys().then((k) => k.filter((c) => !c.startsWith('spoorwijzer-en-'))))).toEqual([now.cache]);

  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('#app:not([data-static])')).toHaveCount(1);
  expect(await marker()).toEqual(['B', '"B"']);
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page).toHaveURL(/\?stap=rol/);
  await context.setOffline(false);
  expect(failed).toEqual([]);
});
