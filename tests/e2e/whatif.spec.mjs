// "Wat als?": one fact changed, compared side by side with the case as it is; the answers (and
// the copy saved on this device) change only when the user takes the change over.
import { test, expect } from './fixtures.mjs';
import { answerAll, fillDate, setToday } from './wizard.mjs';

const KEY = 'spoorwijzer:antwoorden';

/** Answer a case with saving on and open its result. */
async function resultOf(page, c) {
  await setToday(page, c.today);
  await page.goto('/');
  await page.getByLabel('Onthoud mijn antwoorden op dit apparaat').check();
  await answerAll(page, c.situation);
  await page.getByRole('button', { name: 'Bekijk het resultaat' }).click();
  await page.locator('.rw-result[data-klaar]').waitFor(); // (its lower parts come after the first paint)
  await expect(page).toHaveURL(/\?stap=resultaat/);
  await page.locator('.rw-result[data-klaar]').waitFor(); // (its lower parts come after the first paint)
}

/** Pick a change, give its date, and show the comparison. */
async function tryChange(page, label, iso, percent) {
  const section = page.locator('.rw-what-if');
  // The tool is folded under one line, so the result stays short to read.
  const open = section.locator('summary', { hasText: 'Probeer uit wat er verandert' });
  if ((await section.locator('details[open]').count()) === 0) await open.click();
  await section.getByLabel(label).check();
  if (iso) await fillDate(page, await section.locator('.rw-radios__conditional input').first().getAttribute('id').then((id) => id.replace(/-dag$/, '')), iso);
  if (percent) await section.locator('input[id$="-procent"]').fill(String(percent));
  await section.getByRole('button', { name: 'Bekijk wat er verandert' }).click();
  await expect(section.locator('#rw-what-if-result')).toBeFocused();
  return section;
}

/** The row of the comparison for `subject`: [subject, now, with the change]. */
async function rowOf(section, subject) {
  const row = section.locator('table[data-what-if] tr', { has: section.page().locator('th', { hasText: subject }) }).first();
  return row.locator('th, td').allInnerTexts();
}

async function saved(page) {
  return page.evaluate((k) => localStorage.getItem(k), KEY);
}

test('contract end before week 42: the 42nd-week report goes, the ziek-uit-dienstmelding comes, UWV takes over', async ({ page }) => {
  await resultOf(page, { today: '2026-12-03', situation: { role: 'werknemer', first_sick_day: '2026-06-01', contract: 'tijdelijk', own_work: 'aangepast', done: { probleemanalyse: '2026-07-06', plan_van_aanpak: '2026-07-20' } } });
  const before = await saved(page);
  const section = await tryChange(page, 'Wat als mijn contract eindigt op een datum?', '2027-01-31');
  const report = await rowOf(section, 'Ziekmelding bij UWV (42e week)');
  expect(report[1]).toContain('maandag 22 maart 2027');
  expect(report[2]).toContain('geldt niet');
  const exit = await rowOf(section, 'Ziek-uit-dienstmelding bij UWV');
  expect(exit[1]).toContain('geldt niet');
  expect(exit[2]).toContain('zondag 31 januari 2027');
  await expect(section.locator('table[data-what-if]')).toContainText('Uw contract eindigt terwijl u ziek bent');
  await expect(section.locator('table[data-what-if] a[href*="wetten.overheid.nl"]').first()).toBeVisible();
  expect(await saved(page)).toBe(before);
  await page.setViewportSize({ width: 375, height: 800 });
  await section.screenshot({ path: 'screenshots/what-if-contract-werknemer-375.png' });
  // Back to the case as it is: nothing changed.
  await section.getByRole('button', { name: 'Terug naar mijn situatie' }).click();
  await expect(section.locator('table[data-what-if]')).toHaveCount(0);
  expect(await saved(page)).toBe(before);
});

test('spoor 2 already late: a month later instead of today, and the sanction risk stays', async ({ page }) => {
  await resultOf(page, { today: '2026-11-22', situation: { role: 'werkgever', first_sick_day: '2025-10-06', own_work: 'nee', other_work_own_employer: 'nee', work_capacity: 'beperkt', done: { probleemanalyse: '2025-11-14', plan_van_aanpak: '2025-11-27', ziekmelding_uwv: '2026-07-20', eerstejaarsevaluatie: '2026-09-28' } } });
  const before = await saved(page);
  const section = await tryChange(page, 'Wat als spoor 2 start op een datum?', '2026-12-22');
  // Weighed against starting today: both late, a month apart; the risk is there either way.
  await expect(section.locator('table[data-what-if] thead')).toContainText('Als het vandaag gebeurt');
  const row = await rowOf(section, 'Start van spoor 2');
  expect(row[1]).toContain('maandag 9 november 2026 (Gedaan 22 november 2026, na de uiterste datum)');
  expect(row[2]).toContain('(Gedaan 22 december 2026, na de uiterste datum)');
  await expect(section.locator('table[data-what-if]')).not.toContainText('Risico op een loonsanctie');
  expect(await saved(page)).toBe(before);
  // Taken over: now the answers (and the saved copy) hold the start of spoor 2.
  await section.getByRole('button', { name: 'Neem deze wijziging over' }).click();
  await expect(page).toHaveURL(/\?stap=(resultaat|stappen)/);
  await expect.poll(async () => JSON.parse(await saved(page)).answers.steps.spoor2_start_uiterlijk).toEqual({ ja: '2026-12-22' });
});

test('spoor 2 next month instead of now: the loonsanctie risk appears, with its basis', async ({ page }) => {
  await resultOf(page, { today: '2026-10-20', situation: { role: 'werkgever', first_sick_day: '2025-10-06', own_work: 'nee', other_work_own_employer: 'nee', work_capacity: 'beperkt', done: { probleemanalyse: '2025-11-14', plan_van_aanpak: '2025-11-27', ziekmelding_uwv: '2026-07-20', eerstejaarsevaluatie: '2026-09-28' } } });
  const before = await saved(page);
  const section = await tryChange(page, 'Wat als spoor 2 start op een datum?', '2026-11-20');
  const row = await rowOf(section, 'Start van spoor 2');
  expect(row[1]).toContain('maandag 9 november 2026');
  expect(row[2]).toContain('(Gedaan 20 november 2026, na de uiterste datum)');
  const risk = await rowOf(section, 'Risico op een loonsanctie');
  expect(risk[1]).toBe('—');
  expect(risk[2]).toBe('Komt erbij');
  expect(risk[0]).toContain('Wet WIA art. 25 lid 9');
  expect(await saved(page)).toBe(before);
  await section.screenshot({ path: 'screenshots/what-if-spoor2-risk-werkgever.png' });
  // Starting before the last day instead: no risk.
  const inTime = await tryChange(page, 'Wat als spoor 2 start op een datum?', '2026-11-02');
  await expect(inTime.locator('table[data-what-if]')).not.toContainText('Risico op een loonsanctie');
});

test('partial return: the count goes on, with what it means', async ({ page }) => {
  await resultOf(page, { today: '2026-12-03', situation: { role: 'werknemer', first_sick_day: '2026-02-09', contract: 'vast', own_work: 'aangepast', done: { probleemanalyse: '2026-03-16', plan_van_aanpak: '2026-03-30', ziekmelding_uwv: '2026-11-27' } } });
  const before = await saved(page);
  const section = await tryChange(page, 'Wat als ik weer een deel van mijn uren ga werken?', '2026-12-07', 50);
  const notice = await rowOf(section, 'U werkt weer een deel van de tijd');
  expect(notice.slice(1)).toEqual(['—', 'Komt erbij']);
  // The dates stay: working part of the hours does not stop the 104 weeks.
  await section.locator('summary', { hasText: 'Wat hetzelfde blijft' }).click();
  await expect(section.locator('.rw-details__text')).toContainText('Einde van de wachttijd (104 weken): ');
  expect(await saved(page)).toBe(before);
});

test('sick again within four weeks of recovering: the periods count together', async ({ page }) => {
  await resultOf(page, { today: '2026-12-03', situation: { role: 'werknemer', first_sick_day: '2026-09-01', contract: 'vast', recovered_on: '2026-11-15', done: { probleemanalyse: '2026-10-09', plan_van_aanpak: '2026-10-20' } } });
  const before = await saved(page);
  const section = await tryChange(page, 'Wat als ik binnen 4 weken weer ziek word?', '2026-12-01');
  const route = await rowOf(section, 'Spoor');
  expect(route[1]).toContain('Geen re-integratiespoor');
  expect(route[2]).toContain('Spoor 1');
  const week = await rowOf(section, 'Ziekteweek');
  expect(week[1]).toBe('11');
  expect(week[2]).toBe('12');
  await expect(section.locator('table[data-what-if]')).toContainText('samen');
  expect(await saved(page)).toBe(before);
});

test('another day: the same case on 1 March, nothing to take over', async ({ page }) => {
  await resultOf(page, { today: '2026-12-03', situation: { role: 'werkgever', first_sick_day: '2026-02-09', contract: 'vast', own_work: 'aangepast', done: { probleemanalyse: '2026-03-16', plan_van_aanpak: '2026-03-30', ziekmelding_uwv: '2026-11-27' } } });
  const section = await tryChange(page, 'Hoe staat het er op een andere dag voor?', '2027-03-01');
  const week = await rowOf(section, 'Ziekteweek');
  expect(week[1]).toBe('43');
  expect(week[2]).toBe('56');
  await expect(section.getByRole('button', { name: 'Neem deze wijziging over' })).toHaveCount(0);
});
