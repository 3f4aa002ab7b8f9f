// Finds a Chromium for the browser tests: an explicit env var, the system's Chromium, or
// Playwright's own download cache. Shared by ensure-browser.mjs and playwright.config.ts.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const BROWSER_ENV = 'PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH';

const SYSTEM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** @returns {{ path: string | undefined, source: string }} */
export function findBrowser() {
  const fromEnv = process.env[BROWSER_ENV] || process.env.CHROME_PATH;
  if (fromEnv) return { path: existsSync(fromEnv) ? fromEnv : undefined, source: `$${BROWSER_ENV}=${fromEnv}` };
  const system = SYSTEM_CANDIDATES.find((p) => existsSync(p));
  if (system) return { path: system, source: 'system' };
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return { path: bundled, source: "Playwright's cache" };
  } catch {
    // No bundled browser registered for this Playwright version.
  }
  return { path: undefined, source: 'none' };
}
