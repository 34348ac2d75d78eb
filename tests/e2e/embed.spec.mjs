// Embedding for bureaus: a host page on another origin (host/server.mjs, a strict host CSP)
// embeds Spoorwijzer with the one-liner; the frame resizes, shows the bureau's colour, name, logo
// and contact button, and sends the host nothing but its height. Hostile options are ignored;
// with storage blocked in the frame the journey still completes; the embed page works.
import { test, expect, expectAccessible } from './fixtures.mjs';
import { HOST_ORIGIN, APP_ORIGIN } from './playwright.config.mjs';
import { answerAll, setToday } from './wizard.mjs';

const BUREAU = 'https://bureau.example';
const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" fill="#0b5394"/></svg>';
const CASE = { role: 'werkgever', first_sick_day: '2026-06-01', contract: 'vast', own_work: 'aangepast', done: { probleemanalyse: '2026-07-06', plan_van_aanpak: '2026-07-20' } };

test.use({ allowedOrigins: [HOST_ORIGIN, BUREAU] });

function hostUrl(attrs) {
  return `${HOST_ORIGIN}/pagina?${new URLSearchParams(attrs)}`;
}

/** The frame embed.js made, once the app inside it has started. */
async function embedded(page) {
  const handle = await page.locator('iframe').elementHandle();
  const frame = await handle.contentFrame();
  await frame.waitForSelector('main h1');
  return frame;
}

/** The frame shows all of its content (no inner scrollbar) and the host sized it to fit. */
async function expectFitted(page, frame) {
  await expect
    .poll(async () => {
      const inner = await frame.evaluate(() => ({
        content: Math.ceil(document.documentElement.getBoundingClientRect().height),
        scroll: document.documentElement.scrollHeight,
        view: window.innerHeight,
      }));
      return inner.scroll <= inner.view && Math.abs(inner.content - inner.view) <= 1;
    }, { message: 'frame height follows its content, without an inner scrollbar' })
    .toBe(true);
}

async function frameCsp(frame) {
  return frame.evaluate(() => window.__cspViolations || []);
}

for (const width of [375, 1280]) {
  test(`the one-liner on another origin: themed, resized at every step, contact button, only height messages (${width}px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await setToday(page, '2026-12-03');
    await page.route(`${BUREAU}/**`, (route) => route.fulfill({ contentType: 'image/svg+xml', body: LOGO }));
    await page.goto(hostUrl({
      'data-rol': 'werkgever',
      'data-kleur': '#0b5394',
      'data-naam': 'Bureau De Brug',
      'data-logo': `${BUREAU}/logo.svg`,
      'data-contact-url': `${BUREAU}/contact`,
      'data-contact-label': 'Bel ons',
      'data-hoeken': '6',
    }));
    const frame = await embedded(page);
    await expect(page.locator('iframe')).toHaveAttribute('title', 'Spoorwijzer: hulp bij ziekte en re-integratie');
    // The bureau's look and name, and the line about privacy.
    const header = frame.locator('header.rw-header');
    await expect(header).toHaveCSS('background-color', 'rgb(11, 83, 148)');
    await expect(header.locator('.rw-header__bureau')).toHaveText('Bureau De Brug');
    await expect(header.getByRole('img', { name: 'Bureau De Brug' })).toBeVisible();
    await expect(frame.locator('.rw-embed-line')).toContainText('Spoorwijzer: uw antwoorden blijven op uw apparaat. Bureau De Brug ziet ze niet');
    await expect(frame.getByRole('button', { name: 'Start' })).toHaveCSS('border-radius', '6px');
    await expectFitted(page, frame);
    const startHeight = (await page.locator('iframe').boundingBox()).height;

    // The role is pre-selected, and stays a choice.
    await frame.getByRole('button', { name: 'Start' }).click();
    await expect(frame.locator('input[name="rol"][value="werkgever"]')).toBeChecked();
    await expectFitted(page, frame);
    await answerAll(frame, CASE);
    await expectFitted(page, frame);
    await frame.getByRole('button', { name: 'Bekijk het resultaat' }).click();
    await frame.locator('.rw-result[data-klaar]').waitFor(); // (its lower parts come after the first paint)
    await frame.waitForSelector('.rw-summary');
    await expectFitted(page, frame);
    expect((await page.locator('iframe').boundingBox()).height).toBeGreaterThan(startHeight);

    // The contact button: a plain link to the bureau, in a new tab, without referrer.
    const contact = frame.getByRole('link', { name: /Bel ons/ });
    await expect(contact).toHaveAttribute('href', `${BUREAU}/contact`);
    await expect(contact).toHaveAttribute('target', '_blank');
    await expect(contact).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(frame.locator('.rw-contact')).toContainText('Bureau De Brug kan met u meekijken');

    // All the host ever heard: the height, from Spoorwijzer's origin.
    const messages = await page.evaluate(() => window.__berichten);
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) {
      expect(m.origin).toBe(APP_ORIGIN);
      expect(Object.keys(m.data).sort()).toEqual(['hoogte', 'spoorwijzer']);
      expect(m.data.spoorwijzer).toBe('hoogte');
      expect(Number.isInteger(m.data.hoogte)).toBe(true);
    }
    expect(await frameCsp(frame)).toEqual([]);
    if (width === 375) {
      await frame.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: 'screenshots/embed-themed-375.png', fullPage: true });
      await page.locator('iframe').evaluate((f) => window.scrollTo(0, f.getBoundingClientRect().top + window.scrollY));
      await page.screenshot({ path: 'screenshots/embed-themed-375-top.png' });
    }
  });
}

test('hostile options are ignored, nothing runs, and the wizard still works', async ({ page }) => {
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await page.goto(hostUrl({
    'data-contact-url': 'javascript:alert(1)',
    'data-contact-label': '"><script>alert(2)</script>',
    'data-kleur': 'red;background:url(https://evil.example/x)',
    'data-naam': 'x'.repeat(5000),
    'data-logo': 'http://evil.example/logo.png',
    'data-lettertype': 'x;}body{display:none',
    'data-hoeken': '9999',
    'data-rol': '<img src=x onerror=alert(3)>',
    'data-kop': 'misschien',
  }));
  const frame = await embedded(page);
  await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
  // None of it reached the frame's address, and every one was reported.
  const src = await page.locator('iframe').getAttribute('src');
  expect(new URL(src).search).toBe(`?herkomst=${encodeURIComponent(HOST_ORIGIN)}`);
  for (const name of ['contact-url', 'contact-label', 'kleur', 'naam', 'logo', 'lettertype', 'hoeken', 'rol', 'kop']) {
    expect(warnings.some((w) => w.includes(`data-${name} is genegeerd`)), `warning for data-${name}`).toBe(true);
  }
  await expect(frame.locator('header.rw-header')).toHaveCSS('background-color', 'rgb(21, 66, 115)');
  await expect(frame.locator('.rw-contact')).toHaveCount(0);
  await frame.getByRole('button', { name: 'Start' }).click();
  await expect(frame.locator('input[name="rol"]:checked')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('a plain iframe with hostile options in its address: the app ignores them too', async ({ page }) => {
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  const query = new URLSearchParams({
    'contact-url': 'javascript:alert(1)',
    naam: '<script>alert(2)</script>',
    kleur: 'expression(alert(3))',
    logo: 'javascript:alert(4)',
    lettertype: 'a}*{display:none',
  });
  await page.goto(`${HOST_ORIGIN}/iframe?src=${encodeURIComponent(query.toString())}`);
  const frame = await embedded(page);
  await expect(frame.locator('.rw-contact, .rw-header__bureau, .rw-header__logo')).toHaveCount(0);
  await expect(frame.locator('header.rw-header')).toHaveCSS('background-color', 'rgb(21, 66, 115)');
  await expect(frame.locator('.rw-embed-line')).toBeVisible();
  for (const name of ['contact-url', 'naam', 'kleur', 'logo', 'lettertype']) {
    expect(warnings.some((w) => w.includes(`optie ${name} is genegeerd`)), `warning for ${name}`).toBe(true);
  }
  expect(dialogs).toEqual([]);
});

test('with storage blocked in the frame, the journey completes and saving says why it is off', async ({ page }) => {
  // What a browser that blocks third-party storage does: any use of localStorage throws.
  await page.addInitScript(() => {
    if (window.top !== window) {
      Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
    }
  });
  await setToday(page, '2026-12-03');
  await page.goto(hostUrl({ 'data-rol': 'werknemer' }));
  const frame = await embedded(page);
  await expect(frame.locator('#rw-store-notice')).toContainText('Bewaren kan hier niet');
  await expect(frame.getByLabel('Onthoud mijn antwoorden op dit apparaat')).toBeDisabled();
  await expect(frame.locator('#rw-onthoud-hint')).toContainText('In dit venster op een andere website staat uw browser niet toe');
  await answerAll(frame, { ...CASE, role: 'werknemer' });
  await frame.getByRole('button', { name: 'Bekijk het resultaat' }).click();
  await frame.locator('.rw-result[data-klaar]').waitFor(); // (its lower parts come after the first paint)
  await frame.waitForSelector('.rw-summary');
  // Taking the answers along still works.
  await frame.locator('summary', { hasText: 'Uw antwoorden bewaren' }).click();
  const download = page.waitForEvent('download');
  await frame.getByRole('button', { name: 'Download mijn antwoorden' }).click();
  expect((await download).suggestedFilename()).toMatch(/^spoorwijzer-antwoorden-2026-12-03\.json$/);
});

test('outside a frame, a shared link cannot put a name or contact button on the real site', async ({ page }) => {
  await page.goto(`/?naam=UWV&contact-url=${encodeURIComponent('https://evil.example/')}&kleur=%23ff0000&rol=werkgever`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.rw-header__bureau, .rw-embed-line')).toHaveCount(0);
  await expect(page.locator('header.rw-header')).toHaveCSS('background-color', 'rgb(21, 66, 115)');
  expect(await page.evaluate(() => document.documentElement.hasAttribute('data-ingebed'))).toBe(false);
});

test('the embed page: options, live preview, snippets with this site\'s address, host CSP lines', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: APP_ORIGIN });
  await page.goto('/embed.html');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Spoorwijzer op uw eigen website');
  await expect(page.locator('#code-kort')).toContainText(`<script src="${APP_ORIGIN}/embed.js" defer></script>`);
  await expect(page.locator('#code-csp')).toHaveText(`Content-Security-Policy: script-src 'self' ${APP_ORIGIN}; frame-src ${APP_ORIGIN}`);
  // Change the options: the snippet and the preview follow.
  await page.getByLabel('Hoofdkleur').fill('#7a1f5c');
  await page.getByLabel('Contactknop: waar naartoe? (niet verplicht)').fill('tel:+31201234567');
  await page.getByLabel('Tekst op de contactknop (niet verplicht)').fill('Bel ons');
  await page.getByLabel('Voor wie is de pagina?').selectOption('werkgever');
  await expect(page.locator('#code-opties')).toContainText('data-rol="werkgever" data-kleur="#7a1f5c" data-contact-url="tel:+31201234567" data-contact-label="Bel ons"');
  await expect(page.locator('#code-iframe')).toContainText('kleur=%237a1f5c');
  await expect.poll(async () => {
    const frame = await (await page.locator('#voorbeeld iframe').elementHandle())?.contentFrame();
    return frame?.evaluate(() => getComputedStyle(document.querySelector('header.rw-header') || document.body).backgroundColor).catch(() => null);
  }).toBe('rgb(122, 31, 92)');
  // A value that does not fit is named, and left out of the snippet.
  await page.getByLabel('Hoofdkleur').fill('rood');
  await expect(page.locator('#opties-fout')).toContainText('De hoofdkleur: deze waarde past niet');
  await expect(page.locator('#code-opties')).not.toContainText('data-kleur');
  // Copy.
  await page.locator('[data-kopieer="code-kort"]').click();
  await expect(page.locator('[data-status="code-kort"]')).toHaveText('De code is gekopieerd.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('embed.js');
  // Every option is listed.
  for (const name of ['rol', 'kleur', 'lettertype', 'hoeken', 'kop', 'taal', 'naam', 'logo', 'contact-url', 'contact-label', 'titel']) {
    await expect(page.locator('table th code', { hasText: `data-${name}` }).first()).toBeVisible();
  }
  await expect(page.locator('#beveiliging')).toBeVisible();
  await expect(page.getByText("frame-ancestors 'self' https://www.uwbureau.nl")).toBeVisible();
  await expectAccessible(page, 'embed page');
});

test.describe('headers', () => {
  test.use({ skipAxe: true }); // no page is opened
  test('embed.js may be loaded by other sites and is never served stale; the app says who may frame it', async ({ request }) => {
  const js = await request.get('/embed.js');
  expect(js.headers()['cross-origin-resource-policy']).toBe('cross-origin');
  expect(js.headers()['cache-control']).toBe('no-cache');
  expect((await js.body()).length).toBeLessThan(6000);
  const app = await request.get('/');
  expect(app.headers()['cross-origin-resource-policy']).toBe('same-origin');
  expect(app.headers()['content-security-policy']).toContain("frame-ancestors 'self' https:");
});
});
