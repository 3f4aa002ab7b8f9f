// CloudWatch Logs in the browser: two functions' log groups, filter patterns (a term, ? terms, a
// JSON pattern) counted row by row, a refused pattern with its error, retention, live tail across
// both functions, 100k lines kept to a window of rows, and the page in Korean.
import { expect, test, type Page } from '@playwright/test';
import { openPlayground } from './helpers';
import { expectNoLeftovers, untranslatedIn } from './i18n-helpers';

// Cold starts of several functions take a while on a busy machine.
test.describe.configure({ timeout: 180_000 });

const HANDLER = `export const handler = async (event) => {
  console.log('ORDER received ' + event.id);
  console.warn('WARN stock low');
  console.log(JSON.stringify({ level: 'info', msg: 'ok', id: event.id }));
  if (event.fail) console.error(JSON.stringify({ level: 'error', msg: 'card declined', id: event.id }));
  return 'done';
};
`;

async function twoFunctions(page: Page): Promise<void> {
  await page.evaluate(async (code) => {
    const { lambda } = window.playground;
    await lambda.createFunction({ FunctionName: 'orders', Code: { Files: { 'index.mjs': code } } });
    await lambda.createFunction({ FunctionName: 'payments', Code: { Files: { 'index.mjs': "export const handler = async (e) => { console.log('PAYMENT taken ' + e.id); return 'ok'; };\n" } } });
  }, HANDLER);
}

const invoke = (page: Page, name: string, payload: object) =>
  page.evaluate(([n, p]) => window.playground.lambda.invoke({ FunctionName: n as string, Payload: JSON.stringify(p) }), [name, payload] as const);

async function openLogGroups(page: Page, label = 'Log groups'): Promise<void> {
  await page.getByRole('navigation', { name: 'CloudWatch' }).getByRole('button', { name: new RegExp(`^${label}`) }).click();
}

test('log groups: filter with a term, ? terms and a JSON pattern; a bad pattern shows its error; retention', async ({ page }) => {
  await openPlayground(page);
  await twoFunctions(page);
  for (const payload of [{ id: 1 }, { id: 2, fail: true }, { id: 3 }]) await invoke(page, 'orders', payload);
  await invoke(page, 'payments', { id: 9 });

  await openLogGroups(page);
  const groups = page.getByTestId('log-groups');
  await expect(groups).toContainText('/aws/lambda/orders');
  await expect(groups).toContainText('/aws/lambda/payments');
  await groups.getByRole('button', { name: '/aws/lambda/orders' }).click();

  const rows = page.getByTestId('log-events').locator('.line');
  const pattern = page.getByLabel('Filter pattern');
  // Unfiltered: START, three lines (four with the error), END and REPORT per invocation.
  await expect(rows).toHaveCount(3 * 6 + 1);
  await pattern.fill('ORDER');
  await expect(rows).toHaveCount(3);
  await expect(page.getByTestId('event-count')).toHaveText('3 events');
  await expect(rows.first().locator('mark')).toHaveText('ORDER');
  await pattern.fill('?WARN ?ERROR');
  await expect(rows).toHaveCount(4);
  await pattern.fill('{ $.level = "error" }');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('card declined');
  await pattern.fill('{ $.level = "info" && $.id >= 2 }');
  await expect(rows).toHaveCount(2);

  await pattern.fill('{ $.level = }');
  const problem = page.getByTestId('pattern-error');
  await expect(problem).toContainText("InvalidParameterException: Invalid character(s) in term '}'");
  await expect(problem).toContainText('At column 13');
  await expect(rows).toHaveCount(0);
  await pattern.fill('user@example.com');
  await expect(problem).toContainText("Invalid character(s) in term 'user@example.com'");

  // The same search through the scripting API, with AWS's shapes.
  const api = await page.evaluate(async () => {
    const out = await window.playground.logs.filterLogEvents({ logGroupName: '/aws/lambda/orders', filterPattern: '?WARN ?ERROR' });
    return { count: out.events.length, keys: Object.keys(out.events[0]!).sort(), streams: out.searchedLogStreams.length };
  });
  expect(api).toEqual({ count: 4, keys: ['eventId', 'ingestionTime', 'logStreamName', 'message', 'timestamp'], streams: 1 });

  await page.getByLabel('Retention of /aws/lambda/orders').selectOption('7');
  await expect
    .poll(() => page.evaluate(async () => (await window.playground.logs.describeLogGroups({ logGroupNamePrefix: '/aws/lambda/orders' })).logGroups[0]?.retentionInDays))
    .toBe(7);
});

test('live tail shows the lines of both functions as they are invoked, and holds them while paused', async ({ page }) => {
  await openPlayground(page);
  await twoFunctions(page);
  await invoke(page, 'orders', { id: 0 });
  await invoke(page, 'payments', { id: 0 });
  await openLogGroups(page);
  await page.getByRole('tab', { name: 'Live tail' }).click();
  await page.getByRole('checkbox', { name: '/aws/lambda/orders' }).check();
  await page.getByRole('checkbox', { name: '/aws/lambda/payments' }).check();
  await page.getByLabel('Filter pattern').fill('?ORDER ?PAYMENT');
  await page.getByRole('button', { name: 'Start', exact: true }).click();

  const lines = page.getByTestId('live-tail-lines').locator('.line');
  await expect(lines).toHaveCount(0);
  await invoke(page, 'orders', { id: 41 });
  await expect(lines).toHaveCount(1);
  await invoke(page, 'payments', { id: 42 });
  await expect(lines).toHaveCount(2);
  await expect(lines.nth(0)).toContainText('ORDER received 41');
  await expect(lines.nth(0)).toContainText('orders');
  await expect(lines.nth(1)).toContainText('PAYMENT taken 42');
  await expect(lines.nth(1).locator('mark')).toHaveText('PAYMENT');

  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await invoke(page, 'orders', { id: 43 });
  await expect(page.getByTestId('tail-waiting')).toHaveText('1 new line waiting');
  await expect(lines).toHaveCount(2);
  await page.getByRole('button', { name: 'Resume', exact: true }).click();
  await expect(lines).toHaveCount(3);
  await expect(lines.nth(2)).toContainText('ORDER received 43');
});

test('100k lines keep a window of rows in the page, with the newest line in view', async ({ page }) => {
  await openPlayground(page);
  await twoFunctions(page);
  await invoke(page, 'orders', { id: 1 });
  await page.getByRole('navigation', { name: 'Functions' }).getByRole('button', { name: /^orders/ }).click();
  await page.evaluate(async () => {
    const { logs } = window.playground;
    await logs.createLogStream({ logGroupName: '/aws/lambda/orders', logStreamName: 'bulk' });
    for (let batch = 0; batch < 10; batch++) {
      const start = Date.now();
      const logEvents = Array.from({ length: 10_000 }, (_, i) => ({ timestamp: start, message: `bulk line ${batch * 10_000 + i + 1}` }));
      await logs.putLogEvents({ logGroupName: '/aws/lambda/orders', logStreamName: 'bulk', logEvents });
    }
  });

  // The function's log pane.
  const pane = page.getByTestId('log-lines');
  await expect(pane.getByText('bulk line 100000', { exact: true })).toBeInViewport();
  expect(await pane.locator('.line').count()).toBeLessThan(300);

  // The Logs page's events view of the same group.
  await openLogGroups(page);
  await page.getByTestId('log-groups').getByRole('button', { name: '/aws/lambda/orders' }).click();
  await expect(page.getByTestId('event-count')).toHaveText(/100,00\d events/);
  const events = page.getByTestId('log-events');
  await expect(events.getByText('bulk line 100000', { exact: true })).toBeInViewport();
  expect(await events.locator('.line').count()).toBeLessThan(300);
  await page.getByLabel('Filter pattern').fill('"bulk line 5000"');
  const expected = await page.evaluate(async () => {
    let n = 0;
    for (let i = 1; i <= 100_000; i++) if (`bulk line ${i}`.includes('bulk line 5000')) n++;
    return n;
  });
  await expect(page.getByTestId('event-count')).toHaveText(`${expected.toLocaleString('en-US')} events`);
});

test.describe('in Korean', () => {
  test.use({ locale: 'ko-KR' });

  test('the Logs page leaves no English label', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(() => window.playground.ready);
    await twoFunctions(page);
    await invoke(page, 'orders', { id: 1, fail: true });
    await openLogGroups(page, '로그 그룹');
    const main = page.locator('main');
    // Filter-pattern examples in the help text are code: their field names and values stay.
    const names = ['orders', 'payments', 'aws', 'lambda', 'InvalidParameterException', 'error', 'ip', 'status'];
    const found = await untranslatedIn([main], names);
    await main.getByTestId('log-groups').getByRole('button', { name: '/aws/lambda/orders' }).click();
    await main.getByLabel('필터 패턴').fill('{ $.level = }');
    await expect(main.getByTestId('pattern-error')).toContainText('13열');
    found.push(...(await untranslatedIn([main], names)));
    await main.getByRole('tab', { name: '라이브 테일' }).click();
    found.push(...(await untranslatedIn([main], names)));
    expectNoLeftovers(found, 'the Logs page');
  });
});
