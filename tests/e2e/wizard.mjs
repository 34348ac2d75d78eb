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

/** The earlier period a user types when asked about sickness in the 4 weeks before `ref`. */
function linkedBefore(s, ref) {
  return (s.earlier_periods || [])
    .filter((p) => p.first_day < ref && days(p.last_day, ref) - 1 < 28)
    .sort((a, b) => (a.last_day < b.last_day ? 1 : -1))[0];
}

/**
 * What a user in situation `s` answers on the page `slug`:
 * { choice, date1, date2, earlier, checks, steps, percent } (see `answer`).
 * `ref` is the date the current "eerder ziek" question counts back from.
 */
export function answerFor(slug, s, ref) {
  if (slug === 'stappen') {
    const steps = {};
    for (const [id, on] of Object.entries(s.done || {})) steps[id] = on;
    for (const id of s.done_unknown || []) if (!steps[id]) steps[id] = 'weet-niet';
    return { steps };
  }
  if (slug.startsWith('eerder-ziek-')) {
    const linked = linkedBefore(s, ref);
    return linked ? { choice: 'ja', date1: linked.first_day, date2: linked.last_day } : { choice: 'nee' };
  }
  switch (slug) {
    case 'rol': return { choice: s.role };
    case 'contract': return { choice: s.contract || 'vast' };
    case 'contract-einde': return s.contract_end ? { choice: 'datum', date1: s.contract_end } : { choice: 'geen' };
    case 'eerste-ziektedag': {
      const linked = linkedBefore(s, s.first_sick_day);
      return { date1: s.first_sick_day, earlier: linked ? { from: linked.first_day, to: linked.last_day } : 'nee' };
    }
    case 'situatie':
      if (s.recovered_on) return { choice: 'hersteld', date1: s.recovered_on };
      if (s.partial_return) return { choice: 'gedeeltelijk', date1: s.partial_return.since, percent: s.partial_return.percent };
      return { choice: 'ziek' };
    case 'bijzondere-situatie': {
      const checks = [];
      if (s.cause === 'zwangerschap' || s.cause === 'orgaandonatie') checks.push(s.cause);
      if (s.no_risk_polis) checks.push('no-risk');
      if (s.aow_before_end) checks.push('aow');
      if (s.ontslag_proeftijd) checks.push('proeftijd');
      if (s.eigenrisicodrager_zw) checks.push('eigenrisicodrager');
      return { checks: checks.length ? checks : ['geen'], date1: s.ontslag_proeftijd ? s.contract_end : undefined };
    }
    case 'verlof': return s.wazo_leave ? { choice: 'ja', date1: s.wazo_leave.first_day, date2: s.wazo_leave.last_day } : { choice: 'nee' };
    case 'ziek-voor-verlof': {
      const linked = linkedBefore(s, s.wazo_leave.first_day);
      return linked ? { choice: 'ja', date1: linked.first_day, date2: linked.last_day } : { choice: 'nee' };
    }
    case 'begin-zwangerschapsziekte': return { choice: yesNo(s.zw_vierde_dag) };
    case 'eigen-werk': return { choice: s.own_work && s.own_work !== 'onbekend' ? s.own_work : 'weet-niet' };
    case 'ander-werk': return { choice: ynu(s.other_work_own_employer) };
    case 'mogelijkheden': return { choice: s.work_capacity && s.work_capacity !== 'onbekend' ? s.work_capacity : 'weet-niet' };
    case 'duurzaam': return { choice: yesNo(s.full_lasting_disability) };
    case 'meer-mogelijkheden': return { choice: yesNo(s.unused_capacity) };
    case 'perspectief': return { choice: yesNo(s.return_within_3_months) };
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

/**
 * Fill in the page and press "Doorgaan"; waits for the next page. `choice`: the main radio;
 * `date1`/`date2`: the main part's dates; `earlier`: on the first-sick-day page, 'nee' or
 * { from, to }; `checks`: the ticked boxes; `steps`: on the step page, step id → 'nee',
 * 'weet-niet' or the ISO date it was done (steps not listed: 'nee'); `percent`: the hours.
 */
export async function fill(page, { choice, date1, date2, earlier, checks, steps, percent }) {
  const slug = stepOf(page);
  if (choice) await page.locator(`input[name="${slug}"][value="${choice}"]`).check();
  for (const c of checks || []) await page.locator(`input[name="${slug}"][value="${c}"]`).check();
  if (slug === 'eerste-ziektedag') {
    if (date1) await fillDate(page, `${slug}-datum`, date1);
    const e = earlier || 'nee';
    await page.locator(`input[name="${slug}-eerder"][value="${e === 'nee' ? 'nee' : 'ja'}"]`).check();
    if (e !== 'nee') {
      await fillDate(page, `${slug}-eerder-datum`, e.from);
      await fillDate(page, `${slug}-eerder-tot`, e.to);
    }
  } else {
    if (date1) await fillDate(page, `${slug}-datum`, date1);
    if (date2) await fillDate(page, `${slug}-tot`, date2);
  }
  if (percent !== undefined) await page.locator(`#${slug}-procent`).fill(String(percent));
  if (slug === 'stappen') {
    const names = await page.locator('input[type="radio"][name^="stappen-"]').evaluateAll(
      (els) => [...new Set(els.map((e) => e.name))],
    );
    for (const name of names) {
      const id = name.slice('stappen-'.length).replaceAll('-', '_');
      const v = (steps || {})[id] || 'nee';
      const value = v === 'nee' || v === 'weet-niet' ? v : 'ja';
      await page.locator(`input[name="${name}"][value="${value}"]`).check();
      if (value === 'ja') await fillDate(page, `${name}-datum`, v);
    }
  }
}

/** The wizard's buttons and headings in each language (src/content/{nl,en}/ui_text.rs). */
export const LABELS = {
  nl: { start: 'Start', continue: 'Doorgaan', check: 'Controleer uw antwoorden', result: 'Bekijk het resultaat' },
  en: { start: 'Start', continue: 'Continue', check: 'Check your answers', result: 'See the result' },
};

/** The labels of the language the page is in. */
export async function labels(page) {
  return LABELS[await page.evaluate(() => document.documentElement.lang)] || LABELS.nl;
}

/** Fill in the page (see `fill`) and press "Doorgaan"; waits for the next page. */
export async function answer(page, a) {
  const slug = stepOf(page);
  await fill(page, a);
  const before = page.url();
  await page.getByRole('button', { name: (await labels(page)).continue, exact: true }).click();
  await page.waitForFunction((u) => location.href !== u || document.querySelector('#rw-error-summary'), before);
  const summary = page.locator('#rw-error-summary');
  if (await summary.count()) throw new Error(`the wizard refused the answer on "${slug}": ${await summary.innerText()}`);
}

/** From the start page (or the first question) through every question to "Controleer uw antwoorden"; returns the
 * number of question pages. */
export async function answerAll(page, situation) {
  if (stepOf(page) === '') {
    await page.getByRole('button', { name: new RegExp(`^${(await labels(page)).start}`) }).click();
    // A click on the served start page is replayed once the app runs: wait for the first question.
    await page.waitForURL(/\?stap=/);
  }
  let ref = situation.first_sick_day;
  for (let i = 0; i < 60; i += 1) {
    const slug = stepOf(page);
    if (slug === 'controle') return i;
    const a = answerFor(slug, situation, ref);
    if (slug === 'eerste-ziektedag' && a.earlier !== 'nee') ref = a.earlier.from;
    if (slug.startsWith('eerder-ziek-') && a.choice === 'ja') ref = a.date1;
    await answer(page, a);
  }
  throw new Error('the journey did not reach "Controleer uw antwoorden"');
}

/** A whole vector: today's date, every question, check page, result page. */
export async function journey(page, vector, home = '/') {
  await setToday(page, vector.today);
  await page.goto(home);
  const questions = await answerAll(page, vector.situation);
  const l = await labels(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(l.check);
  await page.getByRole('button', { name: l.result }).click();
  await page.locator('.rw-result[data-klaar]').waitFor(); // (its lower parts come after the first paint)
  await expect(page).toHaveURL(/\?stap=resultaat/);
  await page.locator('.rw-result[data-klaar]').waitFor(); // (its lower parts come after the first paint)
  return questions;
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
    await expect(page.locator('.rw-summary')).toHaveAttribute('data-spoor', expected.spoor);
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
      // "Mogelijk te laat" where the last day itself is unsettled (linked periods).
      await expect(page.locator(`.rw-timeline [data-step="${step}"] .rw-tag`)).toHaveText(/^(Mogelijk te laat|Te laat)$/);
    }
  }
  for (const id of expected.notices || []) {
    await expect(page.locator(`[data-notice="${id}"]`), `notice ${id}`).toBeVisible();
  }
}
