// Browser tests of TypeScript in the code editor: type errors marked as you type, completion of
// an S3 event's members, the handler's context on hover, and Lambda's types for an untyped handler.
import { expect, test, type Page } from '@playwright/test';
import { createFunctionInUi, openPlayground, setEditorText } from './helpers';

const CODE = 'Code of index.ts';

// The language service (several megabytes) starts when the code is first touched; on a busy
// machine its first answer can take a while, so these tests get the time of slow ones.
test.slow();

/** Moves the mouse over the first occurrence of `word` in the editor (CodeMirror splits text into spans, so a DOM Range finds it). */
async function hoverWord(page: Page, word: string, after = ''): Promise<void> {
  const point = await page.evaluate(({ word, after }) => {
    const content = document.querySelector('.cm-content')!;
    const text = content.textContent ?? '';
    const at = text.indexOf(word, after ? text.indexOf(after) + after.length : 0);
    const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT);
    let offset = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.textContent?.length ?? 0;
      if (at < offset + length) {
        const range = document.createRange();
        range.setStart(node, at - offset);
        range.setEnd(node, Math.min(length, at - offset + 2));
        const rect = range.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      offset += length;
    }
    throw new Error(`${word} is not in the editor`);
  }, { word, after });
  await page.mouse.move(point.x, point.y);
}

/** Hovers `word` until its tooltip shows `text`: the language service may still be starting on the first try. */
async function expectHover(page: Page, word: string, after: string, text: string): Promise<void> {
  await expect(async () => {
    await page.mouse.move(0, 0);
    await hoverWord(page, word, after);
    await expect(page.locator('.cm-tooltip-hover')).toContainText(text, { timeout: 3000 });
  }).toPass({ timeout: 60_000 });
}

test('marks a type error, and hovering the typed context shows Context', async ({ page }) => {
  await openPlayground(page);
  await createFunctionInUi(page, 'typed-s3');
  await setEditorText(page, CODE, [
    "import type { S3Event, Context } from 'aws-lambda';",
    '',
    'export const handler = async (event: S3Event, context: Context) => {',
    "  const n: number = 'x';",
    '  return { key: event.Records[0].s3.object.key, id: context.awsRequestId, n };',
    '};',
    '',
  ].join('\n'));

  // Only TypeScript knows this is wrong: the compiler strips the types and deploys it.
  const marked = page.locator('.cm-line', { has: page.locator('.cm-lintRange-error') });
  await expect(marked).toHaveText("  const n: number = 'x';", { timeout: 60_000 });
  await expect(page.locator('.cm-lint-marker-error')).toHaveCount(1);

  await expectHover(page, 'context', 'S3Event, ', 'context: Context');
});

test('completes the members of an S3 event record', async ({ page }) => {
  await openPlayground(page);
  await createFunctionInUi(page, 'complete-s3');
  await setEditorText(page, CODE, [
    "import type { S3Handler } from 'aws-lambda';",
    '',
    'export const handler: S3Handler = async (event) => {',
    '  ',
  ].join('\n'));
  await page.keyboard.type('event.Records[0].s3.');

  const options = page.locator('.cm-tooltip-autocomplete .cm-completionLabel');
  // Keys typed before the language service has started open no list; asking for it (Ctrl+Space) does.
  await expect(async () => {
    if (!(await page.locator('.cm-tooltip-autocomplete').isVisible())) await page.keyboard.press('Control+Space');
    await expect(options.filter({ hasText: /^bucket$/ })).toHaveCount(1, { timeout: 3000 });
  }).toPass({ timeout: 60_000 });
  await expect(options.filter({ hasText: /^object$/ })).toHaveCount(1);
});

test("an untyped handler's context gets Lambda's Context type", async ({ page }) => {
  await openPlayground(page);
  await createFunctionInUi(page, 'untyped', 'JavaScript (ESM)');
  await setEditorText(page, 'Code of index.mjs', 'export const handler = async (event, context) => {\n  return context.functionName;\n};\n');
  await expectHover(page, 'context', 'event, ', 'context: Context');
});

test("an untyped handler's event gets the type of its trigger: S3Event for a bucket notification", async ({ page }) => {
  await openPlayground(page);
  await createFunctionInUi(page, 'on-upload', 'JavaScript (ESM)');
  await page.evaluate(async () => {
    const { s3, lambda } = window.playground;
    await s3.createBucket({ Bucket: 'typed-uploads' });
    await lambda.addPermission({ FunctionName: 'on-upload', StatementId: 's3-uploads', Action: 'lambda:InvokeFunction', Principal: 's3.amazonaws.com', SourceArn: 'arn:aws:s3:::typed-uploads' });
    await s3.putBucketNotificationConfiguration({ Bucket: 'typed-uploads', NotificationConfiguration: { LambdaFunctionConfigurations: [
      { Id: 'on-put', LambdaFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:on-upload', Events: ['s3:ObjectCreated:*'] },
    ] } });
  });
  await setEditorText(page, 'Code of index.mjs', 'export const handler = async (event, context) => {\n  return event.Records.length;\n};\n');
  await expectHover(page, 'event', 'async (', 'event: S3Event');
});
