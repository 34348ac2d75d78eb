// The result a person can act on in one minute: the summary first (verdict, week, what to do now
// with dates and who acts), short, each action once, and honest about "weet ik niet".
import { test, expect } from './fixtures.mjs';
import { journey, loadVectors } from './wizard.mjs';

/** Words on the result outside folded explanations (a <details>' summary line counts). */
export async function coreWords(page) {
  return page.evaluate(() => {
    const clone = document.querySelector('main .rw-result').cloneNode(true);
    clone.querySelectorAll('details > :not(summary)').forEach((e) => e.remove());
    document.body.appendChild(clone);
    const words = clone.innerText.split(/\s+/).filter(Boolean).length;
    clone.remove();
    return words;
  });
}

/** The summary holds the verdict, the week and one to three actions, each with a date and who acts. */
async function expectSummary(page, { spoor, week }) {
  const summary = page.locator('.rw-summary');
  await expect(summary).toHaveAttribute('data-spoor', spoor);
  await expect(summary.locator('[data-sick-week]')).toHaveText(new RegExp(`^Ziekteweek ${week} van 104`));
  const actions = summary.locator('.rw-action');
  const n = await actions.count();
  expect(n, 'actions in the summary').toBeGreaterThanOrEqual(1);
  expect(n).toBeLessThanOrEqual(3);
  for (let i = 0; i < n; i += 1) {
    await expect(actions.nth(i).locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
    await expect(actions.nth(i)).toContainText('Wie: ');
  }
  const words = (await summary.innerText()).split(/\s+/).filter(Boolean).length;
  expect(words, 'words in the summary').toBeLessThanOrEqual(130);
  return summary;
}

/** Every action sentence stands on the page once. */
async function expectEachActionOnce(page) {
  const texts = await page.locator('.rw-action__text').allInnerTexts();
  expect(new Set(texts).size, 'an action listed twice').toBe(texts.length);
  const all = await page.locator('main').innerText();
  for (const t of texts) expect(all.split(t).length - 1, `"${t}" appears more than once`).toBe(1);
}

const employee = {
  name: 'employee sick since 9 February 2026, own work adapted, 42nd-week report unknown',
  today: '2026-12-03',
  situation: {
    role: 'werknemer', first_sick_day: '2026-02-09', contract: 'vast', own_work: 'aangepast',
    done: { probleemanalyse: '2026-03-16', plan_van_aanpak: '2026-03-30' }, done_unknown: ['ziekmelding_uwv'],
  },
};

test('employee: summary first, short, each action once, "weet ik niet" never "te laat"; at most 10 pages', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  const questions = await journey(page, employee);
  expect(questions + 2, 'pages: questions, check page and result').toBeLessThanOrEqual(10);
  const summary = await expectSummary(page, { spoor: 'spoor_1', week: 43 });
  // The unknown report is something to ask about, with its date, not a failure of the employer.
  const ask = summary.locator('[data-action="ziekmelding_uwv"]');
  await expect(ask).toHaveAttribute('data-kind', 'ask');
  await expect(ask).toContainText('Vraag uw werkgever of de ziekmelding bij UWV (42e week) is gedaan');
  await expect(ask.locator('time')).toHaveText('maandag 30 november 2026');
  const text = (await page.locator('main').innerText()).toLowerCase();
  expect(text).not.toContain('te laat');
  expect(text).not.toContain('niet gedaan');
  await expect(page.locator('[data-notice="ziekmelding_uwv_te_laat"]')).toHaveCount(0);
  // Visible without scrolling on a phone: the verdict and the first action.
  const box = await summary.locator('.rw-action').first().boundingBox();
  expect(box.y, 'the first action starts on the first screen').toBeLessThan(812);
  const words = await coreWords(page);
  console.log(`employee result: ${words} words outside folded explanations, ${questions + 2} pages`);
  expect(words).toBeLessThan(600);
  await expectEachActionOnce(page);
  // UWV's steps are UWV's: no "Nu doen" on a letter, and the RIV-toets is not a loonsanctie threat.
  await expect(page.locator('.rw-timeline [data-step="uwv_brief_eerstejaarsevaluatie"] .rw-tag')).not.toHaveText('Nu doen');
  expect(text).not.toContain('besluit van uwv over een loonsanctie');
});

const employer = {
  name: 'employer, temporary contract ending 31 March 2027, 42nd-week report not made',
  today: '2026-12-03',
  situation: {
    role: 'werkgever', first_sick_day: '2026-02-09', contract: 'tijdelijk', contract_end: '2027-03-31', own_work: 'nee',
    other_work_own_employer: 'nee', work_capacity: 'beperkt',
    done: { probleemanalyse: '2026-03-16', plan_van_aanpak: '2026-03-30' },
  },
};

test('employer: the late report is a warning and an action; after the contract the route is UWV\'s; at most 14 pages', async ({ page }) => {
  const questions = await journey(page, employer);
  expect(questions + 2).toBeLessThanOrEqual(14);
  const summary = await expectSummary(page, { spoor: 'spoor_2', week: 43 });
  await expect(summary.locator('[data-action="ziekmelding_uwv"]')).toHaveAttribute('data-status', 'overdue');
  await expect(page.locator('[data-notice="ziekmelding_uwv_te_laat"]')).toBeVisible();
  await expect(page.locator('[data-notice="contract_eindigt_tijdens_ziekte"]')).toBeVisible();
  // What falls after 31 March 2027 is listed under UWV's safety net, not as the employer's.
  const after = page.locator('h3', { hasText: 'Na het einde van het contract: UWV' });
  await expect(after).toBeVisible();
  const uwvList = after.locator('xpath=following-sibling::ol[1]');
  await expect(uwvList.locator('[data-step="wia_aanvraag"]')).toHaveCount(1);
  await expect(uwvList.locator('[data-step="einde_wachttijd"] .rw-timeline__meta').first()).toHaveText('UWV');
  await expect(page.locator('.rw-timeline [data-step="ziek_uit_dienst_melding"] time').last()).toHaveAttribute('datetime', '2027-03-31');
  // Spoor 2's date says its condition where it only holds if spoor 2 turns out to be needed.
  const words = await coreWords(page);
  console.log(`employer result: ${words} words outside folded explanations, ${questions + 2} pages`);
  expect(words).toBeLessThan(700);
  await expectEachActionOnce(page);
});

test('"weet ik niet" on every step: nothing is called late or not done, each is something to ask about', async ({ page }) => {
  const unknown = {
    today: '2026-11-22',
    situation: {
      role: 'werkgever', first_sick_day: '2025-09-01', contract: 'vast', own_work: 'weet-niet',
      done_unknown: ['probleemanalyse', 'plan_van_aanpak', 'ziekmelding_uwv', 'eerstejaarsevaluatie', 'spoor2_start_uiterlijk'],
    },
  };
  await journey(page, unknown);
  const text = (await page.locator('main').innerText()).toLowerCase();
  for (const phrase of ['te laat', 'niet gedaan', 'is nog niet gebeurd']) expect(text).not.toContain(phrase);
  await expect(page.locator('[data-notice="loonsanctie_risico"]')).toHaveCount(0);
  await expect(page.locator('.rw-summary .rw-action[data-kind="ask"]')).toHaveCount(3);
  await expect(page.locator('.rw-timeline [data-status="unknown"]').first()).toBeVisible();
});

for (const vector of loadVectors()) {
  test(`${vector.file}: the summary holds the verdict and what to do, each action once`, async ({ page }) => {
    await journey(page, vector);
    const summary = page.locator('.rw-summary');
    if ((await summary.count()) === 0) return; // not covered: its own page
    if (vector.expect.spoor) await expect(summary).toHaveAttribute('data-spoor', vector.expect.spoor);
    await expectEachActionOnce(page);
    expect(await coreWords(page)).toBeLessThan(800);
  });
}
