// A function's Monitoring tab and the CloudWatch dashboard: a burst read back from the charts' data,
// errors and the success rate, the period picker, a version's own metrics, the cost card, and Korean labels.
import { expect, test, type Page } from '@playwright/test';
import { openPlayground } from './helpers';
import { expectNoLeftovers, untranslatedIn } from './i18n-helpers';

interface Plotted {
  label: string;
  unit: string;
  timestamps: number[];
  values: number[];
}

const HANDLER = `export const handler = async (event: { fail?: boolean }) => {
  if (event.fail) throw new Error('Payment declined');
  return { ok: true };
};
`;

async function createChecker(page: Page): Promise<void> {
  await page.evaluate(async (code) => {
    await window.playground.lambda.createFunction({ FunctionName: 'checker', Timeout: 60, Code: { Files: { 'index.ts': code } } });
  }, HANDLER);
  await page.getByRole('navigation', { name: 'Functions' }).getByText('checker', { exact: true }).click();
  await expect(page.getByTestId('function-name')).toHaveText('checker');
}

/** The series a chart plots, as it exposes them. */
async function plotted(page: Page, chart: string, scope = page.locator('main')): Promise<Plotted[]> {
  return JSON.parse((await scope.locator(`[data-chart="${chart}"]`).getAttribute('data-series')) ?? '[]');
}

const total = (series: Plotted | undefined) => (series?.values ?? []).reduce((a, b) => a + b, 0);

test('the Monitoring tab charts a burst live, errors and the success rate, by period and by version', async ({ page }) => {
  // Thirty execution environments start on a shared machine: slower than one click-through.
  test.setTimeout(180_000);
  await openPlayground(page);
  await createChecker(page);
  await page.getByRole('tab', { name: 'Monitoring' }).click();
  const monitoring = page.getByTestId('monitoring');
  await expect(monitoring.locator('[data-chart="invocations"] [data-testid="no-data"]')).toBeVisible();

  // The tab is open while the burst runs: the chart follows it.
  const burst = await page.evaluate(() => window.playground.burst({ FunctionName: 'checker', Count: 30, Payload: '{}' }));
  expect(burst.succeeded, JSON.stringify(burst)).toBe(30);
  await expect.poll(async () => total((await plotted(page, 'invocations'))[0])).toBe(30);
  await expect(monitoring.locator('[data-chart="invocations"] canvas').first()).toBeVisible();
  await expect(monitoring.locator('[data-chart="invocations"] [data-testid="no-data"]')).toHaveCount(0);
  // The same datapoints are in the chart's table for screen readers.
  await expect(monitoring.locator('[data-chart="invocations"] table tbody tr').first()).toBeAttached();

  await page.evaluate(() => window.playground.lambda.invoke({ FunctionName: 'checker', Payload: '{"fail":true}' }));
  await expect.poll(async () => total((await plotted(page, 'errors'))[0])).toBe(1);
  const [errors, rate] = await plotted(page, 'errors');
  expect(errors!.label).toBe('Errors');
  expect(rate!.unit).toBe('percent');
  // 31 invocations, one failed, in one or two one-minute periods: every rate is below 100 where the error fell.
  expect(Math.min(...rate!.values)).toBeLessThan(100);
  expect(Math.min(...rate!.values)).toBeGreaterThan(90);
  const duration = await plotted(page, 'duration');
  expect(duration.map((s) => s.label)).toEqual(['Minimum', 'Average', 'Maximum']);
  expect((await plotted(page, 'duration-percentiles')).map((s) => s.label)).toEqual(['p50', 'p90', 'p99']);

  // Five-minute periods: the same 31 invocations, on five-minute boundaries.
  await monitoring.getByLabel('Period').selectOption({ label: '5 minutes' });
  await expect.poll(async () => (await plotted(page, 'invocations'))[0]!.timestamps.every((t) => t % 300_000 === 0)).toBe(true);
  expect(total((await plotted(page, 'invocations'))[0])).toBe(31);
  await monitoring.getByLabel('Time range').selectOption({ label: 'Last 15 minutes' });
  await expect(monitoring.getByLabel('Period').locator('option')).toHaveText(['1 minute', '5 minutes']);

  // A published version has metrics of its own under the Resource dimension.
  await page.evaluate(async () => {
    const pg = window.playground;
    await pg.lambda.publishVersion({ FunctionName: 'checker' });
    await pg.lambda.invoke({ FunctionName: 'checker', Qualifier: '1', Payload: '{}' });
  });
  await monitoring.getByLabel('Version or alias').selectOption('1');
  await expect.poll(async () => total((await plotted(page, 'invocations'))[0])).toBe(1);

  // The cost card prices the average duration at the function's memory, for both architectures.
  const cost = page.getByTestId('cost-card');
  await expect(cost.getByTestId('cost-average')).toContainText('× 128 MB');
  await expect(cost.locator('tbody tr')).toHaveCount(2);
  await cost.getByTestId('cost-rate').fill('1000000000');
  await cost.getByTestId('cost-rate-unit').selectOption('month');
  await expect(cost).toContainText('1,000,000,000 requests a month');
  // The free tier takes a million requests and 400,000 GB-seconds off; arm64's GB-second is cheaper.
  const dollars = async (arch: string, column: number) => Number((await cost.locator(`tr[data-arch="${arch}"] td`).nth(column).textContent())!.replace(/[$,]/g, ''));
  expect(await dollars('x86_64', 3)).toBeLessThan(await dollars('x86_64', 2));
  expect(await dollars('arm64', 2)).toBeLessThan(await dollars('x86_64', 2));
  await expect(cost.getByTestId('cost-estimate')).toContainText('This is an estimate');
});

test('the dashboard draws every function on shared charts, with the project cost', async ({ page }) => {
  test.setTimeout(120_000);
  await openPlayground(page);
  await createChecker(page);
  await page.evaluate(async () => {
    await window.playground.burst({ FunctionName: 'checker', Count: 12, Payload: '{}' });
    await window.playground.lambda.invoke({ FunctionName: 'checker', Payload: '{"fail":true}' });
    // An HTTP API in front of the function (one request to a route it does not have), and a queue.
    const pg = window.playground;
    const api = pg.apigateway.createApi({ name: 'shop', kind: 'http' });
    pg.apigateway.createRoute(api.id, { routeKey: 'GET /check', target: { functionName: 'checker' } });
    for (const path of ['/check', '/check', '/missing']) await pg.apigateway.request({ apiId: api.id, path });
    const { QueueUrl } = await pg.sqs.createQueue({ QueueName: 'orders' });
    await pg.sqs.sendMessage({ QueueUrl, MessageBody: 'one' });
    await pg.sqs.sendMessage({ QueueUrl, MessageBody: 'two' });
  });
  await page.getByRole('navigation', { name: 'CloudWatch' }).getByText('Dashboard', { exact: true }).click();
  const dashboard = page.getByTestId('metrics-dashboard');
  await expect(dashboard.locator('[data-chart="fn-invocations"] canvas').first()).toBeVisible();
  const invocations = await plotted(page, 'fn-invocations', dashboard);
  // Twelve in the burst, one failing, two through the API.
  expect(total(invocations.find((s) => s.label === 'checker'))).toBe(15);
  // The other function of the project has a line too, with nothing on it.
  expect(invocations.map((s) => s.label)).toContain('hello-world');
  expect(total((await plotted(page, 'fn-errors', dashboard)).find((s) => s.label === 'checker'))).toBe(1);
  expect((await plotted(page, 'fn-duration', dashboard)).find((s) => s.label === 'checker')?.values.length).toBeGreaterThan(0);

  const apis = dashboard.getByTestId('dashboard-apis');
  await expect.poll(async () => total((await plotted(page, 'api-count', apis)).find((s) => s.label === 'shop'))).toBe(3);
  expect(total((await plotted(page, 'api-4xx', apis)).find((s) => s.label === 'shop'))).toBe(1);
  const queues = dashboard.getByTestId('dashboard-queues');
  await expect.poll(async () => total((await plotted(page, 'sqs-sent', queues)).find((s) => s.label === 'orders'))).toBe(2);

  await expect(dashboard.getByTestId('project-cost-table')).toContainText('checker');
  await expect(dashboard.getByTestId('project-cost-table')).toContainText('shop');
  await expect(dashboard.getByTestId('project-total')).toHaveText(/^\$/);
});

test.describe('in Korean', () => {
  test.use({ locale: 'ko-KR' });

  test('the Monitoring tab and the dashboard speak Korean', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/');
    await page.evaluate(() => window.playground.ready);
    await expect(page.getByTestId('compiler-status')).toHaveText('컴파일러 준비됨');
    await page.evaluate(async (code) => {
      await window.playground.lambda.createFunction({ FunctionName: 'checker', Timeout: 60, Code: { Files: { 'index.ts': code } } });
      await window.playground.burst({ FunctionName: 'checker', Count: 5, Payload: '{}' });
    }, HANDLER);
    await page.getByRole('navigation', { name: '함수', exact: true }).getByText('checker', { exact: true }).click();
    await page.getByRole('tab', { name: '모니터링' }).click();
    const monitoring = page.getByTestId('monitoring');
    await expect(monitoring.locator('[data-chart="invocations"] figcaption')).toContainText('호출');
    await expect(monitoring.getByLabel('시간 범위')).toBeVisible();
    await expect(monitoring.getByTestId('cost-estimate')).toContainText('추정치');
    expect((await plotted(page, 'duration')).map((s) => s.label)).toEqual(['최소', '평균', '최대']);
    const names = ['checker', 'hello-world'];
    const found = await untranslatedIn([monitoring], names);

    await page.getByRole('navigation', { name: 'CloudWatch' }).getByText('대시보드', { exact: true }).click();
    const dashboard = page.getByTestId('metrics-dashboard');
    await expect(dashboard.locator('[data-chart="fn-invocations"] canvas').first()).toBeVisible();
    found.push(...(await untranslatedIn([dashboard], names)));
    expectNoLeftovers(found, 'the metrics views');
  });
});
