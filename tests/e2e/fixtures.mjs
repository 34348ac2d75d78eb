// Shared fixture: EVERY test gets, for free, the three promises Spoorwijzer makes:
//   1. no console errors and no uncaught page errors,
//   2. no request to any origin other than the page's own (data:/blob: are local),
//   3. no Content-Security-Policy violation,
// and after the test, zero axe-core violations (WCAG 2.0/2.1/2.2 A+AA) on the final page.
// Opt out per test only where an error is the point: test.use({ allowConsoleErrors: true }).
import { test as base, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Run axe on the current page and fail with a readable list of violations. */
export async function expectAccessible(page, label = page.url()) {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const readable = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
  );
  expect(readable, `axe violations on ${label}`).toEqual([]);
}

export const test = base.extend({
  allowConsoleErrors: [false, { option: true }],
  /** Origins besides the app's own that a test's page may talk to (an embedding host page). */
  allowedOrigins: [[], { option: true }],
  skipAxe: [false, { option: true }],
  guard: [
    async ({ page, baseURL, allowConsoleErrors, allowedOrigins, skipAxe }, use, testInfo) => {
      const origin = new URL(baseURL).origin;
      const problems = { console: [], foreign: [], csp: [] };
      page.on('console', (m) => {
        if (m.type() === 'error') problems.console.push(m.text());
      });
      page.on('pageerror', (e) => problems.console.push(`pageerror: ${e.message}`));
      page.on('request', (r) => {
        const url = r.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (new URL(url).origin !== origin && !allowedOrigins.includes(new URL(url).origin)) problems.foreign.push(url);
      });
      await page.addInitScript(() => {
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
        );
      });
      await use(problems);
      if (testInfo.status !== testInfo.expectedStatus) return; // keep the original failure readable
      const csp = await page.evaluate(() => window.__cspViolations || []).catch(() => []);
      expect(problems.foreign, 'requests to other origins').toEqual([]);
      expect(csp, 'CSP violations').toEqual([]);
      if (!allowConsoleErrors) expect(problems.console, 'console errors').toEqual([]);
      if (!skipAxe) await expectAccessible(page, `end of "${testInfo.title}"`);
    },
    { auto: true },
  ],
});

export { expect };
