// How people move through the wizard: with the keyboard only, with "Terug", with "Wijzigen" on
// the check page, with the browser's back and forward buttons, and with a reload.
import { test, expect } from './fixtures.mjs';
import { answer, answerAll, answerFor, expectResult, fill, journey, loadVector, setToday, stepOf } from './wizard.mjs';

const p01 = loadVector('p01.json');
const p12 = loadVector('p12.json');

/** Press Tab until `pick(arg)`, run in the page, holds; fails after 80 presses. */
async function tabTo(page, what, pick, arg) {
  for (let i = 0; i < 80; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(pick, arg)) return;
  }
  throw new Error(`Tab never reached ${what}`);
}

/** Choose `value` in the radio group `name` with the keyboard: Tab into the group, arrows. */
async function keyboardRadio(page, name, value) {
  await tabTo(page, `the options of ${name}`, (n) => document.activeElement?.name === n, name);
  await page.keyboard.press('Space');
  for (let i = 0; i < 8; i += 1) {
    const v = await page.evaluate(() => document.activeElement.checked && document.activeElement.value);
    if (v === value) break;
    await page.keyboard.press('ArrowDown');
  }
  await expect(page.locator(`input[name="${name}"][value="${value}"]`)).toBeChecked();
}

async function keyboardDate(page, base, iso) {
  const [y, m, d] = iso.split('-');
  for (const [part, value] of [['dag', String(Number(d))], ['maand', String(Number(m))], ['jaar', y]]) {
    await tabTo(page, `${base}-${part}`, (id) => document.activeElement?.id === id, `${base}-${part}`);
    await page.keyboard.type(value);
  }
}

/** Answer the current page with the keyboard alone (the pages a vector like p01 needs). */
async function keyboardAnswer(page, a) {
  const slug = stepOf(page);
  if (slug === 'eerste-ziektedag') {
    await keyboardDate(page, `${slug}-datum`, a.date1);
    await keyboardRadio(page, `${slug}-eerder`, 'nee');
  } else if (slug === 'stappen') {
    const names = await page.locator('input[type="radio"][name^="stappen-"]').evaluateAll((els) => [...new Set(els.map((e) => e.name))]);
    for (const name of names) {
      const v = (a.steps || {})[name.slice(8).replaceAll('-', '_')] || 'nee';
      await keyboardRadio(page, name, v === 'nee' || v === 'weet-niet' ? v : 'ja');
      if (v !== 'nee' && v !== 'weet-niet') await keyboardDate(page, `${name}-datum`, v);
    }
  } else if (a.checks) {
    for (const c of a.checks) {
      await tabTo(page, c, (v) => document.activeElement?.value === v, c);
      await page.keyboard.press('Space');
    }
  } else {
    await keyboardRadio(page, slug, a.choice);
    if (a.date1) await keyboardDate(page, `${slug}-datum`, a.date1);
  }
  await tabTo(page, 'Doorgaan', () => document.activeElement?.textContent === 'Doorgaan');
  const before = page.url();
  await page.keyboard.press('Enter');
  await page.waitForURL((u) => u.href !== before);
}

test('keyboard only, from the start page to the result', async ({ page }) => {
  await setToday(page, p01.today);
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Ga direct naar de inhoud' })).toBeFocused();
  await tabTo(page, 'Start', () => document.activeElement?.textContent === 'Start');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?stap=rol/);
  while (stepOf(page) !== 'controle') {
    // Each new page puts focus on its heading, so a screen reader starts there.
    await expect(page.locator('main h1')).toBeFocused();
    await keyboardAnswer(page, answerFor(stepOf(page), p01.situation, p01.situation.first_sick_day));
  }
  await tabTo(page, 'Bekijk het resultaat', () => document.activeElement?.textContent === 'Bekijk het resultaat');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?stap=resultaat/);
  await page.locator('.rw-result[data-klaar]').waitFor(); // (its lower parts come after the first paint)
  await expect(page.locator('main h1')).toBeFocused();
  await expectResult(page, p01.expect);
  // Folded explanations open with the keyboard too.
  await tabTo(page, 'a "Meer over deze stap" summary', () => document.activeElement?.textContent === 'Meer over deze stap');
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement.parentElement.open)).toBe(true);
});

test('"Terug" keeps every answer and is the browser\'s own back; an early change keeps the later answers', async ({ page }) => {
  await setToday(page, p12.today);
  await page.goto('/');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page).toHaveURL(/\?stap=/); // (a click on the served page is replayed once the app runs)
  const s = p12.situation;
  for (const slug of ['rol', 'contract', 'eerste-ziektedag', 'situatie']) {
    expect(stepOf(page)).toBe(slug);
    await answer(page, answerFor(slug, s, s.first_sick_day));
  }
  expect(stepOf(page)).toBe('bijzondere-situatie');
  const entries = await page.evaluate(() => history.length);
  // Back, step by step: every answer is still there, and no history entry is added.
  await page.getByRole('link', { name: 'Terug' }).click();
  await expect(page.locator('input[name="situatie"][value="ziek"]')).toBeChecked();
  await page.getByRole('link', { name: 'Terug' }).click();
  await expect(page.locator('input[name="eerste-ziektedag-eerder"][value="nee"]')).toBeChecked();
  await expect(page.locator('#eerste-ziektedag-datum-dag')).toHaveValue('7');
  await expect(page.locator('#eerste-ziektedag-datum-maand')).toHaveValue('4');
  await expect(page.locator('#eerste-ziektedag-datum-jaar')).toHaveValue('2025');
  expect(await page.evaluate(() => history.length)).toBe(entries);
  // The browser's forward button goes where "Terug" came from.
  await page.goForward();
  expect(stepOf(page)).toBe('situatie');
  await page.goBack();
  await page.getByRole('link', { name: 'Terug' }).click();
  expect(stepOf(page)).toBe('contract');
  await expect(page.locator('input[name="contract"][value="vast"]')).toBeChecked();
  // A fixed-term contract adds one question; the answers after it still apply and are kept.
  await answer(page, { choice: 'tijdelijk' });
  expect(stepOf(page)).toBe('contract-einde');
  await answer(page, { choice: 'geen' });
  expect(stepOf(page)).toBe('eerste-ziektedag');
  await expect(page.locator('#eerste-ziektedag-datum-dag')).toHaveValue('7');
});

test('"Wijzigen" on the check page returns there, and drops only the answers that no longer apply', async ({ page }) => {
  await setToday(page, p12.today);
  await page.goto('/');
  await answerAll(page, p12.situation);
  const rows = page.locator('.rw-summary-list__row');
  const keyOf = (name) => rows.filter({ has: page.locator('dt', { hasText: new RegExp(`^${name}$`) }) });
  await expect(keyOf('Eerste ziektedag')).toContainText('7 april 2025');
  await expect(keyOf('Ander werk bij de eigen werkgever')).toHaveCount(1);
  const before = await rows.count();
  // Change the first sick day: back to the check page, the other answers kept.
  await keyOf('Eerste ziektedag').getByRole('link', { name: /Wijzigen/ }).click();
  expect(stepOf(page)).toBe('eerste-ziektedag');
  await answer(page, { date1: '2025-04-14' });
  expect(stepOf(page)).toBe('controle');
  await expect(keyOf('Eerste ziektedag')).toContainText('14 april 2025');
  await expect(rows).toHaveCount(before);
  // Own work "ja": the question about other work no longer applies and its answer goes.
  await keyOf('Eigen werk').getByRole('link', { name: /Wijzigen/ }).click();
  await answer(page, { choice: 'ja' });
  expect(stepOf(page)).toBe('controle');
  await expect(keyOf('Ander werk bij de eigen werkgever')).toHaveCount(0);
  await page.getByRole('button', { name: 'Bekijk het resultaat' }).click();
  await page.locator('.rw-result[data-klaar]').waitFor(); // (its lower parts come after the first paint)
  await expect(page.locator('.rw-summary')).toHaveAttribute('data-spoor', 'spoor_1');
  // "Antwoorden wijzigen" on the result leads back to the check page with everything kept.
  await page.getByRole('link', { name: 'Antwoorden wijzigen' }).click();
  expect(stepOf(page)).toBe('controle');
  await expect(keyOf('Eerste ziektedag')).toContainText('14 april 2025');
});

test('the browser\'s back and forward buttons move between pages and keep the answers', async ({ page }) => {
  await setToday(page, p01.today);
  await page.goto('/');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page).toHaveURL(/\?stap=/); // (a click on the served page is replayed once the app runs)
  await answer(page, { choice: 'werknemer' });
  await answer(page, { choice: 'vast' });
  expect(stepOf(page)).toBe('eerste-ziektedag');
  await page.goBack();
  expect(stepOf(page)).toBe('contract');
  await expect(page.locator('input[name="contract"][value="vast"]')).toBeChecked();
  await expect(page).toHaveTitle(/^Wat voor contract heeft u\? – Spoorwijzer$/);
  await page.goBack();
  await expect(page.locator('input[name="rol"][value="werknemer"]')).toBeChecked();
  await page.goForward();
  await page.goForward();
  expect(stepOf(page)).toBe('eerste-ziektedag');
  await expect(page.locator('main h1')).toBeFocused();
});

test('a reload without saving keeps the step and every answer, in the middle and on the result; the URL never holds an answer', async ({ page }) => {
  await setToday(page, p12.today);
  await page.goto('/');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page).toHaveURL(/\?stap=/); // (a click on the served page is replayed once the app runs)
  for (const slug of ['rol', 'contract', 'eerste-ziektedag']) await answer(page, answerFor(slug, p12.situation, p12.situation.first_sick_day));
  // Only the step id is in the URL.
  expect(new URL(page.url()).search).toBe('?stap=situatie');
  // Half a page filled in, then the page reloads (pull to refresh, a discarded tab).
  await page.locator('input[name="situatie"][value="ziek"]').check();
  await page.reload();
  expect(stepOf(page)).toBe('situatie');
  await expect(page.locator('#rw-store-notice')).toHaveCount(0);
  await page.getByRole('link', { name: 'Terug' }).click();
  await expect(page.locator('#eerste-ziektedag-datum-dag')).toHaveValue('7');
  await page.goForward();
  await answer(page, { choice: 'ziek' });
  while (stepOf(page) !== 'controle') await answer(page, answerFor(stepOf(page), p12.situation, p12.situation.first_sick_day));
  await page.getByRole('button', { name: 'Bekijk het resultaat' }).click();
  await page.locator('.rw-result[data-klaar]').waitFor(); // (its lower parts come after the first paint)
  const before = await page.locator('main').innerText();
  await page.reload();
  await expect(page).toHaveURL(/\?stap=resultaat$/);
  await page.locator('.rw-result[data-klaar]').waitFor(); // (its lower parts come after the first paint)
  await expectResult(page, p12.expect);
  expect(await page.locator('main').innerText()).toBe(before);
  // Back and forward after the reload still work with the same answers.
  await page.goBack();
  expect(stepOf(page)).toBe('controle');
  await page.goForward();
  await expectResult(page, p12.expect);
});

test('a link to a step opened in a new tab starts again and says why', async ({ page }) => {
  await setToday(page, p01.today);
  await page.goto('/?stap=situatie');
  await expect(page).toHaveURL(/\?stap=rol$/);
  // The notice comes first in the page, before the question.
  await expect(page.locator('main > :first-child')).toHaveAttribute('data-store-notice', 'not_kept');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Voor wie gebruikt u Spoorwijzer?');
});

test('a reload with saving on keeps the page and every answer', async ({ page }) => {
  await setToday(page, p12.today);
  await page.goto('/');
  await page.getByLabel('Onthoud mijn antwoorden op dit apparaat').check();
  await answerAll(page, p12.situation);
  await page.getByRole('button', { name: 'Bekijk het resultaat' }).click();
  await page.locator('.rw-result[data-klaar]').waitFor(); // (its lower parts come after the first paint)
  const before = await page.locator('main').innerText();
  await page.reload();
  await expect(page).toHaveURL(/\?stap=resultaat$/);
  await page.locator('.rw-result[data-klaar]').waitFor(); // (its lower parts come after the first paint)
  await expectResult(page, p12.expect);
  expect(await page.locator('main').innerText()).toBe(before);
});

/** Reflow (WCAG 1.4.10): nothing sticks out sideways, down to 320 CSS pixels. */
async function expectNoSideways(page) {
  const wide = await page.evaluate(() => [...document.querySelectorAll('body *')]
    .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
    .map((el) => `${el.tagName.toLowerCase()}.${el.className}`));
  expect(wide, 'elements wider than the window').toEqual([]);
}

for (const width of [375, 1280]) {
  test(`screenshots of question pages and the result page at ${width}px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const s07 = loadVector('s07.json');
    await setToday(page, s07.today);
    await page.goto('/');
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(page).toHaveURL(/\?stap=/); // (a click on the served page is replayed once the app runs)
    await answer(page, { choice: 'werkgever' });
    await page.getByRole('button', { name: 'Doorgaan' }).click();
    await expect(page.locator('#rw-error-summary')).toBeFocused();
    await page.screenshot({ path: `screenshots/question-error-${width}.png`, fullPage: true });
    await expectNoSideways(page);
    await journey(page, s07);
    await page.screenshot({ path: `screenshots/result-top-${width}.png` });
    // Open every folded part, so the screenshot shows (and the check covers) all of it.
    await page.locator('details').evaluateAll((ds) => ds.forEach((d) => { d.open = true; }));
    await page.screenshot({ path: `screenshots/result-${width}.png`, fullPage: true });
    await expectNoSideways(page);
  });
}

test('the step page, filled in', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 900 });
  const s07 = loadVector('s07.json');
  await setToday(page, s07.today);
  await page.goto('/');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page).toHaveURL(/\?stap=/); // (a click on the served page is replayed once the app runs)
  while (stepOf(page) !== 'stappen') await answer(page, answerFor(stepOf(page), s07.situation, s07.situation.first_sick_day));
  await fill(page, answerFor('stappen', s07.situation));
  await page.screenshot({ path: 'screenshots/stappen-375.png', fullPage: true });
  await expectNoSideways(page);
});
