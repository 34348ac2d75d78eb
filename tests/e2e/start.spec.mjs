// The start page: it loads, says what Spoorwijzer is and promises privacy, and leads into the
// first question; when the wasm cannot load, a Dutch error panel appears instead of a blank page.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.mjs';

test('start page explains the guide and leads to the first question', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/Spoorwijzer/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Spoorwijzer');
  await expect(page.getByText('Uw antwoorden blijven op dit apparaat', { exact: false }).first()).toBeVisible();
  await expect(page.getByText('geen juridisch advies', { exact: false }).first()).toBeVisible();
  await page.getByRole('button', { name: /Start/ }).click();
  await expect(page).toHaveURL(/\?stap=rol/);
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toBeFocused();
  await expect(page).toHaveTitle(/– Spoorwijzer$/);
});

test.describe('when the app cannot load', () => {
  test.use({ allowConsoleErrors: true });
  test('a Dutch error panel is shown', async ({ page }) => {
    await page.route(/\.wasm$/, (route) => route.fulfill({ status: 404, body: 'weg' }));
    await page.goto('/');
    await expect(page.getByRole('alert')).toContainText('Er ging iets mis');
    await expect(page.getByText('Uw antwoorden zijn niet verstuurd', { exact: false })).toBeVisible();
  });
});

for (const width of [375, 1280]) {
  test(`start page screenshot at ${width}px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.screenshot({ path: `screenshots/start-${width}.png`, fullPage: true });
  });
}

// The served start page (src/static_page.rs): painted from the HTML before the wasm arrives,
// replaced by the app's own start page without a jump, a duplicate or a lost focus.

/** The tree under an element as text: tags, sorted attributes and text, comments left out. */
const TREE = `(root) => {
  const walk = (n) => {
    if (n.nodeType === 3) return n.data.replace(/\\s+/g, ' ');
    if (n.nodeType !== 1) return '';
    const attrs = [...n.attributes].map((a) => a.name + '=' + a.value).sort().join(' ');
    return '<' + n.localName + (attrs ? ' ' + attrs : '') + '>' + [...n.childNodes].map(walk).join('') + '</' + n.localName + '>';
  };
  return [...root.childNodes].map(walk).join('');
}`;

/** Hold the wasm back until `release()`; the page stays as served meanwhile. */
async function holdWasm(page) {
  let release;
  const gate = new Promise((r) => { release = r; });
  await page.route(/_bg\.wasm$/, async (route) => { await gate; await route.continue(); });
  return () => release();
}

for (const [home, lang] of [['/', 'nl'], ['/en/', 'en']]) {
  test(`${lang}: the served HTML holds the start page, and the app mounts over it with the same markup`, async ({ page, request }) => {
    const served = await (await request.get(home)).text();
    // As served, before any script: one heading, one start button, the privacy promise.
    // (Read with the browser's parser: the served HTML is minified.)
    const html = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'text/html');
      const all = (sel) => [...doc.querySelectorAll(sel)];
      return {
        h1: all('#app[data-static] h1.rw-heading-xl').map((e) => e.textContent),
        start: all('#app[data-static] button.rw-button--start').length,
        boot: all('script[type=module][src]').map((e) => e.getAttribute('src')),
        // The app's files are requested by the boot script after the first paint, not preloaded
        // (a preload competes with the CSS before the first paint: scripts/externalize-boot.mjs).
        preloads: all('link[rel=preload], link[rel=modulepreload]').length,
        manifest: doc.querySelector('link[rel=manifest]')?.getAttribute('href'),
        lang: doc.documentElement.lang,
      };
    }, served);
    expect(html.h1).toHaveLength(1);
    expect(html.start).toBe(1);
    expect(html.boot).toHaveLength(1);
    expect(html.boot[0]).toMatch(/\/boot-[0-9a-f]+\.js$/);
    expect(html.preloads).toBe(0);
    expect(html.manifest).toBe(`${home}manifest.webmanifest`);
    expect(html.lang).toBe(lang);
    expect(served).not.toContain('{{');

    await page.goto(home);
    await expect(page.locator('#app:not([data-static])')).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page.locator('.rw-button--start')).toHaveCount(1);
    // The app's start page is the served one, element for element (only the served page's
    // <noscript> and loading line, which the app has no need of, are left out).
    const mounted = await page.evaluate(`(${TREE})(document.getElementById('app'))`);
    const fromHtml = await page.evaluate(`((html) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const app = doc.getElementById('app');
      app.querySelectorAll('noscript, .rw-static-loading').forEach((n) => n.remove());
      return (${TREE})(app);
    })(${JSON.stringify(served)})`);
    expect(mounted).toBe(fromHtml);
  });
}

test('the start page is painted before the wasm arrives, and nothing moves when the app mounts', async ({ page }) => {
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__shifts.push(e.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    const release = await holdWasm(page);
    await page.goto('/');
    await expect(page.locator('#app[data-static] h1')).toBeVisible();
    await expect(page.locator('#app[data-static] .rw-button--start')).toBeVisible();
    const top = await page.locator('.rw-button--start').boundingBox();
    release();
    await expect(page.locator('#app:not([data-static])')).toHaveCount(1);
    await expect(page.locator('.rw-button--start')).toHaveCount(1);
    expect(await page.locator('.rw-button--start').boundingBox()).toEqual(top);
    expect(await page.evaluate(() => window.__shifts), `layout shifts at ${width}px`).toEqual([]);
    await page.unroute(/_bg\.wasm$/);
  }
});

test('focus and an opened explanation on the served page carry over, and an early "Start" is not lost', async ({ page }) => {
  let release = await holdWasm(page);
  await page.goto('/');
  await page.locator('#app[data-static] summary').click();
  await page.locator('#app[data-static] .rw-button--start').focus();
  release();
  await expect(page.locator('#app:not([data-static])')).toHaveCount(1);
  await expect(page.locator('.rw-button--start')).toBeFocused();
  await expect(page.locator('details.rw-details')).toHaveAttribute('open', '');
  // Keyboard order: the next Tab goes on from the start button.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement.id)).toBe('rw-onthoud');

  await page.unroute(/_bg\.wasm$/);
  release = await holdWasm(page);
  await page.goto('/');
  await page.locator('#app[data-static] .rw-button--start').click();
  release();
  await expect(page).toHaveURL(/\?stap=rol/);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});

test('a tick on "Onthoud" and a file chosen on the served page carry over, and "Bestand openen" is not lost', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/');
  await page.getByLabel('Onthoud mijn antwoorden op dit apparaat').check();
  await page.getByLabel('Open een eerder bewaard bestand').setInputFiles({
    name: 'antwoorden.json', mimeType: 'application/json',
    buffer: Buffer.from(readFileSync(new URL('../fixtures/saved_v2.json', import.meta.url))),
  });
  await page.getByRole('button', { name: 'Bestand openen' }).click();
  await expect(page.locator('#app[data-static]')).toHaveCount(1);
  release();
  // The file was opened: its answers are there to check, and saving is on.
  await expect(page).toHaveURL(/\?stap=/);
  await expect(page.locator('[data-store-notice="imported"]')).toContainText('2 december 2026');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('spoorwijzer:antwoorden'))).not.toBeNull();
});

test('a reload on a question shows a loading line, not the start page, until the app is there', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/?stap=rol');
  await expect(page.locator('.rw-static-loading')).toBeVisible();
  await expect(page.locator('#app[data-static] h1')).toBeHidden();
  release();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/uw weg bij ziekte/);
  await expect(page.locator('.rw-static-loading')).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  // axe needs JavaScript to run; the same markup with JavaScript is checked in every other test.
  test.use({ javaScriptEnabled: false, skipAxe: true });
  test('the page says what the guide is and why it needs JavaScript', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'JavaScript staat uit' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: /Spoorwijzer: uw weg bij ziekte/ })).toBeVisible();
    await expect(page.getByText('Uw antwoorden blijven op dit apparaat', { exact: false }).first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Start' })).toBeHidden();
    await expect(page.locator('#bewaren')).toBeHidden();
  });
});
