// Lighthouse (mobile preset) against the release build served by server.mjs, with Debian Chromium.
// Prints the four category scores; exits 1 below the thresholds. usage: node tests/e2e/lighthouse.mjs URL
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const url = process.argv[2] || 'http://127.0.0.1:8089/';
const MIN = { performance: 0.8, accessibility: 1.0, 'best-practices': 0.9, seo: 0.9 };
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic',
    '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let ok = true;
try {
  const { lhr } = await lighthouse(url, { port: chrome.port, logLevel: 'error', output: 'json',
    onlyCategories: Object.keys(MIN) });
  for (const [id, cat] of Object.entries(lhr.categories)) {
    const score = Math.round(cat.score * 100);
    const bad = cat.score < MIN[id];
    ok &&= !bad;
    console.log(`${bad ? 'FAIL' : 'ok  '} lighthouse ${id}: ${score} (minimum ${MIN[id] * 100})`);
  }
  const failed = Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary');
  for (const a of failed) console.log(`     audit not passed: ${a.id}: ${a.title}`);
} finally {
  await chrome.kill();
}
process.exit(ok ? 0 : 1);
