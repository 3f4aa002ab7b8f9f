import { expect, test } from '@playwright/test';
import { createFunctionInUi, deploy, openPlayground, payloadJson, runTest, setEditorText } from './helpers';

test('a new visitor lands on a working sample and can invoke it with its saved event', async ({ page }) => {
  await openPlayground(page);
  await expect(page.getByTestId('function-name')).toHaveText('hello-world');
  await expect(page.getByRole('tab', { name: 'index.ts' })).toBeVisible();
  await runTest(page);
  await expect(page.getByTestId('result-status')).toHaveText('Succeeded');
  const payload = (await payloadJson(page)) as { statusCode: number; body: string };
  expect(payload.statusCode).toBe(200);
  expect(JSON.parse(payload.body)).toMatchObject({ message: 'Hello, Ana!', invocations: 1 });
  await expect(page.getByTestId('log-lines')).toContainText('Received event: {"name":"Ana"}');
});

test('deploys and invokes a TypeScript handler that imports a second file', async ({ page }) => {
  await openPlayground(page);
  await createFunctionInUi(page, 'calculator');
  await page.getByRole('button', { name: '+ File' }).click();
  await page.getByLabel('New file path').fill('lib/math.ts');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await setEditorText(page, 'Code of lib/math.ts', 'export function multiply(a: number, b: number): number {\n  return a * b;\n}\n');
  await page.getByRole('tab', { name: 'index.ts' }).click();
  await setEditorText(
    page,
    'Code of index.ts',
    "import { multiply } from './lib/math';\n\nexport const handler = async (event: { a: number; b: number }) => {\n  console.log('multiplying', event.a, event.b);\n  return { product: multiply(event.a, event.b) };\n};\n",
  );
  await expect(page.getByTestId('undeployed')).toBeVisible();
  await deploy(page);
  await setEditorText(page, 'Test event JSON', '{ "a": 6, "b": 7 }');
  await runTest(page);
  await expect(page.getByTestId('result-status')).toHaveText('Succeeded');
  expect(await payloadJson(page)).toEqual({ product: 42 });
  await expect(page.getByTestId('log-lines')).toContainText('INFO\tmultiplying 6 7');
  await expect(page.getByTestId('log-lines')).toContainText(/REPORT RequestId: [0-9a-f-]{36}\tDuration: [\d.]+ ms\tBilled Duration: \d+ ms\tMemory Size: 128 MB\tMax Memory Used: \d+ MB\tInit Duration: [\d.]+ ms/);
});

test('shows a cold start, then warm starts where module state survives', async ({ page }) => {
  await openPlayground(page);
  await createFunctionInUi(page, 'counter', 'JavaScript (ESM)');
  await setEditorText(page, 'Code of index.mjs', "let count = 0;\nconsole.log('INIT ran');\nexport const handler = async () => ({ count: ++count });\n");
  await page.keyboard.press('ControlOrMeta+s');
  await expect(page.getByTestId('undeployed')).toHaveCount(0);

  await runTest(page);
  await expect(page.getByTestId('start-kind')).toHaveText('Cold start');
  expect(await payloadJson(page)).toEqual({ count: 1 });
  await expect(page.getByTestId('result').getByText('Init duration')).toBeVisible();

  await runTest(page);
  await expect(page.getByTestId('start-kind')).toHaveText('Warm start');
  expect(await payloadJson(page)).toEqual({ count: 2 });

  await page.keyboard.press('ControlOrMeta+Enter');
  await expect.poll(() => payloadJson(page)).toEqual({ count: 3 });
  await expect(page.getByTestId('start-kind')).toHaveText('Warm start');
  // INIT ran once: one INIT line and one Init Duration across three invocations.
  await expect(page.getByTestId('log-lines').getByText('INIT ran')).toHaveCount(1);
  await expect(page.getByTestId('log-lines').getByText(/Init Duration/)).toHaveCount(1);
  await expect(page.getByTestId('environments')).toHaveText('1 environment');
});

test('tests the deployed code and says so when edits are not deployed', async ({ page }) => {
  await openPlayground(page);
  await createFunctionInUi(page, 'versioned', 'JavaScript (ESM)');
  await setEditorText(page, 'Code of index.mjs', "export const handler = async () => 'v1';\n");
  await deploy(page);
  await setEditorText(page, 'Code of index.mjs', "export const handler = async () => 'v2';\n");
  await runTest(page);
  expect(await payloadJson(page)).toBe('v1');
  await expect(page.getByText('Your edits are not deployed')).toBeVisible();
  await deploy(page);
  await runTest(page);
  expect(await payloadJson(page)).toBe('v2');
  // New code means a new execution environment.
  await expect(page.getByTestId('start-kind')).toHaveText('Cold start');
});
