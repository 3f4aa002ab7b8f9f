// The S3 thumbnail example end to end: upload a real image to `photos`; the function reads it with
// the SDK, scales it with createImageBitmap + OffscreenCanvas, writes a PNG to `thumbnails`.
import { expect, test } from '@playwright/test';
import { openPlayground } from './helpers';
import { gradientPng } from './png';
import { thumbnailExample } from '../src/samples/examples/thumbnail';

test('uploading a photo makes a thumbnail in the second bucket, shown in the bucket browser', async ({ page }) => {
  await openPlayground(page);
  const id = await page.evaluate((doc) => window.playground.project.import(doc), thumbnailExample());
  await page.evaluate((projectId) => window.playground.project.open(projectId), id);
  await page.waitForURL(/project=/);
  await page.evaluate(() => window.playground.ready);
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
