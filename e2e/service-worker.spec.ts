// The service worker in real Chromium: /_api/ and /_site/ URLs are answered by an open tab
// through the page bridge, or by the worker itself when no tab can answer.
import { fileURLToPath } from 'node:url';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { build } from 'vite';

const GATEWAY = { 'x-playground-origin': 'service-worker' };

/** Installs the service worker in this context from a page of the app, then closes that page. */
async function installServiceWorker(context: BrowserContext): Promise<void> {
  const page = await context.newPage();
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.register('/sw.js', { scope: '/' });
    await navigator.serviceWorker.ready;
  });
  await page.close();
}

let bridgeScript: string;

// The bridge as one classic script, so a test page can start it without the app (whose own
// bridge would answer too once it is wired).
test.beforeAll(async () => {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    build: {
      write: false,
      minify: false,
      lib: { entry: fileURLToPath(new URL('../src/platform/service-worker-bridge.ts', import.meta.url)), formats: ['iife'], name: 'PlaygroundBridge' },
    },
  });
  const results = Array.isArray(output) ? output : [output as Exclude<typeof output, unknown[]>];
  const chunk = results.flatMap((r) => ('output' in r ? r.output : [])).find((file) => file.type === 'chunk');
  bridgeScript = chunk!.code;
});

/**
 * Opens a same-origin page that is not the app (/sw.js shown as text) and starts the real
 * bridge in it with a handler that echoes what it was asked: the path decides the answer.
 */
async function openEchoTab(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto('/sw.js');
  await page.addScriptTag({ content: bridgeScript });
  const result = await page.evaluate(() => {
    const w = window as unknown as {
      PlaygroundBridge: typeof import('../src/platform/service-worker-bridge');
      asked: unknown[];
    };
    w.asked = [];
    const encode = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;
    return w.PlaygroundBridge.startServiceWorkerBridge(async (request) => {
      const path = new URL(request.url).pathname;
      w.asked.push({ ...request, body: request.body && new TextDecoder().decode(request.body) });
      if (path.startsWith('/_api/unknown/')) return { handled: false };
      if (path.startsWith('/_api/broken/')) throw new Error('the engine broke');
      if (path.startsWith('/_api/empty/')) return { handled: true, response: { status: 204, headers: [['x-empty', 'yes']], body: encode('ignored') } };
      if (request.kind === 'site') return { handled: true, response: { status: 200, headers: [['content-type', 'text/html']], body: encode('<!doctype html><title>Front end</title><h1>Served by the tab</h1>') } };
      const echo = { kind: request.kind, method: request.method, body: request.body && new TextDecoder().decode(request.body) };
      return { handled: true, response: { status: 201, headers: [['content-type', 'application/json'], ['x-function', 'echo'], ['x-multi', 'a'], ['x-multi', 'b']], body: encode(JSON.stringify(echo)) } };
    });
  });
  expect(result).toEqual({ ok: true });
  return page;
}

test('with no playground tab open, an API URL shows a page saying so (503) and code gets JSON', async ({ context, baseURL }) => {
  await installServiceWorker(context);
  const page = await context.newPage();
  const response = await page.goto('/_api/abc123/prod/items');
  expect(response?.status()).toBe(503);
  expect(response?.headers()).toMatchObject({ ...GATEWAY, 'content-type': 'text/html; charset=utf-8' });
  await expect(page).toHaveTitle('No playground tab is open');
  await expect(page.getByRole('heading', { name: 'No playground tab is open' })).toBeVisible();
  await expect(page.getByText('served by an open playground tab')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open the playground' })).toHaveAttribute('href', '/');

  // This page is itself under /_api/, so it does not count as a playground tab either.
  const fromCode = await page.evaluate(async () => {
    const r = await fetch('/_api/x/y', { method: 'POST', body: '{}' });
    return { status: r.status, origin: r.headers.get('x-playground-origin'), body: await r.json() };
  });
  expect(fromCode).toEqual({ status: 503, origin: 'service-worker', body: { message: `No Serverless Playground tab is open to serve this API. Open ${baseURL}/ and try again.` } });

  const site = await page.goto('/_site/blog/index.html');
  expect(site?.status()).toBe(503);
  await expect(page).toHaveTitle('No playground tab is open');

  // Everything else still comes from the server: the app itself, untouched.
  const app = await page.goto('/');
  expect(app?.status()).toBe(200);
  expect(app?.headers()['x-playground-origin']).toBeUndefined();
  await expect(page.locator('#app')).toBeAttached();
});

test('a tab running the bridge answers API requests from code as soon as the bridge is ready', async ({ context }) => {
  const tab = await openEchoTab(context);
  const result = await tab.evaluate(async () => {
    const r = await fetch('/_api/echo/prod/items?x=1', { method: 'POST', body: 'hello', headers: { 'content-type': 'text/plain', 'x-req': 'r1' } });
    return { status: r.status, headers: Object.fromEntries(r.headers), body: await r.json() };
  });
  expect(result.status).toBe(201);
  expect(result.headers).toMatchObject({ 'content-type': 'application/json', 'x-function': 'echo', 'x-multi': 'a, b' });
  expect(result.headers['x-playground-origin']).toBeUndefined();
  expect(result.body).toEqual({ kind: 'api', method: 'POST', body: 'hello' });
  const asked = (await tab.evaluate(() => (window as unknown as { asked: { url: string; headers: [string, string][] }[] }).asked))[0]!;
  expect(new URL(asked.url).pathname + new URL(asked.url).search).toBe('/_api/echo/prod/items?x=1');
  expect(asked.headers).toEqual(expect.arrayContaining([['content-type', 'text/plain'], ['x-req', 'r1']]));

  const others = await tab.evaluate(async () => {
    const call = async (url: string) => {
      const r = await fetch(url);
      return { status: r.status, origin: r.headers.get('x-playground-origin'), text: await r.text(), empty: r.headers.get('x-empty') };
    };
    return { unknown: await call('/_api/unknown/prod/x'), broken: await call('/_api/broken/prod/x'), empty: await call('/_api/empty/prod/x') };
  });
  expect(others.unknown).toEqual({ status: 404, origin: 'service-worker', text: '{"message":"Not Found"}', empty: null });
  expect(others.broken).toEqual({ status: 500, origin: null, text: '{"message":"Internal server error"}', empty: null });
  expect(others.empty).toEqual({ status: 204, origin: null, text: '', empty: 'yes' });
});

test('another page of the browser can open an API or site URL that a tab serves', async ({ context }) => {
  await openEchoTab(context);
  const visitor = await context.newPage();
  const site = await visitor.goto('/_site/blog/index.html');
  expect(site?.status()).toBe(200);
  await expect(visitor.getByRole('heading', { name: 'Served by the tab' })).toBeVisible();
  const api = await visitor.goto('/_api/echo/prod/items');
  expect(api?.status()).toBe(201);
  expect(JSON.parse(await api!.text())).toEqual({ kind: 'api', method: 'GET', body: null });
  // The visitor (under /_site/ or /_api/) is never asked itself; the tab was asked twice.
  const asked = await visitor.context().pages()[0]!.evaluate(() => (window as unknown as { asked: unknown[] }).asked.length);
  expect(asked).toBe(2);
});

test('after a hard reload, which bypasses the service worker, the bridge gets the tab claimed again', async ({ context }) => {
  const tab = await openEchoTab(context);
  const cdp = await context.newCDPSession(tab);
  await Promise.all([tab.waitForEvent('load'), cdp.send('Page.reload', { ignoreCache: true })]);
  expect(await tab.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
  await tab.addScriptTag({ content: bridgeScript });
  const result = await tab.evaluate(async () => {
    const w = window as unknown as { PlaygroundBridge: typeof import('../src/platform/service-worker-bridge') };
    const started = await w.PlaygroundBridge.startServiceWorkerBridge(async () => ({ handled: false }));
    const r = await fetch('/_api/any/prod/x');
    return { started, status: r.status };
  });
  expect(result).toEqual({ started: { ok: true }, status: 404 });
});
