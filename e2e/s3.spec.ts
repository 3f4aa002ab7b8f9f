// S3 in the UI as a workshop uses it: a bucket with folders, uploads of a real image and a text file,
// previews, download and delete; then an event notification to a function, refused until S3 may
// invoke it, fixed with "Add permission and save", and an upload reaching the function's log.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { openPlayground } from './helpers';
import { gradientPng } from './png';

async function createBucket(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'New bucket' }).click();
  await page.getByLabel('Bucket name').fill(name);
  await page.getByRole('button', { name: 'Create bucket' }).click();
  await expect(page.getByTestId('bucket-name')).toHaveText(name);
}

const objectRows = (page: Page) => page.getByTestId('object-row');

test('a bucket: name rules, folders, uploads, previews, download and delete', async ({ page }) => {
  await openPlayground(page);
  await page.getByRole('button', { name: 'New bucket' }).click();
  await page.getByLabel('Bucket name').fill('My_Photos');
  await expect(page.getByTestId('bucket-name-error')).toContainText('lowercase letters, numbers, dots (.) and hyphens (-)');
  await page.getByLabel('Bucket name').fill('192.168.0.1');
  await page.getByRole('button', { name: 'Create bucket' }).click();
  await expect(page.getByTestId('bucket-name-error')).toHaveText('InvalidBucketName: The specified bucket is not valid. Bucket names must not be formatted as an IP address.');
  await page.getByLabel('Bucket name').fill('photos-e2e');
  await page.getByRole('button', { name: 'Create bucket' }).click();
  await expect(page.getByTestId('bucket-name')).toHaveText('photos-e2e');

  await page.getByRole('button', { name: 'Create folder' }).first().click();
  await page.getByLabel('Folder name').fill('trips');
  await page.locator('form').getByRole('button', { name: 'Create folder' }).click();
  await page.getByTestId('folder-row').getByRole('button', { name: 'trips/' }).click();
  await expect(page.getByRole('navigation', { name: 'Folder path' })).toContainText('trips');

  const png = gradientPng(160, 120);
  const text = 'Day 1: the beach.\nDay 2: the mountains.\n';
  await page.getByLabel('Upload files').setInputFiles([
    { name: 'beach.png', mimeType: 'image/png', buffer: png },
    { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from(text) },
  ]);
  await expect(page.getByTestId('uploads')).toContainText('Uploaded 2 of 2 files');
  await expect(page.getByTestId('upload-item')).toHaveText([/trips\/beach\.png.*done/, /trips\/notes\.txt.*done/]);
  await expect(objectRows(page)).toHaveCount(2);
  await expect(objectRows(page).nth(0)).toContainText('beach.png');
  await expect(objectRows(page).nth(0)).toContainText('image/png');
  await expect(objectRows(page).nth(1)).toContainText('notes.txt');

  // Files dropped on the list go into the open folder too.
  const dropped = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['dropped'], 'dropped.txt', { type: 'text/plain' }));
    return transfer;
  });
  const list = page.getByRole('region', { name: 'Objects in photos-e2e' });
  await list.dispatchEvent('dragover', { dataTransfer: dropped });
  await list.dispatchEvent('drop', { dataTransfer: dropped });
  await expect(objectRows(page)).toHaveCount(3);
  await expect(objectRows(page).nth(1)).toContainText('dropped.txt');

  // At the top level the files are inside the folder.
  await page.getByRole('navigation', { name: 'Folder path' }).getByRole('button', { name: 'photos-e2e' }).click();
  await expect(page.getByTestId('folder-row')).toHaveText([/trips\//]);
  await expect(objectRows(page)).toHaveCount(0);
  await page.getByTestId('folder-row').getByRole('button', { name: 'trips/' }).click();

  await objectRows(page).getByRole('button', { name: 'beach.png', exact: true }).click();
  const details = page.getByTestId('object-details');
  await expect(details.getByTestId('object-content-type')).toHaveText('image/png');
  await expect(details).toContainText(`${png.length.toLocaleString('en-US')} bytes`);
  const image = details.getByTestId('image-preview');
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(160);

  await objectRows(page).getByRole('button', { name: 'notes.txt', exact: true }).click();
  await expect(details.getByTestId('text-preview')).toHaveText(text);
  await expect(details.getByTestId('object-etag')).toHaveText(/^"[0-9a-f]{32}"$/);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download notes.txt' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('notes.txt');
  expect(await readFile((await download.path())!, 'utf8')).toBe(text);

  await page.getByRole('button', { name: 'Delete beach.png' }).click();
  await page.getByRole('alertdialog', { name: 'Confirm delete' }).getByRole('button', { name: 'Delete' }).click();
  await expect(objectRows(page)).toHaveCount(2);
  await expect(details).toHaveCount(1);
  // Several at once: selected, then one DeleteObjects request.
  await page.getByLabel('Select dropped.txt').check();
  await page.getByRole('button', { name: 'Delete (1)…' }).click();
  await page.getByRole('alertdialog', { name: 'Confirm delete' }).getByRole('button', { name: 'Delete' }).click();
  await expect(objectRows(page)).toHaveCount(1);
  await expect(objectRows(page)).toContainText('notes.txt');
  const listed = await page.evaluate(async () => (await window.playground.s3.listObjectsV2({ Bucket: 'photos-e2e' })).Contents?.map((o) => o.Key));
  expect(listed).toEqual(['trips/', 'trips/notes.txt']);

  // S3 deletes only empty buckets; the console offers to empty it first.
  await page.getByRole('button', { name: 'Delete bucket…' }).click();
  await page.getByRole('button', { name: 'Delete bucket', exact: true }).click();
  await expect(page.getByTestId('bucket-delete-error')).toContainText('BucketNotEmpty: The bucket you tried to delete is not empty');
  await page.getByRole('button', { name: 'Empty and delete' }).click();
  await expect(page.getByRole('navigation', { name: 'Buckets' })).toContainText('No buckets yet');
});

test('a notification is refused until S3 may invoke the function, and then an upload reaches it', async ({ page }) => {
  await openPlayground(page);
  await page.evaluate(() =>
    window.playground.lambda.createFunction({
      FunctionName: 'on-upload',
      Code: { Files: { 'index.mjs': "export const handler = async (event) => { console.log('EVENT ' + JSON.stringify(event)); };" } },
    }),
  );
  await createBucket(page, 'inbox-e2e');
  await page.getByRole('tab', { name: /^Event notifications/ }).click();
  await page.getByRole('button', { name: 'Add notification' }).click();
  await page.getByLabel('Notification id').fill('text-files');
  await page.getByLabel('Suffix filter').fill('.txt');
  await page.getByLabel('Notification function').selectOption('on-upload');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const refusal = page.getByTestId('notification-error');
  await expect(refusal).toContainText('InvalidArgument: Unable to validate the following destination configurations');
  await expect(refusal).toContainText('s3.amazonaws.com');
  await page.getByRole('button', { name: 'Add permission and save' }).click();
  await expect(page.getByTestId('notifications-table')).toContainText('text-files');
  await expect(page.getByTestId('notifications-table')).toContainText('s3:ObjectCreated:*');
  await expect(page.getByTestId('notifications-table')).toContainText('λ on-upload');
  await expect(page.getByRole('tab', { name: 'Event notifications (1)' })).toBeVisible();

  await page.getByRole('tab', { name: 'Objects' }).click();
  await page.getByLabel('Upload files').setInputFiles([{ name: 'my notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') }]);
  await expect(objectRows(page)).toContainText('my notes.txt');
  await expect
    .poll(() => page.evaluate(() => window.playground.logs.events('/aws/lambda/on-upload').find((e) => e.message.includes('EVENT '))?.message ?? ''))
    .toContain('"key":"my+notes.txt"');
  const line = await page.evaluate(() => window.playground.logs.events('/aws/lambda/on-upload').find((e) => e.message.includes('EVENT '))!.message);
  const record = JSON.parse(line.slice(line.indexOf('EVENT ') + 6)).Records[0];
  expect(record).toMatchObject({ eventSource: 'aws:s3', eventName: 'ObjectCreated:Put', s3: { configurationId: 'text-files', bucket: { name: 'inbox-e2e' }, object: { key: 'my+notes.txt', size: 5 } } });

  // The permission the console added is the function's resource-based policy.
  await page.getByRole('navigation', { name: 'Functions' }).getByRole('button', { name: /^on-upload/ }).click();
  await page.getByRole('tab', { name: 'Permissions' }).click();
  const statements = page.getByTestId('statements-table');
  await expect(statements).toContainText('s3.amazonaws.com');
  await expect(statements).toContainText('arn:aws:s3:::inbox-e2e');
  await expect(statements).toContainText(/s3-trigger-inbox-e2e-[0-9a-f]{8}/);
});

test('buckets, their notifications and objects, and a role policy survive a reload', async ({ page }) => {
  await openPlayground(page);
  await page.evaluate(async () => {
    const { lambda, s3, iam } = window.playground;
    await lambda.createFunction({ FunctionName: 'kept', Code: { Files: { 'index.mjs': 'export const handler = async () => 1;' } } });
    await lambda.addPermission({ FunctionName: 'kept', StatementId: 's3', Action: 'lambda:InvokeFunction', Principal: 's3.amazonaws.com', SourceArn: 'arn:aws:s3:::kept-bucket' });
    await s3.createBucket({ Bucket: 'kept-bucket' });
    await s3.putBucketNotificationConfiguration({ Bucket: 'kept-bucket', NotificationConfiguration: { LambdaFunctionConfigurations: [{ Id: 'on-put', LambdaFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:kept', Events: ['s3:ObjectCreated:*'] }] } });
    await s3.putObject({ Bucket: 'kept-bucket', Key: 'notes/a.txt', Body: 'still here' });
    await iam.putFunctionRolePolicy('kept', 'read', JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::kept-bucket/*' }] }));
    await lambda.putFunctionEventInvokeConfig({ FunctionName: 'kept', MaximumRetryAttempts: 1 });
  });
  // Autosave is debounced: wait for a save that started after the last change.
  const changed = await page.evaluate(() => Date.now());
  await expect
    .poll(async () => page.evaluate(async () => {
      const { id } = window.playground.project.current();
      return (await window.playground.project.list()).find((p) => p.id === id)?.updatedAt ?? 0;
    }))
    .toBeGreaterThan(changed);
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved');
  await page.reload();
  await page.evaluate(() => window.playground.ready);
  const after = await page.evaluate(async () => {
    const { s3, iam, lambda } = window.playground;
    const object = await s3.getObject({ Bucket: 'kept-bucket', Key: 'notes/a.txt' });
    return {
      text: await object.Body.text(),
      notifications: (await s3.getBucketNotificationConfiguration({ Bucket: 'kept-bucket' })).LambdaFunctionConfigurations?.map((c) => c.Id),
      policies: (await iam.getFunctionRole('kept')).inlinePolicies.map((p) => p.policyName).filter((n) => n === 'read'),
      retries: (await lambda.getFunctionEventInvokeConfig({ FunctionName: 'kept' })).MaximumRetryAttempts,
    };
  });
  expect(after).toEqual({ text: 'still here', notifications: ['on-put'], policies: ['read'], retries: 1 });
  await expect(page.getByRole('navigation', { name: 'Buckets' }).getByRole('button', { name: 'kept-bucket' })).toBeVisible();
});
