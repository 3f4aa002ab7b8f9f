// The trace view and the environments timeline in the browser: an upload → function → DynamoDB
// PutItem → stream → failing function chain appears as one trace with its hops in order; the failed
// hop leads to its log lines and its function. A burst shows one lane per environment, cold starts marked.
import { expect, test, type Page } from '@playwright/test';
import { openPlayground } from './helpers';
import { untranslatedIn } from './i18n-helpers';

/** Builds the chain through scripting: bucket → indexer (PutItem) → table stream → feed, which fails. */
async function buildChain(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const p = window.playground;
    await p.dynamodb.createTable({
      TableName: 'photos', AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
      BillingMode: 'PAY_PER_REQUEST', StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_IMAGE' },
    });
    await p.lambda.createFunction({ FunctionName: 'indexer', Code: { Files: { 'index.mjs': `import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
const db = new DynamoDBClient({});
export const handler = async (event) => {
  const key = event.Records[0].s3.object.key;
  await db.send(new PutItemCommand({ TableName: 'photos', Item: { id: { S: key } } }));
  console.log('indexed ' + key);
};` } } });
    await p.lambda.createFunction({ FunctionName: 'feed', Code: { Files: { 'index.mjs': `export const handler = async (event) => {
  console.log('feed got ' + event.Records.length + ' record(s)');
  throw new Error('the feed is down');
};` } } });
    await p.iam.putFunctionRolePolicy('indexer', 'put', JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'dynamodb:PutItem', Resource: 'arn:aws:dynamodb:us-east-1:123456789012:table/photos' }] }));
    const arn = (await p.dynamodb.describeTable({ TableName: 'photos' })).Table.LatestStreamArn;
    await p.iam.putFunctionRolePolicy('feed', 'read', JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:DescribeStream', 'dynamodb:ListStreams'], Resource: arn }] }));
    await p.lambda.createEventSourceMapping({ FunctionName: 'feed', EventSourceArn: arn, StartingPosition: 'LATEST', MaximumRetryAttempts: 0 });
    await p.s3.createBucket({ Bucket: 'uploads' });
    p.lambda.addPermission({ FunctionName: 'indexer', StatementId: 's3', Action: 'lambda:InvokeFunction', Principal: 's3.amazonaws.com', SourceArn: 'arn:aws:s3:::uploads' });
    await p.s3.putBucketNotificationConfiguration({
      Bucket: 'uploads',
      NotificationConfiguration: { LambdaFunctionConfigurations: [{ LambdaFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:indexer', Events: ['s3:ObjectCreated:*'] }] },
    });
  });
}

async function uploadAndWait(page: Page): Promise<string> {
  await page.evaluate(() => window.playground.s3.putObject({ Bucket: 'uploads', Key: 'cat.jpg', Body: 'meow' }));
  // The trace is complete when feed's invocation has ended.
  await expect.poll(() => page.evaluate(() => window.playground.xray.traces().find((t) => t.hops.some((h) => h.name === 'feed' && h.kind === 'invocation' && h.status !== 'pending'))?.id), { timeout: 30_000 }).toBeTruthy();
  return page.evaluate(() => window.playground.xray.traces().find((t) => t.hops.some((h) => h.name === 'feed'))!.id);
}

test('follows an upload through DynamoDB and its stream to a failing function, and lands on its log lines', async ({ page }) => {
  await openPlayground(page);
  await buildChain(page);
  const traceId = await uploadAndWait(page);
  expect(traceId).toMatch(/^1-[0-9a-f]{8}-[0-9a-f]{24}$/);

  await page.getByRole('navigation', { name: 'CloudWatch' }).getByRole('button', { name: /^Traces/ }).click();
  const row = page.locator(`[data-testid="trace-row"][data-trace-id="${traceId}"]`);
  await expect(row).toHaveAttribute('data-status', 'error');
  await row.click();
  await expect(page.getByTestId('trace-id')).toHaveText(traceId);

  // Hops in causal order, all in this one trace.
  const hops = page.getByTestId('hop');
  const order = await hops.evaluateAll((els) => els.map((e) => `${e.getAttribute('data-kind')}:${e.getAttribute('data-name')}`));
  const at = (hop: string) => order.indexOf(hop);
  for (const hop of ['entry:s3:ObjectCreated:Put on bucket uploads', 'invocation:indexer', 'sdk:photos', 'invocation:feed']) expect(order).toContain(hop);
  expect(at('entry:s3:ObjectCreated:Put on bucket uploads')).toBeLessThan(at('invocation:indexer'));
  expect(at('invocation:indexer')).toBeLessThan(at('sdk:photos'));
  expect(at('sdk:photos')).toBeLessThan(at('invocation:feed'));
  expect(order.filter((h) => h.startsWith('init:'))).toHaveLength(2);
  const xray = await page.evaluate((id) => window.playground.xray.batchGetTraces({ TraceIds: [id] }), traceId);
  for (const segment of xray.Traces[0]!.Segments) expect(JSON.parse(segment.Document).trace_id).toBe(traceId);

  // The service map marks the failed function; its hop leads to its log lines and the function.
  await expect(page.locator('[data-testid="map-node"][data-node="lambda:feed"]')).toHaveAttribute('data-failed', 'true');
  await expect(page.locator('[data-testid="map-node"][data-node="dynamodb:photos"]')).toHaveAttribute('data-failed', 'false');
  const failed = page.locator('[data-testid="hop"][data-kind="invocation"][data-name="feed"]');
  await expect(failed).toHaveAttribute('data-status', 'error');
  await failed.click();
  const logs = page.getByTestId('hop-logs');
  await expect(logs).toContainText('feed got 1 record(s)');
  await expect(logs).toContainText('the feed is down');
  await expect(logs).toContainText(/REPORT RequestId: [0-9a-f-]+\tDuration/);
  await expect(logs).not.toContainText('indexed cat.jpg');
  await page.getByTestId('open-function').click();
  await expect(page.getByTestId('function-name')).toHaveText('feed');
});

test('a burst of 8 shows 8 environment lanes with their cold starts marked', async ({ page }) => {
  await openPlayground(page);
  await page.evaluate(() => window.playground.lambda.createFunction({
    FunctionName: 'slow', Code: { Files: { 'index.mjs': 'export const handler = async () => { await new Promise((r) => setTimeout(r, 400)); return 1; };' } },
  }));
  await page.getByRole('navigation', { name: 'Functions' }).getByRole('button', { name: /^slow / }).click();
  await page.getByRole('tab', { name: /^Environments/ }).click();
  const timeline = page.getByTestId('timeline');
  await expect(timeline).toContainText('No invocations of this function yet');
  await page.getByLabel('Burst size').fill('8');
  await page.getByRole('button', { name: /^Fire 8/ }).click();
  await expect(page.getByTestId('burst-result')).toBeVisible({ timeout: 30_000 });
  await expect(timeline.getByTestId('timeline-lane')).toHaveCount(8);
  await expect(timeline.locator('[data-testid="timeline-bar"][data-cold="true"]')).toHaveCount(8);
  await expect(timeline.locator('[data-testid="timeline-bar"][data-status="success"]')).toHaveCount(8);
  await expect(page.getByTestId('timeline-lanes')).toHaveText('8 environments');
});

test.describe('in Korean', () => {
  test.use({ locale: 'ko-KR' });
  test('the trace view and its hop details speak Korean', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(() => window.playground.ready);
    await buildChain(page);
    const traceId = await uploadAndWait(page);
    await page.getByRole('navigation', { name: 'CloudWatch' }).getByRole('button', { name: /^추적/ }).click();
    await page.locator(`[data-testid="trace-row"][data-trace-id="${traceId}"]`).getByRole('button').click();
    await expect(page.getByTestId('trace-id')).toHaveText(traceId);
    await page.locator('[data-testid="hop"][data-name="feed"][data-kind="invocation"]').click();
    await expect(page.getByText('이 요청의 로그')).toBeVisible();
    const main = page.locator('.traces');
    // X-Ray and Init are AWS's names (the console's Korean keeps them).
    const leftovers = await untranslatedIn([main], ['indexer', 'feed', 'photos', 'uploads', 'cat.jpg', 'X-Ray', 'Init']);
    expect(leftovers).toEqual([]);
  });
});
