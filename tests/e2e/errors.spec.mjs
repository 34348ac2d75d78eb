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
  await answer(page, { choice: role });
  await answer(page, { choice: 'vast' });
  await answer(page, { choice: 'nee' });
  expect(stepOf(page)).toBe('eerste-ziektedag');
}

/** Submit and check the whole error pattern for `messages` on field `fieldId`. */
async function expectErrors(page, messages, fieldId) {
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
  await expect(page.locator(`#${fieldId}`).locator('xpath=ancestor::fieldset[1]')).toHaveAttribute('aria-describedby', /-fout/);
}

test('a choice question without a choice', async ({ page }) => {
  await setToday(page, TODAY);
  await page.goto('/');
  await page.getByRole('button', { name: 'Start' }).click();
  await expectErrors(page, ['Kies een antwoord'], 'rol');
  // Choosing and continuing clears it.
  await answer(page, { choice: 'werknemer' });
  await expect(page).toHaveTitle('Wat voor contract heeft u? – Spoorwijzer');
});

test.describe('the first sick day', () => {
  const cases = [
    ['empty', ['', '', ''], 'Vul de eerste ziektedag in'],
    ['no day', ['', '3', '2026'], 'De eerste ziektedag moet een dag bevatten'],
    ['no month', ['12', '', '2026'], 'De eerste ziektedag moet een maand bevatten'],
    ['no year', ['12', '3', ''], 'De eerste ziektedag moet een jaar bevatten'],
    ['day 32', ['32', '3', '2026'], 'De dag moet tussen 1 en 31 liggen'],
    ['day in words', ['twaalf', '3', '2026'], 'De dag moet tussen 1 en 31 liggen'],
    ['month 13', ['12', '13', '2026'], 'De maand moet tussen 1 en 12 liggen'],
    ['a two-digit year', ['12', '3', '26'], 'Vul het jaar in met vier cijfers, bijvoorbeeld 2026'],
    ['30 February', ['30', '2', '2026'], 'Deze datum bestaat niet. Controleer de dag en de maand'],
    ['tomorrow', ['23', '11', '2026'], 'Deze datum ligt in de toekomst. Vul een datum tot en met vandaag in'],
  ];
  for (const [what, [d, m, y], message] of cases) {
    test(what, async ({ page }) => {
      await startAs(page);
      await page.locator('#eerste-ziektedag-datum-dag').fill(d);
      await page.locator('#eerste-ziektedag-datum-maand').fill(m);
      await page.locator('#eerste-ziektedag-datum-jaar').fill(y);
      await expectErrors(page, [message], 'eerste-ziektedag-datum-dag');
      // What was typed stays, so it can be corrected.
      await expect(page.locator('#eerste-ziektedag-datum-jaar')).toHaveValue(y);
    });
  }
  test('spaces and leading zeros are fine', async ({ page }) => {
    await startAs(page);
    await page.locator('#eerste-ziektedag-datum-dag').fill(' 05 ');
    await page.locator('#eerste-ziektedag-datum-maand').fill('01');
    await page.locator('#eerste-ziektedag-datum-jaar').fill('2026 ');
    await page.getByRole('button', { name: 'Doorgaan' }).click();
    await expect(page).toHaveURL(/\?stap=eerder-ziek-1/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Was u ook ziek in de 4 weken vóór 5 januari 2026?');
  });
});

test.describe('an earlier period of sickness', () => {
  const cases = [
    ['no dates', null, null, ['Vul de eerste ziektedag van die periode in', 'Vul de laatste ziektedag van die periode in']],
    ['ends before it starts', '2026-09-20', '2026-09-10', ['De laatste dag mag niet vóór de eerste dag liggen']],
    ['does not end before the sickness', '2026-09-20', '2026-10-05', ['De laatste ziektedag moet vóór 5 oktober 2026 liggen']],
    ['ended four weeks or more before', '2026-08-01', '2026-09-06',
      ["Deze ziekte eindigde 4 weken of meer vóór 5 oktober 2026. Dan telt die niet mee. Kies 'Nee'"]],
  ];
  for (const [what, from, to, messages] of cases) {
    test(what, async ({ page }) => {
      await startAs(page);
      await answer(page, { date1: '2026-10-05' });
      await page.locator('input[name="eerder-ziek-1"][value="ja"]').check();
      if (from) await fillDate(page, 'eerder-ziek-1-datum', from);
      if (to) await fillDate(page, 'eerder-ziek-1-tot', to);
      const field = messages.length === 2 || !to ? 'eerder-ziek-1-datum-dag' : 'eerder-ziek-1-tot-dag';
      await expectErrors(page, messages, field);
    });
  }
  test('one that counts is accepted, and the next question counts back from it', async ({ page }) => {
    await startAs(page);
    await answer(page, { date1: '2026-10-05' });
    await answer(page, { choice: 'ja', date1: '2026-08-20', date2: '2026-09-07' });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Was u daarvoor nog een keer ziek, in de 4 weken vóór 20 augustus 2026?');
  });
});

test('a recovery date not after the first sick day', async ({ page }) => {
  await startAs(page);
  await answer(page, { date1: '2026-10-05' });
  await answer(page, { choice: 'nee' });
  await page.locator('input[name="situatie"][value="hersteld"]').check();
  await fillDate(page, 'situatie-datum', '2026-10-05');
  await expectErrors(page, ['De datum moet op of na 6 oktober 2026 liggen'], 'situatie-datum-dag');
});

test('a step done before the sickness began, or in the future', async ({ page }) => {
  await startAs(page);
  await answer(page, { date1: '2026-09-01' });
  for (const [slug, choice] of [['eerder-ziek-1', 'nee'], ['situatie', 'ziek'], ['bijzondere-situatie', 'geen'],
    ['eigen-werk', 'ja']]) {
    expect(stepOf(page)).toBe(slug);
    await answer(page, { choice });
  }
  expect(stepOf(page)).toBe('stap-probleemanalyse');
  await page.locator('input[name="stap-probleemanalyse"][value="ja"]').check();
  await fillDate(page, 'stap-probleemanalyse-datum', '2026-08-31');
  await expectErrors(page, ['De datum moet op of na 1 september 2026 liggen'], 'stap-probleemanalyse-datum-dag');
  await fillDate(page, 'stap-probleemanalyse-datum', '2026-11-23');
  await expectErrors(page, ['Deze datum ligt in de toekomst. Vul een datum tot en met vandaag in'], 'stap-probleemanalyse-datum-dag');
});

test('a contract end date that is left empty', async ({ page }) => {
  await setToday(page, TODAY);
  await page.goto('/');
  await page.getByRole('button', { name: 'Start' }).click();
  await answer(page, { choice: 'werkgever' });
  await answer(page, { choice: 'tijdelijk' });
  await page.locator('input[name="contract-einde"][value="datum"]').check();
  await expectErrors(page, ['Vul de laatste dag van het contract in'], 'contract-einde-datum-dag');
});

test('answers that contradict each other name the answer to change', async ({ page }) => {
  await startAs(page);
  await answer(page, { date1: '2026-09-01' });
  await answer(page, { choice: 'nee' });
  await answer(page, { choice: 'hersteld', date1: '2026-10-01' });
  await answer(page, { choice: 'geen' });
  while (stepOf(page) !== 'controle') await answer(page, { choice: 'nee' });
  // Now the first sick day moves after the recovery.
  await page.locator('a[href="?stap=eerste-ziektedag"]').click();
  await answer(page, { date1: '2026-10-15' });
  expect(stepOf(page)).toBe('controle');
  await page.getByRole('button', { name: 'Bekijk het resultaat' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Twee antwoorden passen niet bij elkaar');
  await expect(page).toHaveTitle(/^Fout: /);
  await expect(page.locator('main')).toContainText('De hersteldatum (1 oktober 2026) ligt niet na de eerste ziektedag (15 oktober 2026).');
  await page.getByRole('link', { name: 'Pas dit antwoord aan' }).click();
  expect(stepOf(page)).toBe('situatie');
  await expect(page.locator('#situatie-datum-dag')).toHaveValue('1');
  await answer(page, { choice: 'hersteld', date1: '2026-11-02' });
  // Sick for three weeks now: the probleemanalyse question comes back.
  expect(stepOf(page)).toBe('stap-probleemanalyse');
  await answer(page, { choice: 'nee' });
  expect(stepOf(page)).toBe('controle');
  await page.getByRole('button', { name: 'Bekijk het resultaat' }).click();
  await expect(page.locator('.rw-panel')).toHaveAttribute('data-spoor', 'geen');
});
