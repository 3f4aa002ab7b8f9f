// Nothing typed is lost to a reload: an edit, a scripted createFunction and an S3 upload made
// 0, 50 or 200 ms before the page reloads (well inside the 0.4 s autosave delay) are all there
// after it, and so is an edit in a tab closed at once.
import { expect, test, type Page } from '@playwright/test';
import { openPlayground, setEditorText } from './helpers';

const DELAYS = [0, 50, 200];

// Each test loads the app two or three times, which takes a while on a busy machine.
test.describe.configure({ timeout: 150_000 });

/** Reloads `ms` after the change, without waiting for the autosave, and waits until the app is ready. */
async function reloadAfter(page: Page, ms: number): Promise<void> {
  if (ms) await page.waitForTimeout(ms);
  await page.reload();
  await page.evaluate(() => window.playground.ready);
}

/** What the person sees after the reload: the bucket in the list, and the object in it with its content. */
async function expectObjectInBrowser(page: Page, bucket: string, key: string): Promise<void> {
  const inList = page.getByRole('navigation', { name: 'Buckets' }).getByRole('button', { name: bucket });
  await expect(inList).toBeVisible();
  await inList.click();
  await expect(page.getByTestId('bucket-name')).toHaveText(bucket);
  await expect(page.getByTestId('object-row')).toHaveCount(1);
  await page.getByTestId('object-row').getByRole('button', { name: key, exact: true }).click();
  await expect(page.getByTestId('object-details').getByTestId('text-preview')).toHaveText('uploaded just before a reload\n');
}

for (const ms of DELAYS) {
  test(`an edit in the editor survives a reload ${ms} ms later`, async ({ page }) => {
    await openPlayground(page);
    const text = `export const handler = async () => 'typed ${ms} ms before the reload';\n`;
    await setEditorText(page, 'Code of index.ts', text);
    await reloadAfter(page, ms);
    await expect(page.getByRole('textbox', { name: 'Code of index.ts' })).toContainText(`typed ${ms} ms before the reload`);
    await expect(page.getByTestId('undeployed')).toBeVisible();
    // And it is stored for good: a second reload, after everything settled, still has it.
    await expect(page.getByTestId('save-state')).toHaveText('All changes saved');
    await reloadAfter(page, 0);
    await expect(page.getByRole('textbox', { name: 'Code of index.ts' })).toContainText(`typed ${ms} ms before the reload`);
  });

  test(`a function created through window.playground survives a reload ${ms} ms later`, async ({ page }) => {
    await openPlayground(page);
    const name = `scripted-${ms}`;
    await page.evaluate((FunctionName) => window.playground.lambda.createFunction({
      FunctionName, Code: { Files: { 'index.mjs': `export const handler = async () => '${FunctionName}';\n` } },
    }).then(() => undefined), name);
    await reloadAfter(page, ms);
    await expect(page.getByRole('navigation', { name: 'Functions' }).getByRole('button', { name: new RegExp(`^${name}`) })).toBeVisible();
    const invoked = await page.evaluate(async (FunctionName) => (await window.playground.lambda.invoke({ FunctionName })).Payload, name);
    expect(JSON.parse(invoked ?? 'null')).toBe(name);
  });

  test(`a new bucket and an object uploaded through window.playground.s3 are in the bucket browser after a reload ${ms} ms later`, async ({ page }) => {
    await openPlayground(page);
    const bucket = `scripted-uploads-${ms}`;
    // The object is in IndexedDB before putObject resolves; the bucket is part of the project document.
    await page.evaluate(async (Bucket) => {
      await window.playground.s3.createBucket({ Bucket });
      await window.playground.s3.putObject({ Bucket, Key: 'report.txt', Body: 'uploaded just before a reload\n', ContentType: 'text/plain' });
    }, bucket);
    await reloadAfter(page, ms);
    await expectObjectInBrowser(page, bucket, 'report.txt');
  });
}

test('a file uploaded in the bucket browser into a bucket made a moment before is there after an immediate reload', async ({ page }) => {
  await openPlayground(page);
  await page.getByRole('button', { name: 'New bucket' }).click();
  await page.getByLabel('Bucket name').fill('clicked-uploads');
  await page.getByRole('button', { name: 'Create bucket' }).click();
  await expect(page.getByTestId('bucket-name')).toHaveText('clicked-uploads');
  await page.getByLabel('Upload files').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('uploaded just before a reload\n') });
  await expect(page.getByTestId('uploads')).toContainText('Uploaded 1 of 1 file');
  await reloadAfter(page, 0);
  await expectObjectInBrowser(page, 'clicked-uploads', 'notes.txt');
});

test('an edit in a tab closed at once is there when the project is opened again', async ({ page, context }) => {
  await openPlayground(page);
  await setEditorText(page, 'Code of index.ts', "export const handler = async () => 'typed, then the tab was closed';\n");
  await page.close();
  const again = await context.newPage();
  await again.goto('/');
  await again.evaluate(() => window.playground.ready);
  await expect(again.getByRole('textbox', { name: 'Code of index.ts' })).toContainText('typed, then the tab was closed');
});
