import { expect, test } from '@playwright/test';
import { createFunctionInUi, deploy, openPlayground, payloadJson, runTest, setEditorText } from './helpers';

test('a warm environment keeps its /tmp file and module counter; a new environment does not', async ({ page }) => {
  await openPlayground(page);
  await createFunctionInUi(page, 'tmp-keeper', 'JavaScript (ESM)');
  await setEditorText(page, 'Code of index.mjs', `import { existsSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
let counter = 0;
export const handler = async () => {
  counter++;
  const had = existsSync('/tmp/visits.txt') ? readFileSync('/tmp/visits.txt', 'utf8') : '';
  appendFileSync('/tmp/visits.txt', 'x');
  return { counter, had };
};
`);
  await deploy(page);
  await runTest(page);
  expect(await payloadJson(page)).toEqual({ counter: 1, had: '' });
  await runTest(page);
  expect(await payloadJson(page)).toEqual({ counter: 2, had: 'x' });
  await expect(page.getByTestId('start-kind')).toHaveText('Warm start');

  await page.getByRole('tab', { name: /^Environments/ }).click();
  const table = page.getByTestId('environment-table');
  await expect(table).toContainText('1 files, 2 B');
  await table.getByRole('button', { name: '1 files, 2 B' }).click();
  await expect(table).toContainText('/tmp/visits.txt');
  await page.getByRole('button', { name: 'Recycle now' }).click();
  await expect(page.getByText('No environment is running')).toBeVisible();

  await runTest(page);
  await expect(page.getByTestId('start-kind')).toHaveText('Cold start');
  expect(await payloadJson(page)).toEqual({ counter: 1, had: '' });
});

test('fs outside /tmp fails like Lambda, and the ephemeral-storage limit gives ENOSPC', async ({ page }) => {
  await openPlayground(page);
  const result = await page.evaluate(async () => {
    await window.playground.lambda.createFunction({
      // 1024 MB of memory: the 400 MB and 200 MB buffers written below must fit in the function's memory, as on Lambda.
      FunctionName: 'fs-limits', Timeout: 30, MemorySize: 1024, EphemeralStorage: { Size: 512 },
      Code: { Files: { 'index.js': `const fs = require('fs');
exports.handler = async () => {
  const out = {};
  const attempt = (name, fn) => { try { fn(); out[name] = 'ok'; } catch (e) { out[name] = e.code + ': ' + e.message; } };
  attempt('task', () => fs.writeFileSync('/var/task/index.js', 'x'));
  attempt('root', () => fs.mkdirSync('/etc/app'));
  attempt('readCode', () => { if (!fs.readFileSync('/var/task/index.js', 'utf8').includes('attempt')) throw new Error('no code'); });
  attempt('fill', () => fs.writeFileSync('/tmp/a.bin', new Uint8Array(400 * 1024 * 1024)));
  attempt('overflow', () => fs.writeFileSync('/tmp/b.bin', new Uint8Array(200 * 1024 * 1024)));
  out.size = fs.statSync('/tmp/a.bin').size;
  out.bExists = fs.existsSync('/tmp/b.bin');
  return out;
};` } },
    });
    return JSON.parse((await window.playground.lambda.invoke({ FunctionName: 'fs-limits' })).Payload);
  });
  expect(result).toEqual({
    task: "EROFS: EROFS: read-only file system, open '/var/task/index.js'",
    root: "EROFS: EROFS: read-only file system, mkdir '/etc/app'",
    readCode: 'ok',
    fill: 'ok',
    overflow: 'ENOSPC: ENOSPC: no space left on device, write',
    size: 400 * 1024 * 1024,
    bExists: false,
  });
});

test('a burst over reserved concurrency yields 429s with the right reason while the rest succeed', async ({ page }) => {
  await openPlayground(page);
  await createFunctionInUi(page, 'limited', 'JavaScript (ESM)');
  await setEditorText(page, 'Code of index.mjs', 'export const handler = async () => { await new Promise((r) => setTimeout(r, 500)); return "ok"; };\n');
  await deploy(page);
  await page.getByRole('tab', { name: /^Environments/ }).click();
  await page.getByLabel('Reserved concurrency').fill('5');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('notice')).toContainText('Reserved 5 concurrent executions');
  await page.getByLabel('Burst size').fill('20');
  await page.getByRole('button', { name: 'Fire 20 at once' }).click();
  await expect(page.getByTestId('burst-result')).toContainText('20 invocations');
  await expect(page.getByTestId('burst-result')).toContainText('5 succeeded');
  await expect(page.getByTestId('burst-result')).toContainText('15 throttled (ReservedFunctionConcurrentInvocationLimitExceeded)');
  await expect(page.getByTestId('concurrency-peak')).toHaveText('5');
  await expect(page.getByTestId('throttle-count')).toHaveText('15');
  // The scripting API sees the same 429 with AWS's fields.
  const error = await page.evaluate(() => window.playground.lambda.putFunctionConcurrency({ FunctionName: 'limited', ReservedConcurrentExecutions: 0 })
    .then(() => window.playground.lambda.invoke({ FunctionName: 'limited' }))
    .catch((e) => ({ name: e.name, statusCode: e.statusCode, reason: e.fields?.Reason })));
  expect(error).toEqual({ name: 'TooManyRequestsException', statusCode: 429, reason: 'ReservedFunctionConcurrentInvocationLimitExceeded' });
});

test('publish two versions, split an alias 50/50, and a few hundred invocations divide evenly', async ({ page }) => {
  await openPlayground(page);
  await createFunctionInUi(page, 'canary', 'JavaScript (ESM)');
  await setEditorText(page, 'Code of index.mjs', 'export const handler = async () => "blue";\n');
  await deploy(page);
  await page.getByRole('tab', { name: 'Versions' }).click();
  await page.getByRole('button', { name: 'Publish new version' }).click();
  await expect(page.getByTestId('versions-table')).toContainText('1');
  await page.getByRole('tab', { name: 'Code' }).click();
  await setEditorText(page, 'Code of index.mjs', 'export const handler = async () => "green";\n');
  await deploy(page);
  await page.getByRole('tab', { name: 'Versions' }).click();
  await page.getByRole('button', { name: 'Publish new version' }).click();
  await expect(page.getByRole('button', { name: 'Delete version 2' })).toBeVisible();

  await page.getByLabel('Alias name').fill('live');
  await page.getByLabel('Alias version').selectOption('1');
  await page.getByLabel('Additional version').selectOption('2');
  await page.getByLabel('Weight percent').fill('50');
  await page.getByRole('button', { name: 'Save alias' }).click();
  await expect(page.getByText('version 1 (50%) and version 2 (50%)')).toBeVisible();

  await page.getByLabel('Invoke qualifier').selectOption('live');
  await runTest(page);
  await expect(page.getByTestId('executed-version')).toHaveText(/^[12] \(via live\)$/);

  const counts = await page.evaluate(async () => {
    const tally: Record<string, number> = {};
    for (let i = 0; i < 300; i++) {
      const out = await window.playground.lambda.invoke({ FunctionName: 'canary', Qualifier: 'live' });
      const key = `${out.ExecutedVersion}=${out.Payload}`;
      tally[key] = (tally[key] ?? 0) + 1;
    }
    return tally;
  });
  expect(Object.keys(counts).sort()).toEqual(['1="blue"', '2="green"']);
  expect(counts['1="blue"']).toBeGreaterThan(110);
  expect(counts['2="green"']).toBeGreaterThan(110);
  // Each version ran in its own environments.
  await page.getByRole('tab', { name: /^Environments/ }).click();
  await expect(page.getByTestId('environment-table')).toContainText('1');
  const versions = await page.evaluate(() => window.playground.environments.list('canary').map((e) => e.version).sort());
  expect(versions).toEqual(['1', '2']);
});
