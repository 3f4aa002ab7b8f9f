// Browser tests of the runtime's completion rules where only a real worker shows the behaviour:
// rejections the browser reports, and the event loop of a callback-era handler.
import { expect, test } from '@playwright/test';
import { openPlayground } from './helpers';

const DENIED = "export const handler = async () => { try { await indexedDB.databases(); } catch (e) { return 'denied: ' + e.name; } }";

test('a caught SecurityError from indexedDB.databases() leaves the environment healthy for the next (warm) invocation', async ({ page }) => {
  await openPlayground(page);
  const out = await page.evaluate(async (code) => {
    const { lambda } = window.playground;
    await lambda.createFunction({ FunctionName: 'idb-denied', Code: { Files: { 'index.mjs': code } } });
    const first = await lambda.invoke({ FunctionName: 'idb-denied', LogType: 'Tail' });
    // Long enough for anything the browser reports late about the first call to arrive.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const second = await lambda.invoke({ FunctionName: 'idb-denied', LogType: 'Tail' });
    return {
      first: first.Payload, firstError: first.FunctionError ?? null, firstLog: atob(first.LogResult!),
      second: second.Payload, secondError: second.FunctionError ?? null, secondLog: atob(second.LogResult!),
    };
  }, DENIED);
  expect(out).toMatchObject({ first: '"denied: SecurityError"', firstError: null, second: '"denied: SecurityError"', secondError: null });
  expect(out.firstLog).toContain('Init Duration');
  // Warm: the same environment answered, so no INIT ran.
  expect(out.secondLog).not.toContain('Init Duration');
  expect(out.secondLog).not.toContain('Unhandled Promise Rejection');
});

const REJECTER = `export const handler = async (event) => {
  const reasons = { error: () => new Error('boom'), string: () => 'quota exceeded', empty: () => new TypeError('') };
  Promise.reject(reasons[event.kind]());
  await new Promise((resolve) => setTimeout(resolve, 200));
  return 'finished';
};`;

test("an unhandled rejection's errorMessage carries the reason, as Node's runtime writes it", async ({ page }) => {
  await openPlayground(page);
  const out = await page.evaluate(async (code) => {
    const { lambda } = window.playground;
    await lambda.createFunction({ FunctionName: 'rejecter', Code: { Files: { 'index.mjs': code } } });
    const results: Record<string, unknown> = {};
    for (const kind of ['error', 'string', 'empty']) {
      const result = await lambda.invoke({ FunctionName: 'rejecter', Payload: JSON.stringify({ kind }) });
      results[kind] = { functionError: result.FunctionError, ...JSON.parse(result.Payload) };
    }
    return results;
  }, REJECTER);
  expect(out).toMatchObject({
    error: { functionError: 'Unhandled', errorType: 'Runtime.UnhandledPromiseRejection', errorMessage: 'Error: boom' },
    string: { errorType: 'Runtime.UnhandledPromiseRejection', errorMessage: 'quota exceeded' },
    empty: { errorType: 'Runtime.UnhandledPromiseRejection', errorMessage: 'TypeError' },
  });
});

test('a two-parameter handler is answered by context.done from a timer, not by the null fallback', async ({ page }) => {
  await openPlayground(page);
  const payload = await page.evaluate(async () => {
    const { lambda } = window.playground;
    const code = "exports.handler = function (event, context) { setTimeout(() => context.done(null, 'foo'), 100); };";
    await lambda.createFunction({ FunctionName: 'done-later', Code: { Files: { 'index.js': code } } });
    return (await lambda.invoke({ FunctionName: 'done-later' })).Payload;
  });
  expect(payload).toBe('"foo"');
});
