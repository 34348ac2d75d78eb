// Drives the wizard like a user: reads which question is shown (the step id in the URL),
// answers it by clicking the option and typing the dates, and presses "Doorgaan". The answers
// come from a conformance vector's situation (../shared/domain/vectors, or $VECTORS_DIR), in
// the same way as the native simulated user in tests/wizard_vectors.rs.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from './fixtures.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const VECTORS_DIR = resolve(process.env.VECTORS_DIR || join(here, '../../../shared/domain/vectors'));

/** Every vector of the folder: [{ file, ...vector }]. */
export function loadVectors(dir = VECTORS_DIR) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, ...JSON.parse(readFileSync(join(dir, file), 'utf8')) }));
}

export function loadVector(file) {
  return { file, ...JSON.parse(readFileSync(join(VECTORS_DIR, file), 'utf8')) };
}

const DAY = 86_400_000;
const days = (a, b) => Math.round((Date.parse(b) - Date.parse(a)) / DAY);

/** The step id in the URL (`?stap=`), '' on the start page. */
export function stepOf(page) {
  return new URL(page.url()).searchParams.get('stap') || '';
}

/** Fix the browser's clock (Date) on `iso` at noon, before the app loads. */
export async function setToday(page, iso) {
  await page.clock.setFixedTime(new Date(`${iso}T12:00:00`));
}

const ynu = (v) => (v === 'ja' ? 'ja' : v === 'nee' ? 'nee' : 'weet-niet');
const yesNo = (v) => (v === true ? 'ja' : v === false ? 'nee' : 'weet-niet');

/**
 * What a user in situation `s` answers on the page `slug`: { choice, date1, date2 }.
 * `ref` is the date the current "eerder ziek" question counts back from.
 */
export function answerFor(slug, s, ref) {
  const done = s.done || {};
  const step = slug.startsWith('stap-') ? slug.slice(5).replaceAll('-', '_') : null;
  if (step) return done[step] ? { choice: 'ja', date1: done[step] } : { choice: 'nee' };
  if (slug.startsWith('eerder-ziek-')) {
    const linked = (s.earlier_periods || [])
      .filter((p) => p.first_day < ref && days(p.last_day, ref) - 1 < 28)
      .sort((a, b) => (a.last_day < b.last_day ? 1 : -1))[0];
    return linked ? { choice: 'ja', date1: linked.first_day, date2: linked.last_day } : { choice: 'nee' };
  }
  switch (slug) {
    case 'rol': return { choice: s.role };
    case 'contract': return { choice: s.contract || 'vast' };
    case 'contract-einde': return s.contract_end ? { choice: 'datum', date1: s.contract_end } : { choice: 'geen' };
    case 'aow': return { choice: 'nee' };
    case 'eerste-ziektedag': return { date1: s.first_sick_day };
    case 'situatie': return s.recovered_on ? { choice: 'hersteld', date1: s.recovered_on } : { choice: 'ziek' };
    case 'bijzondere-situatie':
      return { choice: s.cause === 'zwangerschap' || s.cause === 'orgaandonatie' ? s.cause : s.no_risk_polis ? 'no-risk' : 'geen' };
    case 'verlof': return { choice: 'nee' };
    case 'eigen-werk': return { choice: s.own_work && s.own_work !== 'onbekend' ? s.own_work : 'weet-niet' };
    case 'ander-werk': return { choice: ynu(s.other_work_own_employer) };
    case 'mogelijkheden': return { choice: s.work_capacity && s.work_capacity !== 'onbekend' ? s.work_capacity : 'weet-niet' };
    case 'duurzaam': return { choice: yesNo(s.full_lasting_disability) };
    case 'meer-mogelijkheden': return { choice: 'weet-niet' };
    case 'perspectief': return { choice: 'weet-niet' };
    case 'medewerking': return { choice: s.refuses_cooperation ? 'nee' : 'ja' };
    default: throw new Error(`the simulated user has no answer for the question "${slug}"`);
  }
}

/** Type an ISO date into the three fields `${base}-dag`, `-maand`, `-jaar`. */
export async function fillDate(page, base, iso) {
  const [y, m, d] = iso.split('-');
  await page.locator(`#${base}-dag`).fill(String(Number(d)));
  await page.locator(`#${base}-maand`).fill(String(Number(m)));
  await page.locator(`#${base}-jaar`).fill(y);
}

/** Answer the question on the page and press "Doorgaan"; waits for the next page. */
export async function answer(page, { choice, date1, date2 }) {
  const slug = stepOf(page);
  if (choice) await page.locator(`input[name="${slug}"][value="${choice}"]`).check();
  if (date1) await fillDate(page, `${slug}-datum`, date1);
  if (date2) await fillDate(page, `${slug}-tot`, date2);
  const before = page.url();
  await page.getByRole('button', { name: 'Doorgaan' }).click();
  await page.waitForFunction((u) => location.href !== u || document.querySelector('#rw-error-summary'), before);
  const summary = page.locator('#rw-error-summary');
  if (await summary.count()) throw new Error(`the wizard refused the answer on "${slug}": ${await summary.innerText()}`);
}

/** From the start page through every question to "Controleer uw antwoorden". */
export async function answerAll(page, situation) {
  await page.getByRole('button', { name: 'Start' }).click();
  let ref = situation.first_sick_day;
  for (let i = 0; i < 60; i += 1) {
    const slug = stepOf(page);
    if (slug === 'controle') return;
    const a = answerFor(slug, situation, ref);
    if (slug.startsWith('eerder-ziek-') && a.choice === 'ja') ref = a.date1;
    await answer(page, a);
  }
  throw new Error('the journey did not reach "Controleer uw antwoorden"');
}

/** A whole vector: today's date, every question, check page, result page. */
export async function journey(page, vector) {
  await setToday(page, vector.today);
  await page.goto('/');
  await answerAll(page, vector.situation);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Controleer uw antwoorden');
  await page.getByRole('button', { name: 'Bekijk het resultaat' }).click();
  await expect(page).toHaveURL(/\?stap=resultaat/);
}

export const SPOOR_TITLE = {
  spoor_1: 'Spoor 1',
  spoor_2: 'Spoor 2',
  spoor_1_en_2: 'Spoor 1 en spoor 2',
  nog_niet: 'Nog geen re-integratie',
  geen: 'Geen re-integratiespoor',
};
const PUBLIC_STEPS = ['probleemanalyse', 'plan_van_aanpak', 'ziekmelding_uwv', 'eerstejaarsevaluatie', 'wia_aanvraag', 'einde_wachttijd'];

/** How a user reads the date: "zondag 16 februari 2025". */
export function dutchDate(iso) {
  return new Date(`${iso}T12:00:00Z`).toLocaleDateString('nl-NL', {
    weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC',
  });
}

/** The result page shows what the vector expects: scope, verdict, week, dates, overdue, notices. */
export async function expectResult(page, expected) {
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toBeVisible();
  if (expected.scope) await expect(page.locator(`[data-scope="${expected.scope}"]`)).toHaveCount(1);
  if (expected.spoor) {
    await expect(page.locator('.rw-panel')).toHaveAttribute('data-spoor', expected.spoor);
    await expect(h1).toHaveText(SPOOR_TITLE[expected.spoor]);
  }
  if (expected.sick_week !== undefined) {
    await expect(page.locator('[data-sick-week]')).toHaveText(new RegExp(`^Ziekteweek ${expected.sick_week} van 104`));
  }
  for (const [step, iso] of Object.entries(expected.deadlines || {})) {
    const last = page.locator(`.rw-timeline [data-step="${step}"] .rw-timeline__date time`).last();
    await expect(last, `deadline of ${step}`).toHaveAttribute('datetime', iso);
    await expect(last, `deadline of ${step} as a user reads it`).toHaveText(dutchDate(iso));
  }
  if (expected.overdue) {
    const shown = await page.locator('.rw-timeline [data-status="overdue"]').evaluateAll((els) => els.map((e) => e.dataset.step));
    expect(shown.filter((s) => PUBLIC_STEPS.includes(s)).sort(), 'overdue steps').toEqual([...expected.overdue].sort());
    for (const step of expected.overdue) {
      await expect(page.locator(`.rw-timeline [data-step="${step}"] .rw-tag`)).toHaveText('Te laat');
    }
  }
  for (const id of expected.notices || []) {
    await expect(page.locator(`[data-notice="${id}"]`), `notice ${id}`).toBeVisible();
  }
}
