// The English version: its own build under /en/ (?lang=en, a bureau's data-taal="en", or the
// saved choice opens it), every page of every journey in English with the Dutch legal terms kept
// in brackets, dates in English, and a switch on every page that keeps the answers.
import { test, expect } from './fixtures.mjs';
import { HOST_ORIGIN } from './playwright.config.mjs';
import { answer, answerFor, journey, labels, loadVectors, setToday, stepOf } from './wizard.mjs';

const KEY = 'spoorwijzer:taal';

/** Dutch words that never belong in the English text, outside a Dutch term in brackets or
 * quotes, or an element marked lang="nl" (source titles, the switch back to Dutch). The same
 * list as src/content/en/result/tests.rs, which checks the catalogue natively. */
const DUTCH = ['uw', 'het', 'een', 'niet', 'wordt', 'moet', 'bij', 'voor', 'ook', 'nog', 'heeft', 'kunt', 'naar', 'dan',
  'wat', 'wie', 'zijn', 'werknemer', 'werkgever', 'ziekte', 'wanneer', 'deze', 'daarna', 'alleen', 'stap', 'vraag', 'antwoord',
  'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'januari', 'februari', 'maart', 'mei', 'juni',
  'juli', 'augustus', 'oktober', 'ziekteweek', 'doorgaan', 'terug', 'wijzigen', 'bekijk', 'uiterlijk'];

/** Every text on the page (visible or for screen readers, folded or not, and the title and the
 * labels in attributes) that still holds a Dutch word. */
async function dutchLeft(page) {
  return page.evaluate((words) => {
    const found = [];
    const check = (text, where) => {
      const rest = text.replace(/\([^)]*\)/g, ' ').replace(/(^|[^\p{L}])['‘"“][^'’"”]*['’"”]/gu, ' ').toLowerCase();
      const tokens = new Set(rest.split(/[^\p{L}\p{N}]+/u));
      for (const w of words) if (tokens.has(w)) found.push(`${where}: "${w}" in: ${text.trim().slice(0, 160)}`);
    };
    check(document.title, 'title');
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      // Code (the embed snippets) is code: its values (data-rol="werkgever") stay as they are.
      if (!el || el.closest('[lang="nl"], script, style, noscript, [hidden], code, pre, textarea')) continue;
      // The text of the element as a whole, so that a bracket split over two nodes still counts,
      // without its parts marked as Dutch.
      if (!n.textContent.trim()) continue;
      const copy = el.cloneNode(true);
      copy.querySelectorAll('[lang="nl"], code, pre').forEach((d) => d.remove());
      check(copy.textContent, el.tagName.toLowerCase());
    }
    for (const el of document.querySelectorAll('[aria-label], [alt], [title], [placeholder]')) {
      if (el.closest('[lang="nl"]')) continue;
      for (const a of ['aria-label', 'alt', 'title', 'placeholder']) if (el.getAttribute(a)) check(el.getAttribute(a), `@${a}`);
    }
    return [...new Set(found)];
  }, DUTCH);
}

/** A whole journey in English, checking every page on the way. */
async function englishJourney(page, vector) {
  await setToday(page, vector.today);
  await page.goto('/en/');
  await page.locator('main h1').waitFor();
  const found = [];
  const look = async () => { for (const f of await dutchLeft(page)) found.push(`${stepOf(page) || 'start'}: ${f}`); };
  await look();
  const l = await labels(page);
  expect(l.continue).toBe('Continue');
  await page.getByRole('button', { name: /^Start/ }).click();
  // A click on the served start page is replayed once the app runs: wait for the first question.
  await expect(page).toHaveURL(/\?stap=/);
  let ref = vector.situation.first_sick_day;
  for (let i = 0; i < 60 && stepOf(page) !== 'controle'; i += 1) {
    await page.locator('main h1').waitFor();
    await look();
    const a = answerFor(stepOf(page), vector.situation, ref);
    if (stepOf(page) === 'eerste-ziektedag' && a.earlier !== 'nee') ref = a.earlier.from;
    if (stepOf(page).startsWith('eerder-ziek-') && a.choice === 'ja') ref = a.date1;
    await answer(page, a);
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers');
  await look();
  await page.getByRole('button', { name: 'See the result' }).click();
  await page.locator('.rw-result[data-klaar]').waitFor(); // (its lower parts come after the first paint)
  await expect(page).toHaveURL(/\/en\/\?stap=resultaat/);
  await page.locator('.rw-result[data-klaar]').waitFor(); // (its lower parts come after the first paint)
  await page.locator('main h1').waitFor();
  await look();
  return found;
}

test('?lang=en opens the English build; <html lang>, title and the start page are English', async ({ page }) => {
  await page.goto('/?lang=en');
  await expect(page).toHaveURL(/\/en\/\?lang=en$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('main h1')).toBeVisible();
  await expect(page).toHaveTitle(/Spoorwijzer/);
  expect(await dutchLeft(page)).toEqual([]);
  // The switch back is named in Dutch, for people who read Dutch.
  await expect(page.locator('.rw-lang-bar a')).toHaveAttribute('hreflang', 'nl');
  await expect(page.locator('.rw-lang-bar a [lang="nl"]')).toHaveText('Nederlands');
});

for (const vector of loadVectors()) {
  test(`${vector.file} in English: every page without Dutch, dates in English`, async ({ page }) => {
    const found = await englishJourney(page, vector);
    expect(found, 'Dutch text on an English page').toEqual([]);
    const summary = page.locator('.rw-summary');
    if (await summary.count()) {
      await expect(summary.locator('[data-sick-week]')).toHaveText(/^Week \d+ of sickness|^Week \d+ of 104|^Sick week \d+/);
      const dates = (await page.locator('.rw-timeline time').allTextContents()).map((d) => d.trim());
      for (const d of dates) expect(d).toMatch(/^((Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) )?\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$/);
    }
  });
}

test('the switch keeps every answer: Dutch to English in the middle of the journey, and back', async ({ page }) => {
  const c = { today: '2026-12-03', situation: { role: 'werknemer', first_sick_day: '2026-06-01', contract: 'vast', own_work: 'aangepast', done: { probleemanalyse: '2026-07-06', plan_van_aanpak: '2026-07-20' } } };
  await setToday(page, c.today);
  await page.goto('/');
  await page.getByRole('button', { name: /^Start/ }).click();
  await expect(page).toHaveURL(/\?stap=/); // (a click on the served page is replayed once the app runs)
  let ref = c.situation.first_sick_day;
  for (let i = 0; i < 3; i += 1) await answer(page, answerFor(stepOf(page), c.situation, ref));
  const step = stepOf(page);
  await page.getByRole('link', { name: /English/ }).click();
  await expect(page).toHaveURL(new RegExp(`/en/\\?stap=${step}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.locator('main h1').waitFor();
  // The answers came along: go back a page, the earlier answer is still chosen.
  await page.goBack();
  await expect(page.locator('input:checked').first()).toBeVisible();
  await page.goForward();
  await page.locator('main h1').waitFor();
  for (let i = 0; i < 60 && stepOf(page) !== 'controle'; i += 1) await answer(page, answerFor(stepOf(page), c.situation, ref));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers');
  await expect(page.locator('main')).toContainText('1 June 2026');
  await page.getByRole('button', { name: 'See the result' }).click();
  await page.locator('.rw-result[data-klaar]').waitFor(); // (its lower parts come after the first paint)
  const english = await page.locator('.rw-summary [data-sick-week]').innerText();
  await page.getByRole('link', { name: /Nederlands/ }).click();
  await expect(page).toHaveURL(/:\d+\/\?stap=resultaat$/);
  await page.locator('.rw-result[data-klaar]').waitFor(); // (its lower parts come after the first paint)
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.locator('.rw-summary [data-sick-week]')).toHaveText(/^Ziekteweek 27 van 104/);
  expect(english).toMatch(/27/);
  // Nothing was stored: saving is off.
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
});

test('with saving on, the language is remembered; "Erase everything" forgets it', async ({ page }) => {
  await page.goto('/en/');
  await page.getByLabel('Remember my answers on this device').check();
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe('en');
  await page.goto('/');
  await expect(page).toHaveURL(/\/en\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.locator('main h1').waitFor();
  await page.getByRole('button', { name: 'Erase everything' }).first().click();
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
});

test('errors, the privacy page and the conversation card in English', async ({ page }) => {
  await page.goto('/en/');
  await page.getByRole('button', { name: /^Start/ }).click();
  await expect(page).toHaveURL(/\?stap=/); // (a click on the served page is replayed once the app runs)
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(page.locator('#rw-error-summary')).toBeFocused();
  await expect(page).toHaveTitle(/^Error: /);
  expect(await dutchLeft(page)).toEqual([]);
  await page.getByRole('link', { name: 'Privacy' }).first().click();
  await expect(page).toHaveURL(/\/en\/\?stap=privacy/);
  await page.locator('main h1').waitFor();
  expect(await dutchLeft(page)).toEqual([]);
  await journey(page, { today: '2026-12-03', situation: { role: 'werkgever', first_sick_day: '2026-02-09', contract: 'vast', own_work: 'nee', other_work_own_employer: 'nee', work_capacity: 'beperkt', done: { probleemanalyse: '2026-03-16', plan_van_aanpak: '2026-03-30' } } }, '/en/');
  await page.getByRole('link', { name: /conversation card/i }).click();
  await expect(page).toHaveURL(/\/en\/\?stap=gesprekskaart/);
  await page.locator('main h1').waitFor();
  expect(await dutchLeft(page)).toEqual([]);
});

test('the embedding page for bureaus in English, with English snippets', async ({ page }) => {
  await page.goto('/en/embed.html');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('h1')).toBeVisible();
  expect(await dutchLeft(page)).toEqual([]);
  await expect(page.locator('main')).toContainText('data-taal="en"');
});

test.describe('embedded', () => {
  test.use({ allowedOrigins: [HOST_ORIGIN] });
  test('a bureau\'s data-taal="en" opens the English build in the frame', async ({ page }) => {
    await page.goto(`${HOST_ORIGIN}/pagina?${new URLSearchParams({ 'data-taal': 'en' })}`);
    const frame = await (await page.locator('iframe').elementHandle()).contentFrame();
    await frame.waitForSelector('main h1');
    expect(new URL(frame.url()).pathname).toBe('/en/');
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe('en');
    await expect(page.locator('iframe')).toHaveAttribute('title', 'Spoorwijzer: help with sickness and re-integration');
  });
});
