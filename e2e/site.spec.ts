// The front end: create the starter page, see it in the preview, edit it, and watch its fetch()
// to the project's API arrive in that API's console.
import { expect, test } from '@playwright/test';
import { openPlayground, setEditorText } from './helpers';

test('the starter front end calls the API, and its request shows up in the console', async ({ page }) => {
  await openPlayground(page);
  await page.evaluate(async () => {
    await window.playground.lambda.createFunction({
      FunctionName: 'hello-api',
      Code: { Files: { 'index.mjs': 'export const handler = async (event) => ({ statusCode: 200, body: JSON.stringify({ hello: event.rawPath }) });\n' } },
    });
    const api = window.playground.apigateway.createApi({ name: 'site-api', kind: 'http' });
    window.playground.apigateway.createRoute(api.id, { routeKey: '$default', target: { functionName: 'hello-api' } });
  });

  await page.getByRole('button', { name: /^Front end/ }).click();
  await expect(page.getByText('The starter page calls site-api')).toBeVisible();
  await page.getByRole('button', { name: 'Create a starter front end' }).click();
  await expect(page.getByRole('tab', { name: 'index.html' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'app.js' })).toBeVisible();

  const preview = page.frameLocator('iframe[title="Preview of the front end"]');
  await expect(preview.getByRole('heading', { name: 'My serverless app' })).toBeVisible();
  await preview.getByRole('button', { name: 'Call the API' }).click();
  await expect(preview.locator('#result')).toContainText('200');
  await expect(preview.locator('#result')).toContainText('{"hello":"/hello"}');

  // Editing a file reloads the preview shortly after typing stops.
  await page.getByRole('tab', { name: 'index.html' }).click();
  const html = await page.evaluate(() => document.querySelector('[aria-label="Site file index.html"]')?.textContent ?? '');
  expect(html).toContain('<h1>My serverless app</h1>');
  await setEditorText(page, 'Site file index.html', '<!doctype html>\n<h1>Edited page</h1>\n');
  await expect(preview.getByRole('heading', { name: 'Edited page' })).toBeVisible();

  // The page's request went through the service worker; the API's console lists it.
  await page.getByRole('button', { name: /^site-api/ }).click();
  await expect(page.getByTestId('recent-requests')).toContainText('GET /hello');
  await page.getByTestId('recent-requests').getByRole('button').first().click();
  await expect(page.getByTestId('response-status')).toHaveText('200');
  await expect(page.getByTestId('event-json')).toContainText('"rawPath": "/hello"');
});
