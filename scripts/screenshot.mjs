// Regenerates docs/screenshot.png: the sample function after a cold and a warm invocation.
// Usage: npm run build && npm run screenshot (serves dist/ itself on a free port).
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { findBrowser } from './find-browser.mjs';

const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
const url = server.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath: findBrowser().path, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 820 }, deviceScaleFactor: 1 });
  await page.goto(url);
  await page.evaluate(() => window.playground.ready);
  for (let i = 0; i < 2; i++) {
    await page.getByRole('button', { name: /^Test/ }).click();
    await page.getByText(i === 0 ? 'Cold start' : 'Warm start').waitFor();
  }
  await page.screenshot({ path: 'docs/screenshot.png' });
  console.log('wrote docs/screenshot.png');
} finally {
  await browser.close();
  await server.close();
}
