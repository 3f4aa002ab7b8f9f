import { expect, test } from '@playwright/test';
import { createFunctionInUi, deploy, openPlayground, payloadJson, runTest, setEditorText } from './helpers';

test('times out an infinite loop, then the next invocation succeeds in a fresh environment', async ({ page }) => {
  await openPlayground(page);
  await createFunctionInUi(page, 'looper', 'JavaScript (ESM)');
  await setEditorText(page, 'Code of index.mjs', "export const handler = async (event) => {\n  if (event.spin) { while (true) {} }\n  return 'finished';\n};\n");
  await deploy(page);

  await page.getByRole('tab', { name: 'Configuration' }).click();
  await page.getByLabel('Timeout (seconds)').fill('1');
  await page.getByRole('button', { name: 'Save configuration' }).click();
  await expect(page.getByTestId('notice')).toContainText('Saved the configuration');
  await page.getByRole('tab', { name: 'Code' }).click();

  await setEditorText(page, 'Test event JSON', '{ "spin": true }');
  await runTest(page);
  await expect(page.getByTestId('result-status')).toHaveText('Timed out');
  await expect(page.getByTestId('error-type')).toHaveText('Sandbox.Timedout');
  await expect(page.getByTestId('error-message')).toHaveText(/^RequestId: [0-9a-f-]{36} Error: Task timed out after 1.00 seconds$/);
  await expect(page.getByTestId('log-lines')).toContainText(/Z [0-9a-f-]{36} Task timed out after 1.00 seconds/);
  await expect(page.getByTestId('log-lines')).toContainText(/Duration: 1000.00 ms.*Status: timeout/);
  await expect(page.getByTestId('environments')).toHaveText('0 environments');

  await setEditorText(page, 'Test event JSON', '{}');
  await runTest(page);
  await expect(page.getByTestId('result-status')).toHaveText('Succeeded');
  await expect(page.getByTestId('start-kind')).toHaveText('Cold start');
  expect(await payloadJson(page)).toBe('finished');
});

test('shows a syntax error at its line in the editor, and invoking reports Runtime.UserCodeSyntaxError', async ({ page }) => {
  await openPlayground(page);
  await createFunctionInUi(page, 'broken');
  await setEditorText(page, 'Code of index.ts', 'export const handler = async () => {\n  const answer = ;\n  return answer;\n};\n');
  await page.getByRole('button', { name: /^Deploy/ }).click();
  await expect(page.getByTestId('notice')).toContainText('the code has 1 error');
  await expect(page.getByTestId('diagnostics')).toContainText('index.ts:2:18');
  await expect(page.getByTestId('diagnostics')).toContainText('Unexpected ";"');
  // The mark sits on line 2 of the editor.
  const marked = page.locator('.cm-line', { has: page.locator('.cm-lintRange-error') });
  await expect(marked).toHaveText('  const answer = ;');

  await runTest(page);
  await expect(page.getByTestId('error-type')).toHaveText('Runtime.UserCodeSyntaxError');
  await expect(page.getByTestId('error-trace')).toContainText('at /var/task/index.ts:2:18');
  await expect(page.getByTestId('log-lines')).toContainText('Phase: init\tStatus: error\tError Type: Runtime.UserCodeSyntaxError');
});

test("a thrown error comes back in Lambda's shape with a stack line in the user's own file", async ({ page }) => {
  await openPlayground(page);
  await createFunctionInUi(page, 'thrower');
  await page.getByRole('button', { name: '+ File' }).click();
  await page.getByLabel('New file path').fill('lib/validate.ts');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await setEditorText(page, 'Code of lib/validate.ts', "export function validate(order: { qty: number }) {\n  if (order.qty <= 0) {\n    throw new RangeError('qty must be positive');\n  }\n}\n");
  await page.getByRole('tab', { name: 'index.ts' }).click();
  await setEditorText(page, 'Code of index.ts', "import { validate } from './lib/validate';\n\nexport const handler = async (event: { qty: number }) => {\n  validate(event);\n  return 'ok';\n};\n");
  await deploy(page);
  await setEditorText(page, 'Test event JSON', '{ "qty": 0 }');
  await runTest(page);
  await expect(page.getByTestId('result-status')).toHaveText('Failed');
  await expect(page.getByTestId('error-type')).toHaveText('RangeError');
  await expect(page.getByTestId('error-message')).toHaveText('qty must be positive');
  const trace = page.getByTestId('error-trace');
  await expect(trace).toContainText('RangeError: qty must be positive');
  await expect(trace).toContainText(/at validate \(\/var\/task\/lib\/validate\.ts:3:11\)/);
  await expect(trace).toContainText('/var/task/index.ts:4:');
  const payload = (await payloadJson(page)) as { errorType: string; trace: string[] };
  expect(payload.errorType).toBe('RangeError');
  await expect(page.getByTestId('log-lines')).toContainText('ERROR\tInvoke Error \t{"errorType":"RangeError"');
});

test('a test event that is not valid JSON is marked in place and not sent', async ({ page }) => {
  await openPlayground(page);
  await runTest(page);
  const requestBefore = await page.getByTestId('result').textContent();
  await setEditorText(page, 'Test event JSON', '{\n  "name": "Ana",\n  "age": 3,\n}');
  await expect(page.getByTestId('event-error')).toHaveText(/^Line 4, column 1: /);
  await expect(page.locator('.cm-lintRange-error')).toHaveCount(1);
  await page.getByRole('button', { name: /^Test/ }).click();
  await expect(page.getByTestId('notice')).toContainText('The test event is not valid JSON (line 4, column 1)');
  await expect(page.getByTestId('notice')).toContainText('Nothing was sent');
  await expect(page.getByTestId('result')).toHaveText(requestBefore ?? '');
  await page.getByLabel('Event name').fill('broken');
  await page.getByRole('button', { name: 'Save event' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'The event is not valid JSON' })).toBeVisible();
});

test('invalid configuration is refused with AWS validation messages', async ({ page }) => {
  await openPlayground(page);
  await page.getByRole('tab', { name: 'Configuration' }).click();
  await page.getByLabel('Memory (MB)').fill('64');
  await page.getByRole('button', { name: 'Save configuration' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    "ValidationException: 1 validation error detected: Value '64' at 'memorySize' failed to satisfy constraint: Member must have value greater than or equal to 128",
  );
  await page.getByLabel('Memory (MB)').fill('512');
  await page.getByRole('button', { name: 'Add variable' }).click();
  await page.getByLabel('Variable 1 name').fill('AWS_REGION');
  await page.getByLabel('Variable 1 value').fill('eu-west-1');
  await page.getByRole('button', { name: 'Save configuration' }).click();
  await expect(page.getByRole('alert')).toContainText('InvalidParameterValueException: Lambda was unable to configure your environment variables');
});

test('an unhandled promise rejection ends the environment with Runtime.UnhandledPromiseRejection', async ({ page }) => {
  await openPlayground(page);
  const out = await page.evaluate(async () => {
    const { lambda } = window.playground;
    await lambda.createFunction({ FunctionName: 'rejecter', Code: { Files: { 'index.mjs': "let calls = 0;\nexport const handler = async (e) => {\n  calls++;\n  if (e.reject) { Promise.reject(new Error('nobody caught me')); await new Promise((r) => setTimeout(r, 100)); }\n  return calls;\n};" } } });
    const crashed = await lambda.invoke({ FunctionName: 'rejecter', Payload: '{"reject":true}', LogType: 'Tail' });
    const next = await lambda.invoke({ FunctionName: 'rejecter', LogType: 'Tail' });
    await lambda.createFunction({ FunctionName: 'bad-init', Code: { Files: { 'index.mjs': "Promise.reject(new TypeError('at import'));\nexport const handler = async () => 'ok';" } } });
    const init = await lambda.invoke({ FunctionName: 'bad-init' });
    return { crashed: JSON.parse(crashed.Payload), crashedLog: atob(crashed.LogResult!), next: next.Payload, nextLog: atob(next.LogResult!), init: JSON.parse(init.Payload) };
  });
  expect(out.crashed).toMatchObject({ errorType: 'Runtime.UnhandledPromiseRejection', errorMessage: 'Error: nobody caught me' });
  expect(out.crashedLog).toContain('ERROR\tUnhandled Promise Rejection \t{"errorType":"Runtime.UnhandledPromiseRejection"');
  // The crashed environment is gone: the next invocation is a cold start with fresh module state.
  expect(out.next).toBe('1');
  expect(out.nextLog).toContain('Init Duration');
  expect(out.init).toMatchObject({ errorType: 'Runtime.UnhandledPromiseRejection', errorMessage: 'TypeError: at import' });
});
