// Browser tests against the RELEASE build in ../../dist, served by server.mjs on 127.0.0.1.
// Uses Debian's /usr/bin/chromium: no browser download ever.
import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT || 8089);
// A bureau's page on another origin that embeds Spoorwijzer (host/server.mjs, embed.spec.mjs).
export const HOST_PORT = Number(process.env.E2E_HOST_PORT || PORT + 5);
export const APP_ORIGIN = `http://127.0.0.1:${PORT}`;
export const HOST_ORIGIN = `http://127.0.0.1:${HOST_PORT}`;
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.mjs$/,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  fullyParallel: true,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // The service worker (public/sw.js) is tested in offline.spec.mjs; elsewhere it would answer
    // requests that tests route (page.route) themselves.
    serviceWorkers: 'block',
    browserName: 'chromium',
    headless: true,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    launchOptions: {
      executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      args: CHROME_ARGS,
    },
  },
  webServer: [
    {
      // The app with its real headers; the test host page is allowed to frame it, as a bureau
      // would allow its own site (it is http:, which the default frame-ancestors leaves out).
      command: `node server.mjs ${process.env.DIST_DIR || '../../dist'} ${PORT}`,
      env: { FRAME_ANCESTORS_EXTRA: `http://127.0.0.1:${HOST_PORT}` },
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
      timeout: 15_000,
    },
    {
      command: `node host/server.mjs ${HOST_PORT} http://127.0.0.1:${PORT}`,
      url: `http://127.0.0.1:${HOST_PORT}/pagina`,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
      timeout: 15_000,
    },
  ],
});
