// DynamoDB in the browser: a table made and edited by clicking, an unmodified lib-dynamodb handler,
// and the poll model end to end — an API puts an item, the stream invokes a consumer that reports
// the record it could not process, and Lambda retries from that record.
import { expect, test, type Page } from '@playwright/test';
import { openPlayground, setEditorText } from './helpers';
import { notesStreamExample } from '../src/samples/examples/notes-stream';

async function openProject(page: Page, id: string): Promise<void> {
  await Promise.all([page.waitForURL(/project=/), page.evaluate((projectId) => window.playground.project.open(projectId), id).catch(() => {})]);
  await page.evaluate(() => window.playground.ready);
}

const tables = (page: Page) => page.getByRole('navigation', { name: 'Tables' });

test('a table is created, filled and emptied by clicking; a bad item says what is wrong and changes nothing', async ({ page }) => {
  await openPlayground(page);
  await tables(page).getByRole('button', { name: 'New table' }).click();
  await page.getByLabel('Table name').fill('ab');
  await page.getByRole('button', { name: 'Create table' }).click();
  await expect(page.getByTestId('table-create-error')).toHaveText(
    "ValidationException: 1 validation error detected: Value 'ab' at 'tableName' failed to satisfy constraint: Member must have length greater than or equal to 3",
  );
  await page.getByLabel('Table name').fill('photos');
  await page.getByLabel('Partition key', { exact: true }).fill('photoId');
  await page.getByLabel('Stream').selectOption('NEW_AND_OLD_IMAGES');
  await page.getByRole('button', { name: 'Create table' }).click();
  await expect(page.getByTestId('table-name')).toHaveText('photos');
  await expect(page.getByText('This table has no items.')).toBeVisible();

  await page.getByRole('button', { name: '+ Create item' }).click();
  await setEditorText(page, 'Item JSON', '{ "photoId": { "N": "1" } }');
  await page.getByRole('button', { name: 'Save item' }).click();
  await expect(page.getByTestId('item-error')).toHaveText('ValidationException: One or more parameter values were invalid: Type mismatch for key photoId expected: S actual: N');
  await setEditorText(page, 'Item JSON', '{ "photoId": { "S": "p1" }, "likes": { "N": "3" }');
  await page.getByRole('button', { name: 'Save item' }).click();
  await expect(page.getByTestId('item-error')).toContainText('The item is not valid JSON (line 1, column');
  await setEditorText(page, 'Item JSON', '{ "photoId": { "S": "p1" }, "likes": { "N": "3" } }');
  await page.getByRole('button', { name: 'Save item' }).click();
  await expect(page.getByTestId('item-row')).toHaveCount(1);
  await expect(page.getByTestId('item-row')).toContainText('{"likes":{"N":"3"}}');

  await page.getByRole('tab', { name: 'Stream' }).click();
  await expect(page.getByRole('button', { name: /INSERT/ })).toHaveCount(1);
  await page.getByRole('tab', { name: /Items/ }).click();
  await page.getByRole('button', { name: 'Delete item p1' }).click();
  await expect(page.getByText('This table has no items.')).toBeVisible();
  await page.getByRole('tab', { name: 'Stream' }).click();
  await expect(page.getByRole('button', { name: /REMOVE/ })).toHaveCount(1);
  await page.screenshot({ path: 'test-results/dynamodb-stream-tab.png' });

  // Items are runtime data kept per project: they survive a reload, as the table does.
  await page.evaluate(() => window.playground.dynamodb.putItem({ TableName: 'photos', Item: { photoId: { S: 'kept' } } }));
  await page.reload();
  await page.evaluate(() => window.playground.ready);
  await tables(page).getByRole('button', { name: 'photos' }).click();
  await expect(page.getByTestId('item-row')).toContainText('kept');
});

test('an unmodified lib-dynamodb handler writes and queries items; without the permission it gets AccessDeniedException', async ({ page }) => {
  await openPlayground(page);
  const result = await page.evaluate(async () => {
    const pg = window.playground;
    await pg.dynamodb.createTable({
      TableName: 'feeds', BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [{ AttributeName: 'userId', AttributeType: 'S' }, { AttributeName: 'createdAt', AttributeType: 'N' }],
      KeySchema: [{ AttributeName: 'userId', KeyType: 'HASH' }, { AttributeName: 'createdAt', KeyType: 'RANGE' }],
    });
    await pg.lambda.createFunction({
      FunctionName: 'feed-writer',
      Code: {
        Files: {
          'index.mjs': `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
const ddb = DynamoDBDocumentClient.from(new DynamoDBClient({}));
export const handler = async (event) => {
  try {
    await ddb.send(new PutCommand({ TableName: 'feeds', Item: { userId: event.user, createdAt: Date.now(), text: event.text } }));
    const { Items } = await ddb.send(new QueryCommand({ TableName: 'feeds', KeyConditionExpression: 'userId = :u', ExpressionAttributeValues: { ':u': event.user } }));
    return Items.map((i) => i.text);
  } catch (e) { return { name: e.name, message: e.message }; }
};`,
        },
      },
    });
    const run = async () => JSON.parse((await pg.lambda.invoke({ FunctionName: 'feed-writer', Payload: JSON.stringify({ user: 'ana', text: 'hi' }) })).Payload);
    const denied = await run();
    await pg.iam.putFunctionRolePolicy('feed-writer', 'feeds', JSON.stringify({
      Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['dynamodb:PutItem', 'dynamodb:Query'], Resource: 'arn:aws:dynamodb:us-east-1:123456789012:table/feeds' }],
    }));
    return { denied, allowed: await run() };
  });
  expect(result.denied.name).toBe('AccessDeniedException');
  expect(result.denied.message).toMatch(/^User: arn:aws:sts::123456789012:assumed-role\/feed-writer-role\/feed-writer is not authorized to perform: dynamodb:PutItem on resource: arn:aws:dynamodb:us-east-1:123456789012:table\/feeds because no identity-based policy allows the dynamodb:PutItem action$/);
  expect(result.allowed).toEqual(['hi']);
  await tables(page).getByRole('button', { name: 'feeds' }).click();
  await expect(page.getByTestId('item-row')).toHaveCount(1);
});

test('the stream example: POST /notes puts an item, the stream invokes count-words, a reported failure is retried from that record', async ({ page }) => {
  await openPlayground(page);
  const id = await page.evaluate((doc) => window.playground.project.import(doc), notesStreamExample());
  await openProject(page, id);

  // Make the consumer fail each note containing "fail" once, reporting only that record.
  await page.evaluate(async () => {
    const { Code } = await window.playground.lambda.getFunction({ FunctionName: 'count-words' });
    const code = Code.Files['index.ts']!.replace(
      "if (record.eventName !== 'INSERT') continue;",
      "if (record.eventName !== 'INSERT') continue;\n      if (record.dynamodb!.NewImage!.text.S!.includes('fail') && !(globalThis as any).failedOnce) { (globalThis as any).failedOnce = true; throw new Error('first try fails'); }",
    );
    await window.playground.lambda.updateFunctionCode({ FunctionName: 'count-words', Files: { 'index.ts': code } });
  });

  const api = await page.evaluate(() => window.playground.apigateway.url('notesapi01'));
  const posted = await page.evaluate(async (url) => {
    const answers = [];
    for (const text of ['one two three', 'this will fail once', 'last note']) {
      const response = await fetch(`${url}/notes`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) });
      answers.push(response.status);
    }
    return answers;
  }, api);
  expect(posted).toEqual([201, 201, 201]);

  // Every note is counted exactly once in the end: 3 + 4 + 2 words.
  await expect
    .poll(async () => page.evaluate(async () => (await window.playground.dynamodb.getItem({ TableName: 'note-stats', Key: { statId: { S: 'all' } } })).Item), { timeout: 30_000 })
    .toEqual({ statId: { S: 'all' }, notes: { N: '3' }, words: { N: '9' } });
  const log = await page.evaluate(() => window.playground.logs.events('/aws/lambda/count-words').map((e) => e.message).join('\n'));
  expect(log).toContain('could not count');

  await page.getByRole('navigation', { name: 'Tables' }).getByRole('button', { name: 'notes' }).click();
  await expect(page.getByTestId('item-row')).toHaveCount(4);
  await page.getByRole('tab', { name: /Triggers/ }).click();
  await expect(page.getByTestId('mapping-state')).toHaveText('Enabled');
  await expect(page.getByTestId('mapping-result')).toHaveText('OK');
  // A second trigger of the same function on the same stream is refused, in Lambda's words.
  await page.getByRole('button', { name: '+ Add trigger' }).click();
  await page.getByLabel('Trigger function').selectOption('count-words');
  await page.getByRole('button', { name: 'Add trigger', exact: true }).click();
  await expect(page.getByTestId('trigger-error')).toContainText('ResourceConflictException: The event source arn');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.screenshot({ path: 'test-results/dynamodb-triggers.png' });

  // Disabled, the trigger stops: a new note is not counted until it is enabled again.
  await page.getByRole('button', { name: 'Disable' }).click();
  await expect(page.getByTestId('mapping-state')).toHaveText('Disabled');
  await page.evaluate((url) => fetch(`${url}/notes`, { method: 'POST', body: JSON.stringify({ text: 'while disabled' }) }), api);
  await page.waitForTimeout(1000);
  expect(await page.evaluate(async () => ((await window.playground.dynamodb.getItem({ TableName: 'note-stats', Key: { statId: { S: 'all' } } })).Item as Record<string, unknown> | undefined)?.notes)).toEqual({ N: '3' });
  await page.getByRole('button', { name: 'Enable' }).click();
  await expect
    .poll(async () => page.evaluate(async () => ((await window.playground.dynamodb.getItem({ TableName: 'note-stats', Key: { statId: { S: 'all' } } })).Item as Record<string, unknown> | undefined)?.notes), { timeout: 20_000 })
    .toEqual({ N: '4' });

  // The function's own Triggers tab shows the same mapping.
  await page.getByRole('navigation', { name: 'Functions' }).getByRole('button', { name: /^count-words/ }).click();
  await page.getByRole('tab', { name: /Triggers/ }).click();
  await expect(page.getByTestId('mapping')).toContainText('DynamoDB notes');
});
