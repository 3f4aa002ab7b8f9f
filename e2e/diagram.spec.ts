// Browser test of the project's Diagram view: opened from the header, redrawn as the project
// changes, and a click on a resource opens it in its service's view.
import { expect, test } from '@playwright/test';
import { openPlayground } from './helpers';

test('the Diagram shows the project, follows its changes, and opens a clicked resource', async ({ page }) => {
  await openPlayground(page);
  await page.getByTestId('diagram-button').click();
  const view = page.getByTestId('diagram-view');
  await expect(view).toBeVisible();
  await expect(page.getByTestId('diagram-button')).toHaveAttribute('aria-pressed', 'true');
  const fn = await page.evaluate(async () => (await window.playground.lambda.listFunctions()).Functions[0]!.FunctionName);
  await expect(view.getByRole('button', { name: `Open Function ${fn}` })).toBeVisible();
  await expect(view.getByRole('button', { name: /Open Bucket/ })).toHaveCount(0);

  // A bucket notifying the function appears with its arrow while the view is open.
  await page.evaluate(async (fn) => {
    const { s3, lambda } = window.playground;
    await s3.createBucket({ Bucket: 'diagram-uploads' });
    await lambda.addPermission({ FunctionName: fn, StatementId: 's3', Action: 'lambda:InvokeFunction', Principal: 's3.amazonaws.com', SourceArn: 'arn:aws:s3:::diagram-uploads' });
    await s3.putBucketNotificationConfiguration({ Bucket: 'diagram-uploads', NotificationConfiguration: { LambdaFunctionConfigurations: [
      { Id: 'on-put', LambdaFunctionArn: `arn:aws:lambda:us-east-1:123456789012:function:${fn}`, Events: ['s3:ObjectCreated:*'] },
    ] } });
  }, fn);
  const bucket = view.getByRole('button', { name: 'Open Bucket diagram-uploads' });
  await expect(bucket).toBeVisible();
  await expect(view).toContainText('1 connection');

  await bucket.click();
  await expect(page.getByTestId('bucket-name')).toHaveText('diagram-uploads');
  await expect(page.getByTestId('diagram-button')).toHaveAttribute('aria-pressed', 'false');

  // And back: a function node opens the function's workbench.
  await page.getByTestId('diagram-button').click();
  await view.getByRole('button', { name: `Open Function ${fn}` }).click();
  await expect(page.getByTestId('function-name')).toHaveText(fn);
});
