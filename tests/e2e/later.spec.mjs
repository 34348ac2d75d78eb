// The pages after the start page come in a second download (src/ui/later.rs,
// scripts/wasm-build.mjs): the first load carries only what the start page needs; the app then
// fetches the other pages' code by itself, so they still open at once; and a page whose code
// cannot be fetched says so and can be tried again, with every answer kept.
import { test, expect } from './fixtures.mjs';
import { journey, loadVector } from './wizard.mjs';

const SPLIT = /\/app-[0-9a-f]+\/(split|chunk)_[^/]*\.wasm$/;
const MAIN = /\/app-[0-9a-f]+\/spoorwijzer_bg\.wasm$/;

/** Every text that appeared in a status line (role="status") while the page ran. */
async function recordStatusLines(page) {
  await page.addInitScript(() => {
    window.__statusLines = [];
    new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) {
        if (n.nodeType !== 1) continue;
        for (const s of [n, ...n.querySelectorAll('[role="status"]')]) {
          if (s.getAttribute?.('role') === 'status') window.__statusLines.push(s.textContent);
        }
      }
    }).observe(document, { childList: true, subtree: true });
  });
}

test('the first load holds the start page; the other pages follow by themselves and then open at once', async ({ page }) => {
  const events = [];
  page.on('request', (r) => events.push(['request', r.url()]));
  page.on('requestfinished', (r) => events.push(['finished', r.url()]));
  await recordStatusLines(page);
  const served = await (await page.goto('/')).text();
  // The page starts the boot script, which fetches the main module and names no split-off one.
  const boot = served.match(/src="?(\/boot-[0-9a-f]+\.js)/)[1];
  const script = await (await page.request.get(boot)).text();
  expect(script).toMatch(/app-[0-9a-f]+\/spoorwijzer_bg\.wasm/);
  for (const text of [served, script]) expect(text).not.toMatch(/(split|chunk)_[^"' >]*\.wasm/);
  await expect(page.locator('#app:not([data-static]) h1')).toBeVisible();
  // Both split-off modules arrive without any click.
  await expect.poll(() => events.filter(([e, u]) => e === 'finished' && /split_/.test(u)).length).toBeGreaterThanOrEqual(2);
  const mainDone = events.findIndex(([e, u]) => e === 'finished' && MAIN.test(u));
  const firstSplit = events.findIndex(([e, u]) => e === 'request' && SPLIT.test(u));
  expect(mainDone, 'the main module was loaded').toBeGreaterThanOrEqual(0);
  expect(firstSplit, 'split modules are fetched only after the main module').toBeGreaterThan(mainDone);
  // Then every page opens at once: no loading line on the way to a question and back.
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page).toHaveURL(/\?stap=rol/);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.getByRole('link', { name: /Privacy/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Privacy');
  expect(await page.evaluate(() => window.__statusLines)).not.toContain('Deze pagina wordt geladen…');
});

test.describe('when a page cannot be downloaded', () => {
  // The split modules' loader reports the failed fetch on the console itself.
  test.use({ allowConsoleErrors: true });
  test('it says so, keeps the answers, and "Probeer het opnieuw" loads it', async ({ page }) => {
    let blocked = true;
    await page.route(/\/split_pages\.wasm$/, (route) => (blocked ? route.abort('internetdisconnected') : route.continue()));
    await page.goto('/');
    await expect(page.locator('#app:not([data-static]) h1')).toBeVisible();
    await page.getByRole('button', { name: 'Start' }).click();
    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1).toHaveText('Deze pagina kon niet worden geladen');
    await expect(h1).toBeFocused();
    await expect(page).toHaveTitle(/^Deze pagina kon niet worden geladen – Spoorwijzer$/);
    await expect(page.getByText('Uw antwoorden zijn niet weg', { exact: false })).toBeVisible();
    // (After a new version of the site the old page code may be gone: a fresh load is offered too.)
    await expect(page.getByRole('link', { name: 'Lukt het niet? Laad Spoorwijzer opnieuw' })).toBeVisible();
    blocked = false;
    await page.getByRole('button', { name: 'Probeer het opnieuw' }).click();
    await expect(page).toHaveURL(/\?stap=rol/);
    await expect(h1).not.toHaveText('Deze pagina kon niet worden geladen');
    await expect(page.getByRole('radio').first()).toBeVisible();
  });
});

test('a reload on the result page shows a loading line, then the result', async ({ page }) => {
  await journey(page, loadVector('p01.json'));
  await expect(page.locator('.rw-summary')).toBeVisible();
  // The result's code held back on the reload: the page says it is loading, not nothing.
  let release;
  const gate = new Promise((r) => { release = r; });
  await page.route(/\/split_result\.wasm$/, async (route) => { await gate; await route.continue(); });
  await page.reload();
  const loading = page.getByRole('status').filter({ hasText: 'Deze pagina wordt geladen…' });
  await expect(loading).toBeVisible();
  release();
  await expect(loading).toHaveCount(0);
  await expect(page).toHaveURL(/\?stap=resultaat/);
  await page.locator('.rw-result[data-klaar]').waitFor(); // (its lower parts come after the first paint)
  await expect(page.locator('.rw-summary')).toBeVisible();
});
