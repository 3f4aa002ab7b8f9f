// Regenerates the README's screenshots: docs/screenshot.png (the sample function after a cold and
// a warm invocation) and one docs/screenshots/<name>.png per scene in scripts/screenshots/.
// Usage: npm run build && npm run screenshot [name ...] (serves dist/ itself on a free port).
import { readdir, mkdir } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { findBrowser } from './find-browser.mjs';

const wanted = process.argv.slice(2);
const scenes = (await readdir(new URL('./screenshots/', import.meta.url)).catch(() => []))
  .filter((file) => file.endsWith('.mjs'))
  .map((file) => file.slice(0, -4))
  .filter((name) => wanted.length === 0 || wanted.includes(name));

const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
const url = server.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath: findBrowser().path, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });

/** A fresh page at the app, ready, in its own browser context (so scenes do not share storage). */
async function freshPage(locale = 'en-US') {
  const context = await browser.newContext({ viewport: { width: 1366, height: 820 }, deviceScaleFactor: 1, locale });
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate(() => window.playground.ready);
  return page;
}

try {
  if (wanted.length === 0 || wanted.includes('screenshot')) {
    const page = await freshPage();
    for (let i = 0; i < 2; i++) {
      await page.getByRole('button', { name: /^Test/ }).click();
      await page.getByText(i === 0 ? 'Cold start' : 'Warm start').waitFor();
    }
    await page.screenshot({ path: 'docs/screenshot.png' });
    console.log('wrote docs/screenshot.png');
    await page.context().close();
  }
  await mkdir('docs/screenshots', { recursive: true });
  for (const name of scenes) {
    // A scene may ask for the interface language (`export const locale = 'ko-KR'`).
    const { default: shoot, locale } = await import(`./screenshots/${name}.mjs`);
    const page = await freshPage(locale);
    await shoot(page);
    await page.screenshot({ path: `docs/screenshots/${name}.png` });
    console.log(`wrote docs/screenshots/${name}.png`);
    await page.context().close();
  }
} finally {
  await browser.close();
  await server.close();
}
