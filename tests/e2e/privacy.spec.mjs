// Privacy by construction: nothing is stored unless the user chooses so, "Wis alles" leaves no
// trace, nothing is requested after the page has loaded, bad or blocked storage never breaks the
// app, and a downloaded file opens in a fresh browser with the same result.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, AXE_TAGS } from './fixtures.mjs';
import { answerAll, expectResult, journey, loadVector, setToday, stepOf } from './wizard.mjs';
import { HOST_ORIGIN } from './playwright.config.mjs';

const KEY = 'spoorwijzer:antwoorden';
const p04 = loadVector('p04.json');
const s07 = loadVector('s07.json');

/** Everything a page could have left behind in this browser. */
async function traces(page) {
  const inPage = await page.evaluate(async () => ({
    localStorage: Object.keys(localStorage),
    sessionStorage: Object.keys(sessionStorage),
    indexedDB: (await indexedDB.databases()).map((d) => d.name),
    cookie: document.cookie,
    caches: 'caches' in window ? await caches.keys() : [],
  }));
  return { ...inPage, cookies: (await page.context().cookies()).map((c) => c.name) };
}
const NONE = { localStorage: [], sessionStorage: [], indexedDB: [], cookie: '', caches: [], cookies: [] };

/** The result page's text, without the notice at the top. */
async function resultText(page) {
  await page.locator('.rw-result[data-klaar]').waitFor(); // (its lower parts come after the first paint)
  const text = await page.locator('main').innerText();
  return text.slice(text.indexOf('Uw resultaat'));
}

/** Record every attempt to write to any browser storage, from before the app starts. */
async function spyOnWrites(page) {
  await page.addInitScript(() => {
    window.__writes = [];
    const log = (what) => window.__writes.push(what);
    for (const m of ['setItem', 'removeItem', 'clear']) {
      const orig = Storage.prototype[m];
      Storage.prototype[m] = function (...a) { log(`${this === sessionStorage ? 'session' : 'local'}Storage.${m}`); return orig.apply(this, a); };
    }
    const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
    Object.defineProperty(document, 'cookie', { get: () => cookie.get.call(document), set: (v) => { log('cookie'); cookie.set.call(document, v); } });
    const open = indexedDB.open.bind(indexedDB);
    indexedDB.open = (...a) => { log('indexedDB.open'); return open(...a); };
    if (window.caches) { const co = caches.open.bind(caches); caches.open = (...a) => { log('caches.open'); return co(...a); }; }
  });
}

/** On the result page the saving choices are folded away: open them. */
async function openSavePanel(page) {
  const fold = page.locator('details:has(#bewaren)');
  if (await fold.count()) await fold.evaluate((d) => { d.open = true; });
}

test('with saving off, a whole journey writes nothing that outlives the tab', async ({ page, browser, baseURL }) => {
  await spyOnWrites(page);
  await journey(page, s07);
  await expectResult(page, s07.expect);
  await openSavePanel(page);
  await page.getByRole('button', { name: 'Download mijn antwoorden' }).click();
  await page.getByRole('link', { name: 'Antwoorden wijzigen' }).click();
  await page.getByRole('button', { name: 'Bekijk het resultaat' }).click();
  await page.locator('.rw-result[data-klaar]').waitFor(); // (its lower parts come after the first paint)
  expect(await page.evaluate(() => window.__writes)).toEqual([]);
  expect(await traces(page)).toEqual(NONE);
  await expect(page.locator('[data-saving]')).toHaveAttribute('data-saving', 'false');
  // The answers live in this tab's history only (so a reload keeps them)...
  const state = await page.evaluate(() => history.state);
  expect(JSON.parse(state.answers).answers.first_sick_day).toBe(s07.situation.first_sick_day);
  // ...and nothing of them is left once the tab is gone: a new tab of the same browser starts empty.
  const url = page.url();
  const next = await page.context().newPage();
  await setToday(next, s07.today);
  await next.goto(url);
  await expect(next).toHaveURL(/\?stap=rol$/);
  expect(await traces(next)).toEqual(NONE);
  await next.close();
});

test('with saving on, a reload restores the same answers and result, and "Wis alles" leaves nothing', async ({ page }) => {
  await setToday(page, s07.today);
  await page.goto('/');
  await page.getByLabel('Onthoud mijn antwoorden op dit apparaat').check();
  await expect(page.getByRole('status')).toHaveText('Uw antwoorden worden op dit apparaat onthouden.');
  await answerAll(page, s07.situation);
  await page.getByRole('button', { name: 'Bekijk het resultaat' }).click();
  await page.locator('.rw-result[data-klaar]').waitFor(); // (its lower parts come after the first paint)
  const before = await resultText(page);
  // Only the answers are stored, in the versioned format. (The write follows the last answer
  // and the language choice: wait until it is there before reading it or reloading.)
  await expect.poll(() => page.evaluate((k) => JSON.parse(localStorage.getItem(k) || '{}').answers?.first_sick_day, KEY))
    .toBe(s07.situation.first_sick_day);
  const stored = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY));
  expect(Object.keys(stored)).toEqual(['answers', 'format', 'saved_on', 'version']);
  expect(stored).toMatchObject({ format: 'spoorwijzer-antwoorden', version: 2, saved_on: s07.today });
  expect(stored.answers.first_sick_day).toBe(s07.situation.first_sick_day);

  // A new visit on a later day (a fresh navigation: no answers in the tab's history) restores
  // the same answers from the device and leaves the stored copy as it was.
  const raw = await page.evaluate((k) => localStorage.getItem(k), KEY);
  const url = page.url();
  await setToday(page, '2026-11-25');
  await page.goto('about:blank');
  await page.goto(url);
  await expect(page.locator('[data-store-notice="restored"]')).toContainText('22 november 2026');
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(raw);
  await setToday(page, s07.today);
  await page.goto('about:blank');
  await page.goto(url);
  expect(await resultText(page)).toBe(before);

  await page.locator('#rw-store-notice').getByRole('button', { name: 'Wis alles' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('[data-store-notice="erased"]')).toContainText('Alles is gewist');
  await expect(page.locator('#rw-store-notice')).toBeFocused();
  expect(await traces(page)).toEqual(NONE);
  await page.reload();
  await expect(page.locator('#rw-store-notice')).toHaveCount(0);
  await expect(page.getByLabel('Onthoud mijn antwoorden op dit apparaat')).not.toBeChecked();
});

test('"Wis alles" in the panel, with saving on, removes everything', async ({ page }) => {
  await setToday(page, p04.today);
  await page.goto('/');
  await page.getByLabel('Onthoud mijn antwoorden op dit apparaat').check();
  await answerAll(page, p04.situation);
  await expect.poll(() => page.evaluate((k) => localStorage.getItem(k) !== null, KEY)).toBe(true);
  await page.locator('#bewaren').getByRole('button', { name: 'Wis alles' }).click();
  await expect(page.locator('[data-store-notice="erased"]')).toBeFocused();
  expect(await traces(page)).toEqual(NONE);
  await expect(page.getByLabel('Onthoud mijn antwoorden op dit apparaat')).not.toBeChecked();
});

test('opening a file while saving is on stores the opened answers', async ({ page }) => {
  await setToday(page, p04.today);
  await page.goto('/');
  await page.getByLabel('Onthoud mijn antwoorden op dit apparaat').check();
  const file = { format: 'spoorwijzer-antwoorden', version: 1, saved_on: '2026-01-05', answers: { role: 'werknemer', contract: 'zzp' } };
  await page.getByLabel('Open een eerder bewaard bestand').setInputFiles({ name: 'a.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await page.getByRole('button', { name: 'Bestand openen' }).click();
  await expect(page).toHaveURL(/\?stap=controle/);
  await expect.poll(async () => JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY)).answers.contract).toBe('zzp');
});

test('switching saving off removes the stored copy at once', async ({ page }) => {
  await page.goto('/');
  const box = page.getByLabel('Onthoud mijn antwoorden op dit apparaat');
  await box.check();
  await expect.poll(() => page.evaluate((k) => localStorage.getItem(k) !== null, KEY)).toBe(true);
  await box.uncheck();
  await expect(page.getByRole('status')).toHaveText('Uw antwoorden worden niet bewaard. Sluit u het tabblad, dan zijn ze weg.');
  await expect.poll(() => traces(page)).toEqual(NONE);
});

test('after the page has loaded, nothing is requested: a whole journey works offline', async ({ page }) => {
  await setToday(page, p04.today);
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  const later = [];
  page.on('request', (r) => !r.url().startsWith('data:') && later.push(r.url()));
  await page.context().setOffline(true);
  await answerAll(page, p04.situation);
  await page.getByRole('button', { name: 'Bekijk het resultaat' }).click();
  await page.locator('.rw-result[data-klaar]').waitFor(); // (its lower parts come after the first paint)
  await expectResult(page, p04.expect);
  await page.getByRole('link', { name: 'Privacy en uw antwoorden bewaren' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Privacy: wat er met uw antwoorden gebeurt');
  expect(later).toEqual([]);
  await page.context().setOffline(false);
});

test.describe('stored data the app cannot use', () => {
  const cases = [
    ['damaged JSON', '{"format":"spoorwijzer-antwoorden","vers', 'is beschadigd of niet van ons'],
    ['another app\'s value', '{"theme":"dark","lang":"en"}', 'is beschadigd of niet van ons'],
    ['a plain string', 'hallo', 'is beschadigd of niet van ons'],
    ['damaged answers', '{"format":"spoorwijzer-antwoorden","version":1,"saved_on":"2026-11-01","answers":{"role":"baas"}}', 'is beschadigd of niet van ons'],
    ['a newer version', '{"format":"spoorwijzer-antwoorden","version":7,"saved_on":"2030-01-01","answers":{}}', 'van een nieuwere versie van Spoorwijzer'],
  ];
  for (const [what, value, says] of cases) {
    test(`${what}: the app starts fresh, says so, keeps the data, and works`, async ({ page }) => {
      await page.goto('/');
      await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, value]);
      await page.reload();
      await expect(page.locator('[data-store-notice="unreadable"]')).toContainText(says);
      // Not destroyed behind the user's back (a newer version may still read it)...
      expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(value);
      // ...and the app works: a journey to a result.
      await journey(page, p04);
      await expectResult(page, p04.expect);
      // "Wis alles" removes it.
      await openSavePanel(page);
      await page.getByRole('button', { name: 'Wis alles' }).click();
      expect(await traces(page)).toEqual(NONE);
    });
  }
});

test('choosing to save replaces a stored value the app could not use', async ({ page }) => {
  await page.goto('/');
  const newer = '{"format":"spoorwijzer-antwoorden","version":7,"saved_on":"2030-01-01","answers":{}}';
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, newer]);
  await page.reload();
  await expect(page.locator('[data-store-notice="unreadable"]')).toContainText('dan worden ze vervangen');
  await page.getByLabel('Onthoud mijn antwoorden op dit apparaat').check();
  await expect.poll(async () => JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY)).version).toBe(2);
});

test('storage that throws when read: the app works without saving', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.getItem = () => { throw new DOMException('NS_ERROR_FILE_CORRUPTED', 'UnknownError'); };
  });
  await page.goto('/');
  await expect(page.locator('[data-store-notice="unavailable"]')).toBeVisible();
  await expect(page.getByLabel('Onthoud mijn antwoorden op dit apparaat')).toBeDisabled();
  await journey(page, p04);
  await expectResult(page, p04.expect);
});

test('storage that is blocked (sandboxed or third-party frame, switched off): the app works without saving', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    });
  });
  await page.goto('/');
  await expect(page.locator('[data-store-notice="unavailable"]')).toContainText('Bewaren kan niet in deze browser');
  await expect(page.getByLabel('Onthoud mijn antwoorden op dit apparaat')).toBeDisabled();
  await journey(page, p04);
  await expectResult(page, p04.expect);
});

test('storage that is full: saving stops with a notice, and the answers stay on the page', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
  });
  await setToday(page, p04.today);
  await page.goto('/');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page).toHaveURL(/\?stap=/); // (a click on the served page is replayed once the app runs)
  await page.locator('input[name="rol"][value="werkgever"]').check();
  await page.getByRole('button', { name: 'Doorgaan' }).click();
  await page.getByRole('link', { name: 'Privacy en uw antwoorden bewaren' }).click();
  // The write fails at once, so the box unchecks itself again.
  await page.getByLabel('Onthoud mijn antwoorden op dit apparaat').click();
  await expect(page.locator('[data-store-notice="save_failed"]')).toContainText('Bewaren lukt niet meer');
  await expect(page.getByLabel('Onthoud mijn antwoorden op dit apparaat')).not.toBeChecked();
  await page.getByRole('link', { name: 'Terug' }).click();
  expect(stepOf(page)).toBe('contract');
  await page.getByRole('link', { name: 'Terug' }).click();
  await expect(page.locator('input[name="rol"][value="werkgever"]')).toBeChecked();
});

test('a downloaded file opens in a fresh browser with the same result', async ({ page, browser, baseURL }) => {
  await journey(page, s07);
  const before = await resultText(page);
  await openSavePanel(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download mijn antwoorden' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`spoorwijzer-antwoorden-${s07.today}.json`);
  const file = await download.path();
  const saved = JSON.parse(readFileSync(file, 'utf8'));
  expect(saved).toMatchObject({ format: 'spoorwijzer-antwoorden', version: 2, saved_on: s07.today });
  expect(await traces(page)).toEqual(NONE);

  // Another browser profile: nothing shared with the first one.
  const fresh = await browser.newContext({ baseURL, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  const other = await fresh.newPage();
  const problems = [];
  other.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  other.on('request', (r) => new URL(r.url()).origin !== new URL(baseURL).origin && !r.url().startsWith('blob:') && problems.push(r.url()));
  await setToday(other, s07.today);
  await other.goto('/');
  // (What is chosen on the served page before the app is there carries over: start.spec.mjs.)
  await expect(other.locator('#app:not([data-static])')).toHaveCount(1);
  await other.getByLabel('Open een eerder bewaard bestand').setInputFiles(file);
  await other.getByRole('button', { name: 'Bestand openen' }).click();
  await expect(other).toHaveURL(/\?stap=controle/);
  await expect(other.locator('[data-store-notice="imported"]')).toContainText('22 november 2026');
  await other.getByRole('button', { name: 'Bekijk het resultaat' }).click();
  await other.locator('.rw-result[data-klaar]').waitFor(); // (its lower parts come after the first paint)
  await expectResult(other, s07.expect);
  expect(await resultText(other)).toBe(before);
  const { violations } = await new AxeBuilder({ page: other }).withTags(AXE_TAGS).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
  expect(problems).toEqual([]);
  // Opening a file stores nothing either, unless saving is switched on.
  expect(await traces(other)).toEqual(NONE);
  await fresh.close();
});

test.describe('files that are refused, with the answers unchanged', () => {
  const files = [
    ['not JSON', 'hallo.json', 'dit is geen json', 'Dit bestand kan Spoorwijzer niet lezen.'],
    ['another file', 'ander.json', '{"naam":"Jan"}', 'Dit is geen bestand van Spoorwijzer.'],
    ['a newer version', 'nieuw.json', '{"format":"spoorwijzer-antwoorden","version":3,"saved_on":"2027-01-01","answers":{}}', 'nieuwere versie van Spoorwijzer'],
    ['changed by hand', 'anders.json', '{"format":"spoorwijzer-antwoorden","version":1,"saved_on":"2026-11-22","answers":{"first_sick_day":"2026-02-31"}}', 'beschadigd of met de hand aangepast'],
    ['too large', 'groot.json', 'x'.repeat(70_000), 'te groot'],
  ];
  for (const [what, name, content, says] of files) {
    test(what, async ({ page }) => {
      await setToday(page, s07.today);
      await page.goto('/');
      await page.getByRole('button', { name: 'Start' }).click();
      await expect(page).toHaveURL(/\?stap=/); // (a click on the served page is replayed once the app runs)
      await page.locator('input[name="rol"][value="werkgever"]').check();
      await page.getByRole('button', { name: 'Doorgaan' }).click();
      await page.getByRole('link', { name: 'Privacy en uw antwoorden bewaren' }).click();
      const input = page.getByLabel('Open een eerder bewaard bestand');
      await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
      await page.getByRole('button', { name: 'Bestand openen' }).click();
      const error = page.locator('#rw-open-file-fout');
      await expect(error).toContainText(says);
      await expect(error).toContainText('Uw antwoorden zijn niet veranderd.');
      await expect(input).toBeFocused();
      await expect(input).toHaveAttribute('aria-describedby', /rw-open-file-fout/);
      // Nothing changed: the first answer is still there.
      await page.getByRole('link', { name: 'Terug' }).click();
      await page.getByRole('link', { name: 'Terug' }).click();
      await expect(page.locator('input[name="rol"][value="werkgever"]')).toBeChecked();
    });
  }
  test('no file chosen', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Bestand openen' }).click();
    await expect(page.locator('#rw-open-file-fout')).toContainText('Kies een bestand om te openen.');
  });
});

test('the privacy page tells what is stored, where, how long, and how to erase it', async ({ page }) => {
  await page.goto('/?stap=privacy');
  await expect(page).toHaveTitle('Privacy: wat er met uw antwoorden gebeurt – Spoorwijzer');
  for (const heading of ['In het kort', 'Wat wordt er bewaard?', 'Hoe lang?', 'Wie kan het zien?',
    'Het adres van de pagina en de geschiedenis van uw browser', 'Het bestand dat u downloadt', 'Wat we nooit vragen',
    'Wat de server ziet', 'Uw antwoorden bewaren']) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  await expect(page.getByText("in de opslag van deze browser op dit apparaat (die heet 'localStorage')")).toBeVisible();
  await expect(page.getByText('Spoorwijzer zet er geen einddatum op.', { exact: false })).toBeVisible();
  await expect(page.getByText("Uw antwoord staat er nooit in.", { exact: false })).toBeVisible();
});

test('the strict Content-Security-Policy is in the page and in the headers, and the page has no inline script', async ({ page, request }) => {
  const response = await request.get('/');
  const html = await response.text();
  // (Read with the browser's parser: the served HTML is minified.)
  const meta = await page.evaluate((text) => new DOMParser().parseFromString(text, 'text/html')
    .querySelector('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'), html);
  for (const csp of [meta, response.headers()['content-security-policy']]) {
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("form-action 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain("'unsafe-eval'");
    // Other sites only as a bureau's logo (img-src, used inside a frame) and as the sites that
    // may frame Spoorwijzer (frame-ancestors, header only): never for scripts, styles or requests.
    for (const directive of csp.split(';').map((d) => d.trim())) {
      if (!/^(img-src|frame-ancestors) /.test(directive)) expect(directive).not.toMatch(/https?:/);
    }
  }
  expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'self' https:");
  expect(response.headers()['referrer-policy']).toBe('no-referrer');
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
  expect(response.headers()['permissions-policy']).toContain('camera=()');
  expect(response.headers()['set-cookie']).toBeUndefined();
  // The headers documented for nginx and for static hosts are the ones this server sends.
  const sent = ['content-security-policy', 'referrer-policy', 'x-content-type-options', 'permissions-policy',
    'cross-origin-opener-policy', 'cross-origin-resource-policy'];
  const headersFile = readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8');
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  // The test server adds the host page of the embedding tests (FRAME_ANCESTORS_EXTRA), as a
  // bureau would add its own site; without it the header is the documented one.
  const extra = ` ${HOST_ORIGIN}`;
  for (const name of sent) {
    const value = response.headers()[name]?.replace(extra, '');
    const inFile = headersFile.match(new RegExp(`^\\s+${name}: (.+)$`, 'im'))?.[1];
    const inNginx = readme.match(new RegExp(`add_header ${name} "([^"]+)"`, 'i'))?.[1];
    expect(inFile, `${name} in public/_headers`).toBe(value);
    expect(inNginx, `${name} in the README's nginx example`).toBe(value);
  }
  // Every script is a file of this site: nothing inline for the policy to allow.
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  expect(scripts.length).toBeGreaterThan(0);
  for (const [, attrs, body] of scripts) {
    expect(attrs).toMatch(/src="?\/[^" >]+/);
    expect(body.trim()).toBe('');
  }
  // And the app really runs under it (the fixture also fails on any violation).
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
});
