// The example gallery end to end: every example opened from its card with "Open and run it" — the
// page loads on the new project and the run plays there — and each run's own outcome checked,
// through the panel's steps and through window.playground. Screenshots of the gallery and of a
// full-size diagram, at a laptop's and a phone's width.
import { expect, test, type Page } from '@playwright/test';
import { openPlayground } from './helpers';

const SHOTS = 'test-results/shots';

// Each test opens a project and deploys its functions (and most run a scenario with real waits).
test.describe.configure({ timeout: 150_000 });

async function openGallery(page: Page) {
  await page.getByTestId('gallery-button').click();
  const gallery = page.getByTestId('gallery');
  // The gallery's code loads on first use.
  await expect(gallery).toBeVisible({ timeout: 30_000 });
  await expect(gallery.getByTestId('gallery-card')).toHaveCount(12);
  return gallery;
}

/** Opens an example with "Open and run it" and waits for its run to end; the steps' texts. */
async function openAndRun(page: Page, id: string): Promise<string[]> {
  await openPlayground(page);
  const gallery = await openGallery(page);
  const card = gallery.locator(`[data-example="${id}"]`);
  await Promise.all([page.waitForURL(/project=/), card.getByRole('button', { name: /^Open and run the example/ }).click()]);
  await page.evaluate(() => window.playground.ready);
  const run = page.getByTestId('gallery-run');
  await expect(run).toBeVisible();
  await expect(run).toHaveAttribute('data-status', /passed|failed/, { timeout: 90_000 });
  const steps = await run.getByTestId('gallery-step').allInnerTexts();
  expect(await run.getAttribute('data-status'), steps.join('\n')).toBe('passed');
  return steps;
}

const logsOf = (page: Page, fn: string) => page.evaluate((name) => window.playground.logs.events(`/aws/lambda/${name}`).map((e) => e.message).join('\n'), fn);

test.describe('every example opens and runs', () => {
  test('hello world: a cold start, then warm', async ({ page }) => {
    const steps = await openAndRun(page, 'hello-world');
    expect(steps[0]).toMatch(/cold start, Init Duration [\d.]+ ms/);
    expect(steps[1]).toContain('warm: invocation 2 of the environment');
  });

  test('REST API: 200 on the public route, 403 without the key, 401 and 403 from the authorizer', async ({ page }) => {
    const steps = (await openAndRun(page, 'rest-api')).join('\n');
    expect(steps).toContain('GET /items → 200');
    expect(steps).toContain('GET /admin/stats → 403 {"message":"Forbidden"}');
    expect(steps).toContain('GET /admin/stats (x-api-key) → 200');
    expect(steps).toContain('GET /me → 401');
    expect(steps).toContain('GET /me (Authorization: allow-ana) → 200');
  });

  test('S3 thumbnails: the upload leaves a thumbnail in the second bucket', async ({ page }) => {
    await openAndRun(page, 'thumbnails');
    const keys = await page.evaluate(async () => ((await window.playground.s3.listObjectsV2({ Bucket: 'thumbnails' })).Contents ?? []).map((o) => o.Key));
    expect(keys.some((k) => /^thumbs\/workshop\/photo-\d+\.png$/.test(k ?? ''))).toBe(true);
  });

  test('daily job: the clock jumps to noon and the rule writes the report', async ({ page }) => {
    await openAndRun(page, 'daily-job');
    const keys = await page.evaluate(async () => ((await window.playground.s3.listObjectsV2({ Bucket: 'daily-reports' })).Contents ?? []).map((o) => o.Key));
    expect(keys).toEqual([expect.stringMatching(/^reports\/\d{4}-\d{2}-\d{2}\.json$/)]);
    expect(await logsOf(page, 'daily-report')).toContain('wrote reports/');
  });

  test('photo feed: the photo reaches both followers’ feeds', async ({ page }) => {
    const steps = (await openAndRun(page, 'photo-feed')).join('\n');
    expect(steps).toContain('feeds: ben, cleo');
  });

  test('notes stream: the stream consumer counted both notes', async ({ page }) => {
    await openAndRun(page, 'notes-stream');
    const item = await page.evaluate(async () => (await window.playground.dynamodb.getItem({ TableName: 'note-stats', Key: { statId: { S: 'all' } } })).Item);
    expect(Number((item as { notes: { N: string } }).notes.N)).toBeGreaterThanOrEqual(2);
  });

  test('SQS: the failed message is alone in the DLQ, the others processed once', async ({ page }) => {
    await openAndRun(page, 'sqs-batch');
    const dlq = await page.evaluate(() => window.playground.sqs.peekMessages('orders-dlq').map((m) => JSON.parse(m.body).orderId));
    expect(dlq).toEqual(['A-2']);
    expect(await page.evaluate(() => window.playground.sqs.messageCounts('orders'))).toEqual({ visible: 0, inFlight: 0, delayed: 0 });
  });

  test('SNS: both subscribed functions and the queue got the message', async ({ page }) => {
    await openAndRun(page, 'sns-fanout');
    expect(await logsOf(page, 'send-receipt')).toContain('receipt sent for order B-42');
    expect(await logsOf(page, 'update-stock')).toContain('stock updated for order B-42');
    expect(await page.evaluate(() => window.playground.sqs.peekMessages('order-analytics').length)).toBe(1);
  });

  test('IAM: AccessDenied without the permission, success after the fix', async ({ page }) => {
    const steps = await openAndRun(page, 'iam-access-denied');
    expect(steps.join('\n')).toMatch(/AccessDenied: User: arn:aws:sts::123456789012:assumed-role\/read-config-role\/read-config is not authorized to perform: s3:GetObject/);
    expect(steps.at(-1)).toContain('200');
  });

  test('versions: the weighted alias answers from both versions, then only version 2', async ({ page }) => {
    const steps = await openAndRun(page, 'versions-alias');
    expect(steps[1]).toMatch(/version 1: \d+, version 2: \d+/);
    expect(steps[2]).toContain('version 2: 10');
  });

  test('timeouts and memory: timed out at 1 s, done with 6 s, billed at 1024 MB', async ({ page }) => {
    const steps = (await openAndRun(page, 'timeouts-memory')).join('\n');
    expect(steps).toContain('Sandbox.Timedout');
    expect(steps).toContain('Task timed out after 1.00 seconds');
    expect(steps).toContain('Memory Size: 1024 MB');
  });

  test('concurrency: two run, three are throttled', async ({ page }) => {
    const steps = (await openAndRun(page, 'concurrency')).join('\n');
    expect(steps).toContain('2 succeeded, 3 throttled (ReservedFunctionConcurrentInvocationLimitExceeded)');
    expect(steps).toContain('PutFunctionConcurrency 5 → 5 succeeded, 0 throttled');
  });
});

test('"Open" opens the example as a new project without running it', async ({ page }) => {
  await openPlayground(page);
  const gallery = await openGallery(page);
  await Promise.all([page.waitForURL(/project=/), gallery.getByRole('button', { name: 'Open the example SNS fan-out' }).click()]);
  await page.evaluate(() => window.playground.ready);
  expect(await page.evaluate(() => window.playground.project.current().name)).toBe('SNS fan-out');
  expect((await page.evaluate(() => window.playground.lambda.listFunctions())).Functions.map((f) => f.FunctionName).sort()).toEqual(['place-order', 'send-receipt', 'update-stock']);
  await expect(page.getByTestId('gallery-run')).toHaveCount(0);
});

for (const [name, width, height] of [['desktop', 1366, 860], ['phone', 390, 844]] as const) {
  test(`gallery and a full-size diagram (${name}, ${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openPlayground(page);
    const gallery = await openGallery(page);
    // Every card draws its example's diagram.
    await expect(gallery.getByTestId('architecture-diagram')).toHaveCount(12);
    await page.screenshot({ path: `${SHOTS}/gallery-${name}.png` });

    await gallery.getByRole('button', { name: 'Enlarge the architecture diagram of Photo → metadata → feed chain' }).click();
    const zoom = page.getByTestId('gallery-diagram');
    const diagram = zoom.getByTestId('architecture-diagram');
    await expect(diagram.locator('[data-node]')).toHaveCount(9);
    // The chain's wiring: the stream of photo-metadata triggers fan-out-feed; the roles' calls are dashed.
    await expect(diagram.locator('[data-kind="stream"][data-from="table:photo-metadata"][data-to="function:fan-out-feed"]')).toHaveCount(1);
    await expect(diagram.locator('[data-kind="permission"] path.dashed')).not.toHaveCount(0);
    await zoom.getByRole('button', { name: 'Open Function fan-out-feed' }).click();
    await expect(zoom.getByTestId('diagram-selection')).toHaveText('Function fan-out-feed: open the example to work with it.');
    await page.screenshot({ path: `${SHOTS}/diagram-${name}.png` });
  });
}
