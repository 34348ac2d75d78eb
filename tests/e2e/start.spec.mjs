// The start page: it loads, says what Spoorwijzer is and promises privacy, and leads into the
// first question; when the wasm cannot load, a Dutch error panel appears instead of a blank page.
import { test, expect } from './fixtures.mjs';

test('start page explains the guide and leads to the first question', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/Spoorwijzer/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Spoorwijzer');
  await expect(page.getByText('Uw antwoorden blijven op dit apparaat', { exact: false }).first()).toBeVisible();
  await expect(page.getByText('geen juridisch advies', { exact: false }).first()).toBeVisible();
  await page.getByRole('button', { name: /Start/ }).click();
  await expect(page).toHaveURL(/\?stap=rol/);
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toBeFocused();
  await expect(page).toHaveTitle(/– Spoorwijzer$/);
});

test.describe('when the app cannot load', () => {
  test.use({ allowConsoleErrors: true });
  test('a Dutch error panel is shown', async ({ page }) => {
    await page.route(/\.wasm$/, (route) => route.fulfill({ status: 404, body: 'weg' }));
    await page.goto('/');
    await expect(page.getByRole('alert')).toContainText('Er ging iets mis');
    await expect(page.getByText('Uw antwoorden zijn niet verstuurd', { exact: false })).toBeVisible();
  });
});

for (const width of [375, 1280]) {
  test(`start page screenshot at ${width}px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.screenshot({ path: `screenshots/start-${width}.png`, fullPage: true });
  });
}
