// The Asynchronous tab: a failing function's event retried on a sped-up clock, seen in the live
// queue and the recent steps, and its invocation record delivered to the on-failure destination.
import { expect, test } from '@playwright/test';
import { openPlayground } from './helpers';

test('a failing event is retried twice at 60x and then sent to the on-failure destination', async ({ page }) => {
  await openPlayground(page);
  await page.evaluate(async () => {
    await window.playground.lambda.createFunction({ FunctionName: 'flaky', Code: { Files: { 'index.mjs': "export const handler = async () => { throw new Error('boom'); };" } } });
    await window.playground.lambda.createFunction({ FunctionName: 'dead-letters', Code: { Files: { 'index.mjs': "export const handler = async (event) => { console.log('RECORD ' + JSON.stringify(event)); };" } } });
  });
  await page.getByRole('navigation', { name: 'Functions' }).getByRole('button', { name: /^flaky/ }).click();
  await page.getByRole('tab', { name: 'Asynchronous' }).click();
  await page.getByLabel('On failure destination').selectOption('dead-letters');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Configured for this function')).toBeVisible();

  await page.getByRole('radio', { name: '60×' }).check();
  await page.getByRole('button', { name: 'Send the test event asynchronously' }).click();

  // The queue shows the event waiting for its retry, with a countdown.
  const queue = page.getByTestId('event-queue');
  await expect(queue).toContainText('retrying');
  await expect(queue).toContainText(/in \d+\.\d s \(.+ on Lambda's clock\)/);
  await expect(queue).toContainText('Error: boom');

  const steps = page.getByTestId('async-events');
  await expect(steps).toContainText('Failed: retries exhausted after 3 attempts', { timeout: 20_000 });
  await expect(steps.locator('li.retry-scheduled')).toHaveCount(2);
  await expect(steps.locator('li.attempt')).toHaveCount(3);
  await expect(steps).toContainText('record sent to arn:aws:lambda:us-east-1:123456789012:function:dead-letters');
  await expect(queue).toContainText('Empty');

  await expect
    .poll(() => page.evaluate(() => window.playground.logs.events('/aws/lambda/dead-letters').find((e) => e.message.includes('RECORD '))?.message ?? ''))
    .toContain('"condition":"RetriesExhausted"');

  // The destination's own tab shows the record arriving as an asynchronous event.
  await page.getByRole('navigation', { name: 'Functions' }).getByRole('button', { name: /^dead-letters/ }).click();
  await page.getByRole('tab', { name: 'Asynchronous' }).click();
  await expect(page.getByTestId('async-events')).toContainText('Queued (from Lambda destination (OnFailure) of flaky)');
  await expect(page.getByTestId('async-events')).toContainText('Succeeded after 1 attempt');
});

test('two functions that send each other their results are stopped as a recursive loop', async ({ page }) => {
  await openPlayground(page);
  await page.evaluate(async () => {
    const ok = { 'index.mjs': 'export const handler = async (event) => ({ ok: true });' };
    await window.playground.lambda.createFunction({ FunctionName: 'ping', Code: { Files: ok } });
    await window.playground.lambda.createFunction({ FunctionName: 'pong', Code: { Files: ok } });
    await window.playground.lambda.putFunctionEventInvokeConfig({ FunctionName: 'pong', DestinationConfig: { OnSuccess: { Destination: 'arn:aws:lambda:us-east-1:123456789012:function:ping' } } });
  });
  await page.getByRole('navigation', { name: 'Functions' }).getByRole('button', { name: /^ping/ }).click();
  await page.getByRole('tab', { name: 'Asynchronous' }).click();
  await page.getByLabel('On success destination').selectOption('pong');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Configured for this function')).toBeVisible();
  await page.getByRole('button', { name: 'Send the test event asynchronously' }).click();

  const stop = page.getByTestId('recursion-stop');
  await expect(stop).toContainText('RecursiveInvocationException');
  await expect(stop).toContainText('invoked 16 times in one chain');
  await expect(page.getByTestId('async-events').locator('li.recursive')).toHaveCount(1);
  // Eight runs of ping (invocations 1, 3, …, 15) succeeded before the ninth was stopped.
  await expect(page.getByTestId('async-events').locator('li.succeeded')).toHaveCount(8);
});
