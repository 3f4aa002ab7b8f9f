import { expect, test } from '@playwright/test';
import { createFunctionInUi, openPlayground, payloadJson, runTest, setEditorText } from './helpers';

test('test events are saved per function and templates come from the official samples', async ({ page }) => {
  await openPlayground(page);
  await page.getByLabel('Event templates').selectOption({ label: 'API Gateway HTTP API (payload 2.0)' });
  await expect(page.getByRole('textbox', { name: 'Test event JSON' })).toContainText('"routeKey"');
  await page.getByLabel('Event name').fill('http-get');
  await page.getByRole('button', { name: 'Save event' }).click();
  await expect(page.getByLabel('Saved events')).toHaveValue('http-get');
  await page.getByLabel('Saved events').selectOption('greet-ana');
  await expect(page.getByRole('textbox', { name: 'Test event JSON' })).toContainText('"Ana"');
});

test('environment variables configured in the form reach process.env', async ({ page }) => {
  await openPlayground(page);
  await createFunctionInUi(page, 'env-reader', 'JavaScript (ESM)');
  await setEditorText(page, 'Code of index.mjs', 'export const handler = async (event, context) => ({ stage: process.env.STAGE, fn: process.env.AWS_LAMBDA_FUNCTION_NAME, mem: context.memoryLimitInMB });\n');
  await page.keyboard.press('ControlOrMeta+s');
  await expect(page.getByTestId('undeployed')).toHaveCount(0);
  await page.getByRole('tab', { name: 'Configuration' }).click();
  await page.getByRole('button', { name: 'Add variable' }).click();
  await page.getByLabel('Variable 1 name').fill('STAGE');
  await page.getByLabel('Variable 1 value').fill('workshop');
  await page.getByLabel('Memory (MB)').fill('256');
  await page.getByRole('button', { name: 'Save configuration' }).click();
  await expect(page.getByTestId('notice')).toContainText('Saved the configuration');
  await page.getByRole('tab', { name: 'Code' }).click();
  await runTest(page);
  expect(await payloadJson(page)).toEqual({ stage: 'workshop', fn: 'env-reader', mem: '256' });
});

test('functions can be renamed and deleted, and work survives a reload', async ({ page }) => {
  await openPlayground(page);
  await createFunctionInUi(page, 'draft-fn', 'JavaScript (ESM)');
  await setEditorText(page, 'Code of index.mjs', "export const handler = async () => 'unsaved edit';\n");
  await page.getByRole('button', { name: 'Rename draft-fn' }).click();
  await page.getByLabel('New name for draft-fn').fill('renamed-fn');
  await page.getByRole('button', { name: 'Rename', exact: true }).click();
  await expect(page.getByTestId('function-name')).toHaveText('renamed-fn');
  await expect(page.getByTestId('undeployed')).toBeVisible();
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved');

  await page.reload();
  await page.evaluate(() => window.playground.ready);
  await page.getByRole('button', { name: /^renamed-fn/ }).click();
  await expect(page.getByRole('textbox', { name: 'Code of index.mjs' })).toContainText('unsaved edit');
  await expect(page.getByTestId('undeployed')).toBeVisible();

  await page.getByRole('button', { name: 'Delete renamed-fn' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('button', { name: /^renamed-fn/ })).toHaveCount(0);
  expect(await page.evaluate(async () => (await window.playground.lambda.listFunctions()).Functions.map((f) => f.FunctionName))).toEqual(['hello-world']);
});

test('the scripting API has the AWS Lambda API shapes, and the UI follows it', async ({ page }) => {
  await openPlayground(page);
  const result = await page.evaluate(async () => {
    const { lambda } = window.playground;
    await lambda.createFunction({
      FunctionName: 'scripted', Runtime: 'nodejs22.x', Handler: 'src/app.lambdaHandler', MemorySize: 256, Timeout: 5,
      Environment: { Variables: { GREETING: 'hi' } },
      Code: { Files: { 'src/app.ts': "import { shout } from './shout';\nexport const lambdaHandler = (event: any, context: any, callback: any) => callback(null, shout(process.env.GREETING + ' ' + event.who));", 'src/shout.ts': 'export const shout = (s: string) => s.toUpperCase();' } },
    });
    const out = await lambda.invoke({ FunctionName: 'scripted', Payload: JSON.stringify({ who: 'ana' }), LogType: 'Tail' });
    const failing = await lambda.invoke({ FunctionName: 'scripted', Payload: '[' }).catch((e: Error) => ({ name: e.name, message: e.message }));
    return { out, log: atob(out.LogResult ?? ''), failing, config: await lambda.getFunctionConfiguration({ FunctionName: 'scripted' }) };
  });
  expect(result.out).toMatchObject({ StatusCode: 200, Payload: '"HI ANA"', ExecutedVersion: '$LATEST' });
  expect(result.log).toMatch(/^START RequestId: \S+ Version: \$LATEST\nEND RequestId: \S+\nREPORT RequestId: .*Memory Size: 256 MB.*Init Duration/);
  expect(result.failing).toMatchObject({ name: 'InvalidRequestContentException' });
  expect(result.config).toMatchObject({ FunctionName: 'scripted', Runtime: 'nodejs22.x', MemorySize: 256, Timeout: 5, State: 'Active' });
  await expect(page.getByRole('button', { name: /^scripted/ })).toBeVisible();
});

test('layout holds on a tablet-width screen', async ({ page }) => {
  await page.setViewportSize({ width: 820, height: 1180 });
  await openPlayground(page);
  await runTest(page);
  await expect(page.getByTestId('result-status')).toHaveText('Succeeded');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  for (const name of ['Code of index.ts', 'Test event JSON']) await expect(page.getByRole('textbox', { name })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Deploy/ })).toBeVisible();
  await page.screenshot({ path: 'test-results/tablet.png', fullPage: true });
});

test('published versions, aliases and reserved concurrency survive a reload', async ({ page }) => {
  await openPlayground(page);
  await page.evaluate(async () => {
    const { lambda } = window.playground;
    await lambda.createFunction({ FunctionName: 'kept', Code: { Files: { 'index.mjs': 'export const handler = async () => "one";' } } });
    await lambda.publishVersion({ FunctionName: 'kept', Description: 'first' });
    await lambda.updateFunctionCode({ FunctionName: 'kept', Files: { 'index.mjs': 'export const handler = async () => "two";' } });
    await lambda.publishVersion({ FunctionName: 'kept' });
    await lambda.createAlias({ FunctionName: 'kept', Name: 'live', FunctionVersion: '1', RoutingConfig: { AdditionalVersionWeights: { '2': 0.25 } } });
    await lambda.putFunctionConcurrency({ FunctionName: 'kept', ReservedConcurrentExecutions: 7 });
  });
  await page.getByRole('button', { name: /^kept/ }).click();
  await page.getByRole('tab', { name: 'Versions' }).click();
  await expect(page.getByText('version 1 (75%) and version 2 (25%)')).toBeVisible();
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved');

  await page.reload();
  await page.evaluate(() => window.playground.ready);
  const restored = await page.evaluate(async () => {
    const { lambda } = window.playground;
    for (let i = 0; i < 50 && (await lambda.listAliases({ FunctionName: 'kept' }).catch(() => ({ Aliases: [] }))).Aliases.length === 0; i++) await new Promise((r) => setTimeout(r, 100));
    return {
      versions: (await lambda.listVersionsByFunction({ FunctionName: 'kept' })).Versions.map((v) => `${v.Version}:${v.Description}`),
      v1: (await lambda.invoke({ FunctionName: 'kept', Qualifier: '1' })).Payload,
      alias: await lambda.getAlias({ FunctionName: 'kept', Name: 'live' }),
      concurrency: await lambda.getFunctionConcurrency({ FunctionName: 'kept' }),
    };
  });
  expect(restored.versions).toEqual(['$LATEST:', '1:first', '2:']);
  expect(restored.v1).toBe('"one"');
  expect(restored.alias).toMatchObject({ FunctionVersion: '1', RoutingConfig: { AdditionalVersionWeights: { '2': 0.25 } } });
  expect(restored.concurrency).toEqual({ ReservedConcurrentExecutions: 7 });
});
