// APIs answer real fetch() calls and navigations at their service-worker URLs on this origin.
import { expect, test, type Page } from '@playwright/test';
import { openPlayground } from './helpers';

/** Creates a function from JavaScript source through the scripting API and waits for its build. */
async function createFunction(page: Page, name: string, code: string): Promise<void> {
  await page.evaluate(
    async ({ name, code }) => {
      await window.playground.lambda.createFunction({ FunctionName: name, Runtime: 'nodejs22.x', Handler: 'index.handler', Code: { Files: { 'index.mjs': code } } });
    },
    { name, code },
  );
}

const ITEM_HANDLER = `export const handler = async (event) => ({
  statusCode: 200,
  headers: { 'content-type': 'application/json', 'x-route': event.routeKey },
  body: JSON.stringify({ id: event.pathParameters.id, q: event.queryStringParameters?.q ?? null }),
});`;

test('a route with a path parameter answers fetch() and a new tab at its service-worker URL', async ({ page, context }) => {
  await openPlayground(page);
  await createFunction(page, 'get-item', ITEM_HANDLER);
  const url = await page.evaluate(() => {
    const api = window.playground.apigateway.createApi({ name: 'items', kind: 'http' });
    window.playground.apigateway.createRoute(api.id, { routeKey: 'GET /items/{id}', target: { functionName: 'get-item' } });
    return window.playground.apigateway.url(api.id);
  });
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/_api\/[a-z0-9]{10}$/);

  const fromPage = await page.evaluate(async (base) => {
    const response = await fetch(`${base}/items/a%20b?q=1`);
    return { status: response.status, route: response.headers.get('x-route'), body: await response.json() };
  }, url);
  expect(fromPage).toEqual({ status: 200, route: 'GET /items/{id}', body: { id: 'a b', q: '1' } });

  // A person pastes the URL into a new tab: the service worker asks the open playground tab.
  const tab = await context.newPage();
  const response = await tab.goto(`${url}/items/42`);
  expect(response?.status()).toBe(200);
  expect(JSON.parse((await tab.locator('body').textContent()) ?? '')).toEqual({ id: '42', q: null });
  await tab.close();

  // A missing route is API Gateway's 404, also through the real URL.
  const missing = await page.evaluate(async (base) => {
    const r = await fetch(`${base}/nothing`);
    return [r.status, await r.text()];
  }, url);
  expect(missing).toEqual([404, '{"message":"Not Found"}']);
});

test('a binary image round-trips through a base64 request and response', async ({ page }) => {
  await openPlayground(page);
  await createFunction(
    page,
    'echo-image',
    `export const handler = async (event) => ({
  statusCode: 200,
  headers: { 'content-type': event.headers['content-type'] },
  body: event.body,
  isBase64Encoded: event.isBase64Encoded,
});`,
  );
  const result = await page.evaluate(async () => {
    const api = window.playground.apigateway.createApi({ name: 'images', kind: 'http' });
    window.playground.apigateway.createRoute(api.id, { routeKey: 'POST /echo', target: { functionName: 'echo-image' } });
    // A real PNG, drawn here, so every byte value can occur.
    const canvas = new OffscreenCanvas(16, 16);
    const g = canvas.getContext('2d')!;
    g.fillStyle = '#ff8800';
    g.fillRect(0, 0, 16, 16);
    g.fillStyle = '#0044ff';
    g.fillRect(4, 4, 8, 8);
    const png = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer());
    const response = await fetch(`${window.playground.apigateway.url(api.id)}/echo`, { method: 'POST', headers: { 'content-type': 'image/png' }, body: png });
    const back = new Uint8Array(await response.arrayBuffer());
    const bitmap = await createImageBitmap(new Blob([back], { type: 'image/png' }));
    return { status: response.status, type: response.headers.get('content-type'), same: back.length === png.length && back.every((b, i) => b === png[i]), width: bitmap.width };
  });
  expect(result).toEqual({ status: 200, type: 'image/png', same: true, width: 16 });
});

test('a REST API with a malformed 1.0 response answers 502 at its URL', async ({ page }) => {
  await openPlayground(page);
  await createFunction(page, 'no-status', `export const handler = async () => ({ body: 'no statusCode here' });`);
  const result = await page.evaluate(async () => {
    const api = window.playground.apigateway.createApi({ name: 'shop', kind: 'rest' });
    window.playground.apigateway.createRoute(api.id, { routeKey: 'GET /items', target: { functionName: 'no-status' } });
    const response = await fetch(`${window.playground.apigateway.url(api.id, 'prod')}/items`);
    return [response.status, await response.text(), response.headers.get('x-amzn-requestid') !== null];
  });
  expect(result).toEqual([502, '{"message": "Internal server error"}', true]);
});

test('APIs are saved with the project and answer again after a reload', async ({ page }) => {
  await openPlayground(page);
  await createFunction(page, 'get-item', ITEM_HANDLER);
  const url = await page.evaluate(() => {
    const api = window.playground.apigateway.createApi({ name: 'kept', kind: 'http' });
    window.playground.apigateway.createRoute(api.id, { routeKey: 'GET /items/{id}', target: { functionName: 'get-item' } });
    return window.playground.apigateway.url(api.id);
  });
  await expect(page.getByTestId('save-state')).toHaveText('Saving…');
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved');
  await page.reload();
  await page.evaluate(() => window.playground.ready);
  const status = await page.evaluate(async (base) => (await fetch(`${base}/items/7`)).status, url);
  expect(status).toBe(200);
});
