// Every error message of the choice and date questions, shown the GOV.UK way: on submit only,
// a summary at the top that takes focus and links to the field, the message by the field, and
// "Fout: " before the page title. Then answers that contradict each other.
import { test, expect } from './fixtures.mjs';
import { answer, fillDate, setToday, stepOf } from './wizard.mjs';

const TODAY = '2026-11-22';

async function startAs(page, role = 'werknemer') {
  await setToday(page, TODAY);
  await page.goto('/');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page).toHaveURL(/\?stap=/); // (a click on the served page is replayed once the app runs)
  await answer(page, { choice: role });
  await answer(page, { choice: 'vast' });
  expect(stepOf(page)).toBe('eerste-ziektedag');
}

/** Submit and check the whole error pattern for `messages` on field `fieldId`. */
async function expectErrors(page, messages, fieldId) {
  // The question page is there (it sets its title as it is drawn) before its title is read.
  await expect(page.getByRole('button', { name: 'Doorgaan' })).toBeVisible();
  const title = (await page.title()).replace(/^Fout: /, '');
  await page.getByRole('button', { name: 'Doorgaan' }).click();
  const summary = page.locator('#rw-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('heading')).toHaveText('Er is een probleem');
  await expect(summary.getByRole('listitem')).toHaveText(messages);
  for (const m of messages) await expect(page.locator('.rw-error-message', { hasText: m })).toContainText(`Fout: ${m}`);
  await expect(page).toHaveTitle(`Fout: ${title}`);
  await summary.getByRole('link').first().click();
  await expect(page.locator(`#${fieldId}`)).toBeFocused();
  // The message is tied to the field: through its fieldset, or the input itself when alone.
  const field = page.locator(`#${fieldId}`);
  const own = await field.getAttribute('aria-describedby');
  if (!/-fout/.test(own || '')) await expect(field.locator('xpath=ancestor::fieldset[1]')).toHaveAttribute('aria-describedby', /-fout/);
}

test('a choice question without a choice', async ({ page }) => {
  await setToday(page, TODAY);
  await page.goto('/');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page).toHaveURL(/\?stap=/); // (a click on the served page is replayed once the app runs)
  await expectErrors(page, ['Kies een antwoord.'], 'rol');
  // Choosing and continuing clears it.
  await answer(page, { choice: 'werknemer' });
  await expect(page).toHaveTitle('Wat voor contract heeft u? – Spoorwijzer');
});

test.describe('the first sick day', () => {
  const cases = [
    ['empty', ['', '', ''], 'Vul de eerste ziektedag in.'],
    ['no day', ['', '3', '2026'], 'De eerste ziektedag moet een dag bevatten.'],
    ['no month', ['12', '', '2026'], 'De eerste ziektedag moet een maand bevatten.'],
    ['no year', ['12', '3', ''], 'De eerste ziektedag moet een jaar bevatten.'],
    ['day 32', ['32', '3', '2026'], 'De dag moet tussen 1 en 31 liggen.'],
    ['day in words', ['twaalf', '3', '2026'], 'De dag moet tussen 1 en 31 liggen.'],
    ['month 13', ['12', '13', '2026'], 'De maand moet tussen 1 en 12 liggen.'],
    ['a two-digit year', ['12', '3', '26'], 'Vul het jaar in met vier cijfers, bijvoorbeeld 2026.'],
    ['30 February', ['30', '2', '2026'], 'Deze datum bestaat niet. Controleer de dag en de maand.'],
    ['tomorrow', ['23', '11', '2026'], 'Deze datum ligt in de toekomst. Vul een datum tot en met vandaag in.'],
  ];
  for (const [what, [d, m, y], message] of cases) {
    test(what, async ({ page }) => {
      await startAs(page);
      await page.locator('input[name="eerste-ziektedag-eerder"][value="nee"]').check();
      await page.locator('#eerste-ziektedag-datum-dag').fill(d);
      await page.locator('#eerste-ziektedag-datum-maand').fill(m);
      await page.locator('#eerste-ziektedag-datum-jaar').fill(y);
      await expectErrors(page, [message], 'eerste-ziektedag-datum-dag');
      // What was typed stays, so it can be corrected.
      await expect(page.locator('#eerste-ziektedag-datum-jaar')).toHaveValue(y);
    });
  }
  test('the question about sickness just before it needs an answer too', async ({ page }) => {
    await startAs(page);
    await fillDate(page, 'eerste-ziektedag-datum', '2026-10-05');
    await expectErrors(page, ['Kies of er in de 4 weken daarvoor ook ziekte was.'], 'eerste-ziektedag-eerder');
  });
  test('spaces and leading zeros are fine', async ({ page }) => {
    await startAs(page);
    await page.locator('#eerste-ziektedag-datum-dag').fill(' 05 ');
    await page.locator('#eerste-ziektedag-datum-maand').fill('01');
    await page.locator('#eerste-ziektedag-datum-jaar').fill('2026 ');
    await page.locator('input[name="eerste-ziektedag-eerder"][value="nee"]').check();
    await page.getByRole('button', { name: 'Doorgaan' }).click();
    await expect(page).toHaveURL(/\?stap=situatie/);
  });
});

test.describe('an earlier period of sickness', () => {
  const cases = [
    ['no dates', null, null, ['Vul de eerste ziektedag van die periode in.', 'Vul de laatste ziektedag van die periode in.']],
    ['ends before it starts', '2026-09-20', '2026-09-10', ['De laatste dag mag niet vóór de eerste dag liggen.']],
    ['does not end before the sickness', '2026-09-20', '2026-10-05', ['De laatste ziektedag moet vóór 5 oktober 2026 liggen.']],
    ['ended four weeks or more before', '2026-08-01', '2026-09-06',
      ["Deze ziekte eindigde 4 weken of meer vóór 5 oktober 2026. Dan telt die niet mee. Kies 'Nee'."]],
  ];
  for (const [what, from, to, messages] of cases) {
    test(what, async ({ page }) => {
      await startAs(page);
      await fillDate(page, 'eerste-ziektedag-datum', '2026-10-05');
      await page.locator('input[name="eerste-ziektedag-eerder"][value="ja"]').check();
      if (from) await fillDate(page, 'eerste-ziektedag-eerder-datum', from);
      if (to) await fillDate(page, 'eerste-ziektedag-eerder-tot', to);
      const field = messages.length === 2 || !to ? 'eerste-ziektedag-eerder-datum-dag' : 'eerste-ziektedag-eerder-tot-dag';
      await expectErrors(page, messages, field);
    });
  }
  test('one that counts is accepted, and the next question counts back from it', async ({ page }) => {
    await startAs(page);
    await answer(page, { date1: '2026-10-05', earlier: { from: '2026-08-20', to: '2026-09-07' } });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Was u daarvoor nog een keer ziek, in de 4 weken vóór 20 augustus 2026?');
  });
});

test('a recovery date not after the first sick day, and hours that are no percentage', async ({ page }) => {
  await startAs(page);
  await answer(page, { date1: '2026-10-05' });
  await page.locator('input[name="situatie"][value="hersteld"]').check();
  await fillDate(page, 'situatie-datum', '2026-10-05');
  await expectErrors(page, ['De datum moet op of na 6 oktober 2026 liggen.'], 'situatie-datum-dag');
  await page.locator('input[name="situatie"][value="gedeeltelijk"]').check();
  await page.locator('#situatie-datum-dag').fill('');
  await page.locator('#situatie-datum-maand').fill('');
  await page.locator('#situatie-datum-jaar').fill('');
  await page.locator('#situatie-procent').fill('150');
  await expectErrors(page, ['Vul een heel getal in van 1 tot en met 100, of laat het leeg.'], 'situatie-procent');
});

test('the special situations: at least one, "geen" alone, one cause', async ({ page }) => {
  await startAs(page);
  await answer(page, { date1: '2026-10-05' });
  await answer(page, { choice: 'ziek' });
  expect(stepOf(page)).toBe('bijzondere-situatie');
  await expectErrors(page, ["Kies wat geldt, of kies 'Nee, geen van deze'."], 'bijzondere-situatie');
  // Ticking "geen" clears the others, and the other way round (GOV.UK's exclusive checkbox).
  const box = (v) => page.locator(`input[name="bijzondere-situatie"][value="${v}"]`);
  await box('no-risk').check();
  await box('geen').check();
  await expect(box('no-risk')).not.toBeChecked();
  await box('zwangerschap').check();
  await expect(box('geen')).not.toBeChecked();
  await box('orgaandonatie').check();
  await expectErrors(page, ['Kies zwangerschap of orgaandonatie als oorzaak, niet allebei.'], 'bijzondere-situatie');
  await box('orgaandonatie').uncheck();
  await box('no-risk').check();
  await page.getByRole('button', { name: 'Doorgaan' }).click();
  expect(stepOf(page)).toBe('verlof');
});

test('a step done before the sickness began, or in the future', async ({ page }) => {
  await startAs(page);
  await answer(page, { date1: '2026-09-01' });
  for (const [slug, a] of [['situatie', { choice: 'ziek' }], ['bijzondere-situatie', { checks: ['geen'] }], ['eigen-werk', { choice: 'ja' }]]) {
    expect(stepOf(page)).toBe(slug);
    await answer(page, a);
  }
  expect(stepOf(page)).toBe('stappen');
  await page.locator('input[name="stappen-plan-van-aanpak"][value="nee"]').check();
  await page.getByRole('button', { name: 'Doorgaan' }).click();
  await expect(page.locator('#rw-error-summary')).toContainText('Kies een antwoord bij ‘Probleemanalyse’.');
  await page.locator('input[name="stappen-probleemanalyse"][value="ja"]').check();
  await fillDate(page, 'stappen-probleemanalyse-datum', '2026-08-31');
  await expectErrors(page, ['De datum moet op of na 1 september 2026 liggen.'], 'stappen-probleemanalyse-datum-dag');
  await fillDate(page, 'stappen-probleemanalyse-datum', '2026-11-23');
  await expectErrors(page, ['Deze datum ligt in de toekomst. Vul een datum tot en met vandaag in.'], 'stappen-probleemanalyse-datum-dag');
});

test('a contract end date that is left empty', async ({ page }) => {
  await setToday(page, TODAY);
  await page.goto('/');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page).toHaveURL(/\?stap=/); // (a click on the served page is replayed once the app runs)
  await answer(page, { choice: 'werkgever' });
  await answer(page, { choice: 'tijdelijk' });
  await page.locator('input[name="contract-einde"][value="datum"]').check();
  await expectErrors(page, ['Vul de laatste dag van het contract in.'], 'contract-einde-datum-dag');
});

test('answers that contradict each other name the answer to change', async ({ page }) => {
  await startAs(page);
  await answer(page, { date1: '2026-09-01' });
  await answer(page, { choice: 'hersteld', date1: '2026-10-01' });
  await answer(page, { checks: ['geen'] });
  while (stepOf(page) !== 'controle') await answer(page, stepOf(page) === 'stappen' ? { steps: {} } : { choice: 'nee' });
  // Now the first sick day moves after the recovery.
  await page.locator('a[href="?stap=eerste-ziektedag"]').first().click();
  await answer(page, { date1: '2026-10-15' });
  expect(stepOf(page)).toBe('controle');
  await page.getByRole('button', { name: 'Bekijk het resultaat' }).click();
  await page.locator('.rw-result[data-klaar]').waitFor(); // (its lower parts come after the first paint)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Twee antwoorden passen niet bij elkaar');
  await expect(page).toHaveTitle(/^Fout: /);
  await expect(page.locator('main')).toContainText('De hersteldatum (1 oktober 2026) ligt niet na de eerste ziektedag (15 oktober 2026).');
  await page.getByRole('link', { name: 'Pas dit antwoord aan' }).click();
  expect(stepOf(page)).toBe('situatie');
  await expect(page.locator('#situatie-datum-dag')).toHaveValue('1');
  await answer(page, { choice: 'hersteld', date1: '2026-11-02' });
  // Sick for three weeks now: the step page comes back, for the probleemanalyse.
  expect(stepOf(page)).toBe('stappen');
  await answer(page, { steps: {} });
  expect(stepOf(page)).toBe('controle');
  await page.getByRole('button', { name: 'Bekijk het resultaat' }).click();
  await page.locator('.rw-result[data-klaar]').waitFor(); // (its lower parts come after the first paint)
  await expect(page.locator('.rw-summary')).toHaveAttribute('data-spoor', 'geen');
});
