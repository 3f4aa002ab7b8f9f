// The S3 thumbnail example end to end: upload a real image to `photos`; the function reads it with
// the SDK, scales it with createImageBitmap + OffscreenCanvas, writes a PNG to `thumbnails`.
import { expect, test, type Page } from '@playwright/test';
import { openPlayground } from './helpers';
import { gradientPng } from './png';
import { thumbnailExample } from '../src/samples/examples/thumbnail';

/** Opens a project: the page navigates, so the call's own promise may never come back. */
async function openProject(page: Page, id: string): Promise<void> {
  await Promise.all([page.waitForURL(/project=/), page.evaluate((projectId) => window.playground.project.open(projectId), id).catch(() => {})]);
  await page.evaluate(() => window.playground.ready);
}

test('uploading a photo makes a thumbnail in the second bucket, shown in the bucket browser', async ({ page }) => {
  await openPlayground(page);
  const id = await page.evaluate((doc) => window.playground.project.import(doc), thumbnailExample());
  await openProject(page, id);
  await expect(page.getByTestId('compiler-status')).toHaveText('Compiler ready');

  await page.getByRole('navigation', { name: 'Buckets' }).getByRole('button', { name: 'photos' }).click();
  await expect(page.getByTestId('bucket-name')).toHaveText('photos');
  await page.getByLabel('Upload files').setInputFiles([{ name: 'beach day.png', mimeType: 'image/png', buffer: gradientPng(640, 480) }]);
  await expect(page.getByTestId('uploads')).toContainText('Uploaded 1 of 1 file');

  // The notification invokes the function asynchronously; its log says what it made.
  await expect
    .poll(async () => page.evaluate(() => window.playground.logs.events('/aws/lambda/make-thumbnail').map((e) => e.message).join('\n')), { timeout: 20_000 })
    .toContain('Made a 160×120 thumbnail of s3://photos/beach day.png at s3://thumbnails/thumbs/beach day.png');

  await page.getByRole('navigation', { name: 'Buckets' }).getByRole('button', { name: 'thumbnails' }).click();
  await page.getByTestId('folder-row').getByRole('button', { name: 'thumbs/' }).click();
  await page.getByTestId('object-row').getByRole('button', { name: 'beach day.png', exact: true }).click();
  await expect(page.getByTestId('object-content-type')).toHaveText('image/png');
  const preview = page.getByTestId('image-preview');
  await expect(preview).toBeVisible();
  await expect.poll(() => preview.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight])).toEqual([160, 120]);
});

test('without s3:PutObject the upload ends in AccessDenied, two retries and the on-failure destination; a self-triggering function is stopped after 16', async ({ page }) => {
  await openPlayground(page);
  const id = await page.evaluate((doc) => window.playground.project.import(doc), thumbnailExample());
  await openProject(page, id);

  await page.evaluate(async () => {
    const { lambda, iam } = window.playground;
    await lambda.createFunction({ FunctionName: 'thumbnail-failures', Code: { Files: { 'index.mjs': "export const handler = async (e) => { console.log('RECORD ' + JSON.stringify(e)); };" } } });
    // Only reading is left: writing the thumbnail is now refused.
    await iam.putFunctionRolePolicy('make-thumbnail', 'photos-to-thumbnails', JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::photos/*' }] }));
    await lambda.putFunctionEventInvokeConfig({ FunctionName: 'make-thumbnail', DestinationConfig: { OnFailure: { Destination: 'arn:aws:lambda:us-east-1:123456789012:function:thumbnail-failures' } } });
    // Lambda's 1- and 2-minute retry waits, 600 times faster.
    lambda.setAsyncTimeScale(600);
  });

  await page.getByRole('navigation', { name: 'Buckets' }).getByRole('button', { name: 'photos' }).click();
  await page.getByLabel('Upload files').setInputFiles([{ name: 'denied.png', mimeType: 'image/png', buffer: gradientPng(64, 64) }]);
  await expect(page.getByTestId('uploads')).toContainText('Uploaded 1 of 1 file');

  await expect
    .poll(async () => page.evaluate(() => window.playground.logs.events('/aws/lambda/thumbnail-failures').find((e) => e.message.includes('RECORD '))?.message ?? ''), { timeout: 30_000 })
    .toContain('RetriesExhausted');
  const logs = await page.evaluate(() => window.playground.logs.events('/aws/lambda/make-thumbnail').map((e) => e.message));
  // The first attempt and two retries each failed with AccessDenied; the queue then gave up.
  expect(logs.filter((m) => m.includes('Invoke Error') && m.includes('is not authorized to perform: s3:PutObject on resource'))).toHaveLength(3);
  expect(logs).toContainEqual(expect.stringContaining('Event failed all 3 attempts (RetriesExhausted)'));
  const line = await page.evaluate(() => window.playground.logs.events('/aws/lambda/thumbnail-failures').find((e) => e.message.includes('RECORD '))!.message);
  const sent = JSON.parse(line.slice(line.indexOf('RECORD ') + 7)) as { requestContext: { condition: string; approximateInvokeCount: number }; responseContext: { functionError: string } };
  expect(sent.requestContext).toMatchObject({ condition: 'RetriesExhausted', approximateInvokeCount: 3 });
  expect(sent.responseContext.functionError).toBe('Unhandled');

  // A function that writes back into the bucket that triggers it.
  await page.evaluate(async () => {
    const { lambda, iam, s3 } = window.playground;
    await lambda.createFunction({
      FunctionName: 'echo-back',
      Code: { Files: { 'index.mjs': "import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';\nconst s3 = new S3Client({});\nexport const handler = async (e) => { await s3.send(new PutObjectCommand({ Bucket: 'echo-bucket', Key: e.Records[0].s3.object.key + '-again', Body: 'x' })); };" } },
    });
    await iam.putFunctionRolePolicy('echo-back', 'write', JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:PutObject', Resource: 'arn:aws:s3:::echo-bucket/*' }] }));
    await s3.createBucket({ Bucket: 'echo-bucket' });
    await lambda.addPermission({ FunctionName: 'echo-back', StatementId: 's3', Action: 'lambda:InvokeFunction', Principal: 's3.amazonaws.com', SourceArn: 'arn:aws:s3:::echo-bucket' });
    await s3.putBucketNotificationConfiguration({ Bucket: 'echo-bucket', NotificationConfiguration: { LambdaFunctionConfigurations: [{ LambdaFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:echo-back', Events: ['s3:ObjectCreated:*'] }] } });
    await s3.putObject({ Bucket: 'echo-bucket', Key: 'start', Body: 'go' });
  });
  await expect
    .poll(async () => page.evaluate(() => window.playground.logs.events('/aws/lambda/echo-back').map((e) => e.message).join('\n')), { timeout: 30_000 })
    .toContain('RecursiveInvocationException');
  const starts = await page.evaluate(() => window.playground.logs.events('/aws/lambda/echo-back').filter((e) => e.message.startsWith('START')).length);
  expect(starts).toBe(16);
});
