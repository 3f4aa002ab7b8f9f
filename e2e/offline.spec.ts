// Offline and updates in real Chromium: after one visit the playground loads, compiles, runs
// functions and answers API URLs with its server gone; a new build waits until the person
// chooses Reload, and nothing typed before is lost. Each test serves the build (dist/) from a
// server of its own, which it can stop or switch to a "new version".
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { setEditorText } from './helpers';

const DIST = fileURLToPath(new URL('../dist', import.meta.url));
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm', '.json': 'application/json', '.map': 'application/json',
};

/** dist/ over HTTP. `edit` rewrites a file's text on its way out (a new deployment, without building twice). */
async function serveDist(): Promise<{ url: string; requests: string[]; edit: (file: string, change: (text: string) => string) => void; close: () => Promise<void> }> {
  const edits = new Map<string, (text: string) => string>();
  const requests: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push(path);
    const file = normalize(path === '/' ? '/index.html' : path).replace(/^(\.\.[/\\])+/, '');
    try {
      const body = await readFile(join(DIST, file));
      const edit = edits.get(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
      res.end(edit ? edit(body.toString('utf8')) : body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    edit: (file, change) => void edits.set(file, change),
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** The names of the playground's caches and the paths each holds. */
function precacheContents(page: Page) {
  return page.evaluate(async () => {
    const names = (await caches.keys()).filter((name) => name.startsWith('playground-precache-'));
    const contents: Record<string, string[]> = {};
    for (const name of names) contents[name] = (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname).sort();
    return contents;
  });
}

/** Opens the app and waits until it is ready and the service worker controls it. */
async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.evaluate(() => window.playground.ready);
  await expect(page.getByTestId('compiler-status')).toHaveText('Compiler ready');
  // The controlling worker activated only after its install had cached every file of the build.
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
}

test('after the first visit the playground loads, compiles, runs functions and serves API URLs offline', async ({ page, context }) => {
  const server = await serveDist();
  await openApp(page, server.url);
  const caches = await precacheContents(page);
  expect(Object.keys(caches)).toHaveLength(1);
  const cached = Object.values(caches)[0]!;
  for (const pattern of [/^\/index\.html$/, /^\/favicon\.svg$/, /^\/assets\/esbuild-.*\.wasm$/, /^\/assets\/codemirror-.*\.js$/, /^\/assets\/compiler\.worker-.*\.js$/, /^\/assets\/runtime\.worker-.*\.js$/, /^\/assets\/index-.*\.css$/]) {
    expect(cached.some((path) => pattern.test(path)), String(pattern)).toBe(true);
  }
  expect(cached.filter((path) => path.endsWith('.map') || path === '/sw.js')).toEqual([]);

  // The server goes away and the browser is offline.
  await server.close();
  await context.setOffline(true);
  const reloaded = await page.reload();
  expect(reloaded?.fromServiceWorker()).toBe(true);
  await page.evaluate(() => window.playground.ready);
  await expect(page.getByTestId('compiler-status')).toHaveText('Compiler ready');
  // The editor (a lazily loaded chunk) opens the sample function.
  await expect(page.getByRole('textbox', { name: 'Code of index.ts' })).toBeVisible();

  const result = await page.evaluate(async () => {
    const { lambda, apigateway } = window.playground;
    await lambda.createFunction({
      FunctionName: 'offline-fn',
      Code: { Files: { 'index.ts': 'export const handler = async (event: { who?: string }) => ({ statusCode: 200, body: `hello ${event.who ?? "offline"}` });' } },
    });
    const invoked = await lambda.invoke({ FunctionName: 'offline-fn', Payload: '{"who":"ana"}' });
    const api = apigateway.createApi({ name: 'offline-api', kind: 'http' });
    apigateway.createRoute(api.id, { routeKey: 'GET /hello', target: { functionName: 'offline-fn' } });
    const response = await fetch(`${apigateway.url(api.id)}/hello`);
    return { online: navigator.onLine, payload: JSON.parse(invoked.Payload ?? 'null'), api: { status: response.status, body: await response.text() } };
  });
  expect(result).toEqual({ online: false, payload: { statusCode: 200, body: 'hello ana' }, api: { status: 200, body: 'hello offline' } });
});

test('a new version waits until the person reloads, keeps unsaved typing, and replaces the old cache', async ({ page }) => {
  const server = await serveDist();
  await openApp(page, server.url);
  const [oldCache] = Object.keys(await precacheContents(page));
  const oldVersion = oldCache!.replace('playground-precache-', '');

  // Publish a "new build": a changed index.html, and a sw.js whose manifest says so (a new
  // version, and a new revision for index.html; every other file is unchanged).
  const oldRevision = createHash('sha256').update(await readFile(join(DIST, 'index.html'))).digest('hex').slice(0, 16);
  const worker = await readFile(join(DIST, 'sw.js'), 'utf8');
  expect(worker).toContain(oldVersion);
  expect(worker).toContain(oldRevision);
  server.edit('/index.html', (html) => html.replace('<title>', '<meta name="playground-build" content="two"><title>'));
  server.edit('/sw.js', (code) => code.replaceAll(oldVersion, 'feedfacecafe').replaceAll(oldRevision, '0123456789abcdef'));
  const served = server.requests.length;
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());

  await expect(page.getByTestId('update-notice')).toContainText('A new version of the playground is ready');
  // Only what changed was downloaded: unchanged files were copied from the old cache.
  expect(server.requests.slice(served).filter((path) => path !== '/sw.js')).toEqual(['/index.html']);
  // The new worker waits; the old version still controls the page and keeps its cache until the person chooses.
  const workers = await page.evaluate(async () => {
    const registration = (await navigator.serviceWorker.getRegistration())!;
    return { waiting: registration.waiting?.state, active: registration.active?.state };
  });
  expect(workers).toEqual({ waiting: 'installed', active: 'activated' });
  expect(Object.keys(await precacheContents(page)).sort()).toEqual([oldCache, 'playground-precache-feedfacecafe']);
  expect(await page.locator('meta[name="playground-build"]').count()).toBe(0);

  // Typing, then Reload at once: the reload waits for the autosave.
  await setEditorText(page, 'Code of index.ts', 'export const handler = async () => "typed just before the update";\n');
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reload', exact: true }).click()]);
  await page.evaluate(() => window.playground.ready);
  await expect(page.locator('meta[name="playground-build"]')).toHaveAttribute('content', 'two');
  await expect(page.getByRole('textbox', { name: 'Code of index.ts' })).toContainText('typed just before the update');
  await expect(page.getByTestId('update-notice')).toHaveCount(0);
  expect(Object.keys(await precacheContents(page))).toEqual(['playground-precache-feedfacecafe']);
  await server.close();
});
