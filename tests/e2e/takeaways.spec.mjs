// What people take along, made in the browser with nothing sent: the printed result (or PDF),
// the calendar file of the deadlines, and the gesprekskaart for the next conversation.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures.mjs';
import { journey, loadVector } from './wizard.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const cases = [
  loadVector('s07.json'),
  { file: 'employee.json', name: 'employee, week 43', today: '2026-12-03', situation: { role: 'werknemer', first_sick_day: '2026-02-09', contract: 'vast', own_work: 'aangepast', done: { probleemanalyse: '2026-03-16', plan_van_aanpak: '2026-03-30' }, done_unknown: ['ziekmelding_uwv'] } },
  { file: 'employer.json', name: 'employer, contract ends, report late', today: '2026-12-03', situation: { role: 'werkgever', first_sick_day: '2026-02-09', contract: 'tijdelijk', contract_end: '2027-03-31', own_work: 'nee', other_work_own_employer: 'nee', work_capacity: 'beperkt', done: { probleemanalyse: '2026-03-16', plan_van_aanpak: '2026-03-30' } } },
];

/** The engine's own assessment of a case, from the command-line front end. */
function assess(c) {
  const out = execFileSync('cargo', ['run', '--offline', '--quiet', '--bin', 'assess', '--', '-', '--today', c.today],
    { cwd: ROOT, input: JSON.stringify(c.situation), encoding: 'utf8' });
  return JSON.parse(out);
}

/** Print the current page to an A4 PDF as the browser's print dialog would, and read it back. */
async function printToPdf(page, name) {
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  const path = test.info().outputPath(`${name}.pdf`);
  await page.pdf({ path, format: 'A4', printBackground: true, preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
  const pages = Number(execFileSync('pdfinfo', [path], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)[1]);
  // Every word inside the printable area: pdftotext's word boxes against the A4 page, 595 x 842 pt.
  const bbox = execFileSync('pdftotext', ['-bbox', path, '-'], { encoding: 'utf8' });
  const outside = [...bbox.matchAll(/xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g)]
    .filter(([, x0, y0, x1, y1]) => Number(x0) < 0 || Number(y0) < 0 || Number(x1) > 595.5 || Number(y1) > 842.5)
    .map((m) => m[5]);
  // Pages as images, for a person to look at (screenshots/).
  execFileSync('pdftoppm', ['-r', '50', '-png', path, join(ROOT, 'tests/e2e/screenshots', name)]);
  return { text, pages, outside };
}

for (const c of cases) {
  test(`print: ${c.name}`, async ({ page }) => {
    await journey(page, c);
    const verdict = await page.getByRole('heading', { level: 1 }).innerText();
    const dates = [...new Set(await page.locator('.rw-timeline [data-step] time').allInnerTexts())];
    const sources = await page.locator('details:has-text("Alle bronnen") a').allInnerTexts();
    const { text, pages, outside } = await printToPdf(page, `print-${c.file.replace('.json', '')}`);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain(verdict);
    expect(flat).toContain('Regels gecontroleerd op');
    expect(flat).toContain('Dit is geen juridisch advies');
    expect(flat).toMatch(/Gemaakt op \d+ \w+ \d{4} met Spoorwijzer/);
    for (const d of dates) expect(flat, `date ${d} on paper`).toContain(d);
    for (const s of sources) expect(flat, `source ${s} on paper`).toContain(s);
    expect(flat).toContain('https://wetten.overheid.nl/');
    // No buttons or navigation on paper, and nothing cut off.
    for (const ui of ['Afdrukken / bewaren als PDF', 'Zet de termijnen in mijn agenda', 'Antwoorden wijzigen', 'Ga direct naar de inhoud']) {
      expect(flat).not.toContain(ui);
    }
    expect(outside, 'words outside the page').toEqual([]);
    expect(pages).toBeLessThanOrEqual(9);
    console.log(`printed ${c.file}: ${pages} A4 pages`);
  });

  test(`calendar: ${c.name}`, async ({ page }) => {
    await journey(page, c);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Zet de termijnen in mijn agenda' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`spoorwijzer-termijnen-${c.today}.ics`);
    const path = await download.path();
    const raw = readFileSync(path);
    const lines = raw.toString('utf8').split('\r\n');
    for (const l of lines) expect(Buffer.byteLength(l), `line "${l}"`).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' ')), 'long lines are folded').toBe(true);
    const parsed = JSON.parse(execFileSync(process.env.ICS_PYTHON || join(ROOT, 'tests/e2e/.venv/bin/python'), [join(ROOT, 'tests/e2e/ics_parse.py'), path], { encoding: 'utf8' }));
    // The engine's deadlines still to come, exactly.
    const x = assess(c);
    const want = x.steps
      .filter((s) => s.kind !== 'event' && ['now', 'upcoming', 'unknown'].includes(s.status.status) && s.date >= x.today && s.condition !== 'loonsanctie')
      .map((s) => `${x.chain.first_day}-${s.id}@spoorwijzer ${s.date}`)
      .sort();
    const got = parsed.events.map((e) => `${e.uid} ${e.start}`).sort();
    expect(got).toEqual(want);
    for (const e of parsed.events) {
      expect(e.alarms).toEqual(['-P7D']);
      expect(e.description).toContain('Grond: ');
      expect(e.description).toContain('Wie: ');
      expect(e.end > e.start).toBe(true);
    }
    // Dutch text and special characters survive the round trip.
    const all = parsed.events.map((e) => `${e.summary}\n${e.description}`).join('\n');
    expect(all).toContain(',');
    expect(all).toContain(';');
    if (c.file === 'employer.json') expect(all).toContain('€455');
    writeFileSync(test.info().outputPath('calendar.json'), JSON.stringify(parsed, null, 2));
  });
}

test('gesprekskaart: one printed page for the next conversation, for this role and week', async ({ page }) => {
  const early = { today: '2026-03-05', situation: { role: 'werknemer', first_sick_day: '2026-02-09', contract: 'vast', own_work: 'weet-niet' } };
  await journey(page, early);
  await page.getByRole('link', { name: 'Gesprekskaart voor uw volgende gesprek' }).click();
  await expect(page).toHaveURL(/\?stap=gesprekskaart/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gesprek met de bedrijfsarts');
  const { text, pages, outside } = await printToPdf(page, 'gesprekskaart-werknemer');
  expect(pages).toBe(1);
  expect(outside).toEqual([]);
  const flat = text.replace(/\s+/g, ' ');
  for (const s of ['Gesprek met de bedrijfsarts', 'Vragen en punten om te bespreken', 'Neem mee', 'Schrijf na het gesprek op',
    'Wat kan ik nu wel', 'Ziekteweek 4', 'zondag 22 maart 2026']) {
    expect(flat, s).toContain(s);
  }
  expect(flat).not.toContain('Print de gesprekskaart');
  await page.getByRole('link', { name: 'Terug naar uw resultaat' }).click();
  await expect(page).toHaveURL(/\?stap=resultaat/);
  await page.locator('.rw-result[data-klaar]').waitFor(); // (its lower parts come after the first paint)
});

test('gesprekskaart for an employer at the eerstejaarsevaluatie', async ({ page }) => {
  const eje = { today: '2026-12-20', situation: { role: 'werkgever', first_sick_day: '2026-01-12', contract: 'vast', own_work: 'weet-niet', done: { probleemanalyse: '2026-02-16', plan_van_aanpak: '2026-03-02', ziekmelding_uwv: '2026-10-30' } } };
  await journey(page, eje);
  await page.getByRole('link', { name: 'Gesprekskaart voor uw volgende gesprek' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('De eerstejaarsevaluatie');
  const { text, pages } = await printToPdf(page, 'gesprekskaart-werkgever');
  expect(pages).toBe(1);
  const flat = text.replace(/\s+/g, ' ');
  expect(flat).toContain('Is spoor 2 nodig? Zo ja: start uiterlijk 6 weken na dit gesprek.');
  expect(flat).toContain('Ziekteweek 49');
});
