// The API console as a workshop uses it: create an API and its routes in the UI, send requests,
// and read the response beside the exact event, the logs, and why the gateway answered itself.
import { expect, test, type Page } from '@playwright/test';
import { openPlayground } from './helpers';

/** Functions are set up through the scripting API: creating them in the UI is covered elsewhere. */
async function createFunction(page: Page, name: string, code: string): Promise<void> {
  await page.evaluate(
    ({ name, code }) => window.playground.lambda.createFunction({ FunctionName: name, Code: { Files: { 'index.mjs': code } } }),
    { name, code },
  );
}

async function createApi(page: Page, name: string, type: 'HTTP API' | 'REST API'): Promise<void> {
  await page.getByRole('button', { name: 'New API' }).click();
  await page.getByLabel('API name').fill(name);
  await page.getByLabel('API type').selectOption({ label: type });
  await page.getByRole('button', { name: 'Create API' }).click();
  await expect(page.getByTestId('api-name')).toHaveText(name);
}

async function addRoute(page: Page, method: string, path: string, functionName: string, apiKeyRequired = false): Promise<void> {
  await page.getByRole('tab', { name: /^Routes/ }).click();
  await page.getByLabel('Route method').selectOption(method);
  await page.getByLabel('Route path').fill(path);
  await page.getByLabel('Route function').selectOption(functionName);
  if (apiKeyRequired) await page.getByLabel('API key required').check();
  await page.getByRole('button', { name: 'Add route' }).click();
  await expect(page.getByTestId('routes-table')).toContainText(`${method} ${path}`);
}

/** Sends from the console and waits for the response to this request (its request line). */
async function send(page: Page, path: string): Promise<void> {
  await page.getByRole('tab', { name: 'Console' }).click();
  await page.getByLabel('Request path').fill(path);
  const before = await page.getByTestId('recent-requests').locator('li button').count();
  await page.getByRole('button', { name: /^Send/ }).click();
  await expect(page.getByTestId('recent-requests').locator('li button')).toHaveCount(before + 1);
  await expect(page.getByTestId('response-status')).toBeVisible();
}

async function rawBody(page: Page) {
  await page.getByRole('button', { name: 'Raw' }).click();
  return page.getByTestId('response-body');
}

test('an HTTP API route passes the path parameter to the function, and the console shows the event and logs', async ({ page }) => {
  await openPlayground(page);
  await createFunction(page, 'get-item', 'export const handler = async (event) => {\n  console.log("looking up", event.pathParameters.id);\n  return { statusCode: 200, body: JSON.stringify({ id: event.pathParameters.id }) };\n};\n');
  await createApi(page, 'items-api', 'HTTP API');
  await addRoute(page, 'GET', '/items/{id}', 'get-item');

  await send(page, '/items/42');
  await expect(page.getByTestId('response-status')).toHaveText('200');
  await expect(await rawBody(page)).toHaveText('{"id":"42"}');
  await expect(page.getByTestId('event-json')).toContainText('"rawPath": "/items/42"');
  await expect(page.getByTestId('event-json')).toContainText('"routeKey": "GET /items/{id}"');
  await expect(page.getByTestId('trace-logs')).toContainText(/START RequestId: [0-9a-f-]{36} Version: \$LATEST/);
  await expect(page.getByTestId('trace-logs')).toContainText('INFO\tlooking up 42');
  await expect(page.getByTestId('gateway-note')).toHaveCount(0);

  // The same request as payload 1.0 and 2.0, side by side.
  await page.getByLabel('Compare 1.0 / 2.0').check();
  await expect(page.getByTestId('event-v1')).toContainText('"resource": "/items/{id}"');
  await expect(page.getByTestId('event-v1')).toContainText('"httpMethod": "GET"');
  await expect(page.getByTestId('event-v2')).toContainText('"rawPath": "/items/42"');
  await page.getByLabel('Compare 1.0 / 2.0').uncheck();

  // Ctrl/Cmd+Enter in the console sends again; the recent list keeps both, newest first.
  await page.getByLabel('Request path').fill('/items/7?verbose=true');
  await page.getByLabel('Request path').press('ControlOrMeta+Enter');
  await expect(page.getByTestId('recent-requests').locator('li button')).toHaveCount(2);
  await expect(page.getByTestId('event-json')).toContainText('"rawQueryString": "verbose=true"');
  await expect(page.getByTestId('recent-requests').locator('li').first()).toContainText('GET /items/7?verbose=true');
  // Clicking an older request shows it again.
  await page.getByTestId('recent-requests').locator('li').nth(1).getByRole('button').click();
  await expect(page.getByTestId('event-json')).toContainText('"rawPath": "/items/42"');
});

test('a REST API answers 502 when the function returns no statusCode, and says why', async ({ page }) => {
  await openPlayground(page);
  await createFunction(page, 'no-status', "export const handler = async () => ({ body: 'no status' });\n");
  await createApi(page, 'shop', 'REST API');
  await addRoute(page, 'GET', '/things', 'no-status');

  await send(page, '/things');
  await expect(page.getByTestId('request-line')).toContainText('/prod/things');
  await expect(page.getByTestId('response-status')).toHaveText('502');
  await expect(await rawBody(page)).toHaveText('{"message": "Internal server error"}');
  await expect(page.getByTestId('gateway-note')).toContainText('statusCode');
  // The function did run: its event (payload 1.0) and logs are there to explain the 502.
  await expect(page.getByTestId('event-json')).toContainText('"resource": "/things"');
  await expect(page.getByTestId('trace-logs')).toContainText('START RequestId:');
});

test('a REST route that requires an API key answers 403 without it and 200 with it', async ({ page }) => {
  await openPlayground(page);
  await createFunction(page, 'secret', "export const handler = async (event) => ({ statusCode: 200, body: 'key ' + event.requestContext.identity.apiKeyId });\n");
  await createApi(page, 'keyed', 'REST API');
  await addRoute(page, 'GET', '/secret', 'secret', true);
  await expect(page.getByTestId('routes-table')).toContainText('required');

  await page.getByRole('tab', { name: 'Access' }).click();
  await page.getByLabel('Key name').fill('workshop');
  await page.getByRole('button', { name: 'Create API key' }).click();
  const key = ((await page.getByTestId('api-key-value').textContent()) ?? '').trim();
  expect(key).toMatch(/^[A-Za-z0-9]{40}$/);

  await send(page, '/secret');
  await expect(page.getByTestId('response-status')).toHaveText('403');
  await expect(await rawBody(page)).toHaveText('{"message":"Forbidden"}');
  await expect(page.getByTestId('gateway-note')).toContainText('x-api-key');

  await page.getByLabel('Header 1 name').fill('x-api-key');
  await page.getByLabel('Header 1 value').fill(key);
  await send(page, '/secret');
  await expect(page.getByTestId('response-status')).toHaveText('200');
  await expect(page.getByTestId('response-body')).toHaveText(/^key [a-z0-9]{10}$/);
});

test('an HTTP API with CORS answers a preflight itself and adds CORS headers to responses', async ({ page }) => {
  await openPlayground(page);
  await createFunction(page, 'add-item', "export const handler = async () => ({ statusCode: 201, body: 'added' });\n");
  await createApi(page, 'cors-api', 'HTTP API');
  await addRoute(page, 'POST', '/items', 'add-item');

  await page.getByRole('tab', { name: 'Access' }).click();
  await page.getByLabel('Allow origins').fill('https://app.example');
  await page.getByLabel('Allow methods').fill('GET, POST');
  await page.getByLabel('Allow headers').fill('content-type');
  await page.getByLabel('Max age (seconds)').fill('600');
  await page.getByRole('button', { name: 'Save CORS' }).click();
  await expect(page.getByRole('heading', { name: 'CORS · on' })).toBeVisible();

  // The browser's preflight, written by hand: OPTIONS with Origin and Access-Control-Request-*.
  await page.getByRole('tab', { name: 'Console' }).click();
  await page.getByLabel('Method').selectOption('OPTIONS');
  await page.getByRole('button', { name: '+ Header' }).click();
  await page.getByRole('button', { name: '+ Header' }).click();
  await page.getByRole('button', { name: '+ Header' }).click();
  const headers: [string, string][] = [['Origin', 'https://app.example'], ['Access-Control-Request-Method', 'POST'], ['Access-Control-Request-Headers', 'Content-Type']];
  for (const [i, [name, value]] of headers.entries()) {
    await page.getByLabel(`Header ${i + 1} name`).fill(name);
    await page.getByLabel(`Header ${i + 1} value`).fill(value);
  }
  await send(page, '/items');
  await expect(page.getByTestId('response-status')).toHaveText('204');
  await expect(page.getByTestId('gateway-note')).toContainText('CORS preflight');
  const table = page.getByTestId('response').locator('table.headers');
  await page.getByText(/^Headers \(\d+\)$/).click();
  await expect(table).toContainText('access-control-allow-originhttps://app.example');
  await expect(table).toContainText('access-control-allow-methodsGET,POST');
  await expect(table).toContainText('access-control-max-age600');
  // The function never ran for the preflight.
  await expect(page.getByTestId('trace-logs')).toHaveCount(0);

  // The real request gets the allow-origin header from the gateway.
  await page.getByLabel('Method').selectOption('POST');
  await send(page, '/items');
  await expect(page.getByTestId('response-status')).toHaveText('201');
  await page.getByText(/^Headers \(\d+\)$/).click();
  await expect(table).toContainText('access-control-allow-originhttps://app.example');
});
