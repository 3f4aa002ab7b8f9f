// Browser tests drive the production build in real Chromium (found by scripts/find-browser.mjs).
import { defineConfig } from '@playwright/test';
import { findBrowser } from './scripts/find-browser.mjs';

// E2E_PORT lets two checkouts run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4174);

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1366, height: 860 },
    // The interface follows the browser's language; tests that want Korean ask for it.
    locale: 'en-US',
    launchOptions: {
      executablePath: findBrowser().path,
      // Flags for running as root in containers, without reaching out to Google's services.
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
