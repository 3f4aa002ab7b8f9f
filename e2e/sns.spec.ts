// SNS in the browser: a topic with two function subscribers (one with a filter policy) and a queue,
// all subscribed by clicking. A message published from the Topics panel with an attribute reaches
// each function as SNS's event record, field for field as AWS's sample, and the queue as SNS's JSON
// envelope; a message the filter policy does not match skips that function; a bad policy is
// refused, saying where it is wrong.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openPlayground, setEditorText } from './helpers';
import { RECORDER, UUID, createFunctionWithCode, nav, openFunction, shot, waitForEvents } from './messaging-helpers';

const SAMPLE = JSON.parse(readFileSync('test-fixtures/events/aws-sam-cli/Sns.json', 'utf8')) as { Records: Array<Record<string, unknown> & { Sns: Record<string, unknown> }> };
const TOPIC_ARN = 'arn:aws:sns:us-east-1:123456789012:orders';
const QUEUE_ARN = 'arn:aws:sqs:us-east-1:123456789012:order-copies';
const SUBSCRIPTION_ARN = new RegExp(`^${TOPIC_ARN}:[0-9a-f-]{36}$`);

type SnsRecord = { EventSource: string; EventSubscriptionArn: string; Sns: Record<string, unknown> & { MessageId: string; Message: string } };

async function subscribeFunction(page: Page, functionName: string, filterPolicy?: string): Promise<void> {
  await page.getByRole('button', { name: '+ Add subscription' }).click();
  const form = page.getByRole('form', { name: 'New subscription' });
  await form.getByLabel('Protocol').selectOption('lambda');
  await form.getByLabel('Subscription function').selectOption(functionName);
  if (filterPolicy) await setEditorText(page, 'Filter policy', filterPolicy);
  await form.getByRole('button', { name: 'Subscribe' }).click();
  await expect(form).toHaveCount(0);
  // SNS takes the subscription, but may not invoke the function until its resource policy lets it.
  const prompt = page.getByTestId('sns-permission-prompt');
  await expect(prompt).toContainText(`SNS is not allowed to invoke ${functionName}`);
  await prompt.getByRole('button', { name: 'Add permission' }).click();
  await expect(prompt).toHaveCount(0);
}

/** Publishes from the panel with one String attribute and answers the MessageId it shows. */
async function publish(page: Page, message: string, kind: string): Promise<string> {
  await page.getByLabel('Subject').fill('New order');
  await page.getByLabel('Message', { exact: true }).fill(message);
  await page.getByLabel('Attribute 1 value').fill(kind);
  await page.getByRole('button', { name: 'Publish message' }).click();
  const recent = page.getByTestId('recent-messages').locator('li').filter({ hasText: message });
  await expect(recent).toHaveCount(1);
  return ((await recent.locator('.head .mono').first().textContent()) ?? '').trim();
}

test('a published message reaches the subscribed functions as SNS events and the queue as the JSON envelope; a filter policy keeps one out', async ({ page }) => {
  test.setTimeout(300_000);
  await openPlayground(page);
  await createFunctionWithCode(page, 'all-orders', RECORDER);
  await createFunctionWithCode(page, 'big-orders', RECORDER);

  await nav(page, 'Queues').getByRole('button', { name: 'New queue' }).click();
  await nav(page, 'Queues').getByLabel('Queue name').fill('order-copies');
  await nav(page, 'Queues').getByRole('button', { name: 'Create queue' }).click();
  await expect(page.getByTestId('queue-name')).toHaveText('order-copies');

  await expect(nav(page, 'Topics')).toContainText('No topics yet.');
  await shot(page, 'topics-empty');
  await nav(page, 'Topics').getByRole('button', { name: 'New topic' }).click();
  await nav(page, 'Topics').getByLabel('Topic name').fill('orders');
  await nav(page, 'Topics').getByRole('button', { name: 'Create topic' }).click();
  await expect(page.getByTestId('topic-name')).toHaveText('orders');
  await expect(page.getByText('No subscriptions: messages published to this topic go nowhere.')).toBeVisible();
  await shot(page, 'topics-new');

  // A bad filter policy is refused, saying which key and where; nothing is subscribed.
  await page.getByRole('button', { name: '+ Add subscription' }).click();
  const form = page.getByRole('form', { name: 'New subscription' });
  await form.getByLabel('Subscription function').selectOption('big-orders');
  await setEditorText(page, 'Filter policy', '{\n  "kind": ["big"],\n  "priority": "high"\n}');
  // The column is Jackson's, as SNS reports it: just past the opening quote of "high".
  const where = '"priority" must be an object or an array (at priority, line 3, column 16)';
  await expect(page.getByTestId('filter-policy-problem')).toHaveText(where);
  await expect(form.locator('.cm-lintRange-error')).toHaveCount(1);
  await form.getByRole('button', { name: 'Subscribe' }).click();
  await expect(page.getByTestId('subscription-error')).toHaveText(`The filter policy is not valid: ${where}`);
  await shot(page, 'topics-error');
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('tab', { name: 'Subscriptions (0)' })).toBeVisible();

  // Two functions, one that takes only big orders, and the queue.
  await subscribeFunction(page, 'all-orders');
  await subscribeFunction(page, 'big-orders', '{ "kind": ["big"] }');
  await page.getByRole('button', { name: '+ Add subscription' }).click();
  await form.getByLabel('Protocol').selectOption('sqs');
  await form.getByLabel('Queue ARN').fill(QUEUE_ARN);
  await form.getByRole('button', { name: 'Subscribe' }).click();
  await expect(form).toHaveCount(0);
  await expect(page.getByRole('tab', { name: 'Subscriptions (3)' })).toBeVisible();
  const rows = page.getByTestId('subscriptions-table').locator('tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText('{ "kind": ["big"] }');
  await expect(rows.nth(2)).toContainText('JSON envelope');
  await expect(page.getByText('SNS may not invoke this function')).toHaveCount(0);
  // Each row's buttons sit inside the table, not past its edge.
  const table = (await page.getByTestId('subscriptions-table').boundingBox())!;
  for (const button of await page.getByTestId('subscriptions-table').getByRole('button', { name: /^Delete subscription/ }).all()) {
    const box = (await button.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(table.x + table.width);
  }
  await shot(page, 'topics-subscriptions');

  // A big order, then a small one, each with a String attribute "kind".
  await page.getByRole('tab', { name: 'Publish message' }).click();
  await expect(page.getByText('No messages yet.', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: '+ Attribute' }).click();
  await page.getByLabel('Attribute 1 name').fill('kind');
  await page.getByLabel('Attribute 1 type').selectOption('String');
  const bigId = await publish(page, '{"order":1,"total":900}', 'big');
  const smallId = await publish(page, '{"order":2,"total":12}', 'small');
  expect(bigId).toMatch(UUID);
  const recent = page.getByTestId('recent-messages').locator('li');
  await expect(recent.filter({ hasText: smallId })).toContainText('⊘ λ big-orders (filtered)');
  await expect(recent.filter({ hasText: smallId })).toContainText('✓ λ all-orders✓ SQS order-copies');
  await expect(recent.filter({ hasText: bigId })).toContainText('✓ λ all-orders✓ λ big-orders✓ SQS order-copies');
  await expect(recent.filter({ hasText: bigId })).not.toContainText('(filtered)');
  await shot(page, 'topics-publish');

  // all-orders got both messages, big-orders only the big one: SNS's event record, field for field.
  const expectRecord = (record: SnsRecord, messageId: string, message: string, kind: string) => {
    expect(Object.keys(record)).toEqual(Object.keys(SAMPLE.Records[0]!));
    expect(Object.keys(record.Sns)).toEqual(Object.keys(SAMPLE.Records[0]!.Sns));
    expect(record).toEqual({
      EventSource: 'aws:sns', EventVersion: '1.0', EventSubscriptionArn: expect.stringMatching(SUBSCRIPTION_ARN),
      Sns: {
        Type: 'Notification', MessageId: messageId, TopicArn: TOPIC_ARN, Subject: 'New order', Message: message,
        Timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/), SignatureVersion: '1', Signature: expect.any(String),
        SigningCertUrl: expect.stringMatching(/^https:\/\/sns\.us-east-1\.amazonaws\.com\/SimpleNotificationService-[0-9a-f]+\.pem$/),
        UnsubscribeUrl: `https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=${record.EventSubscriptionArn}`,
        MessageAttributes: { kind: { Type: 'String', Value: kind } },
      },
    });
  };
  await openFunction(page, 'all-orders');
  const all = ((await waitForEvents(page, 2)) as Array<{ Records: SnsRecord[] }>).map((e) => e.Records);
  expect(all.map((records) => records.length)).toEqual([1, 1]);
  const byId = new Map(all.map(([record]) => [record!.Sns.MessageId, record!]));
  expectRecord(byId.get(bigId)!, bigId, '{"order":1,"total":900}', 'big');
  expectRecord(byId.get(smallId)!, smallId, '{"order":2,"total":12}', 'small');

  await openFunction(page, 'big-orders');
  const big = ((await waitForEvents(page, 1)) as Array<{ Records: SnsRecord[] }>).map((e) => e.Records);
  expect(big[0]).toHaveLength(1);
  expectRecord(big[0]![0]!, bigId, '{"order":1,"total":900}', 'big');
  // Each subscription has its own ARN, which its records carry.
  expect(big[0]![0]!.EventSubscriptionArn).not.toBe(byId.get(bigId)!.EventSubscriptionArn);
  await page.waitForTimeout(1000);
  expect(await waitForEvents(page, 1)).toHaveLength(1);

  // The queue got both as SNS's JSON envelope (not filtered: it has no policy).
  await nav(page, 'Queues').getByRole('button', { name: /^order-copies/ }).click();
  await expect(page.getByTestId('queue-counts')).toHaveText('2 available 0 in flight 0 delayed');
  await page.getByRole('button', { name: 'Poll for messages' }).click();
  const received = page.getByTestId('received-message');
  await expect(received).toHaveCount(2);
  const bodies = (await received.locator('.body-text').allTextContents()).map((b) => b);
  const envelopes = bodies.map((b) => JSON.parse(b) as Record<string, unknown>).sort((a, b) => (a.Message as string).localeCompare(b.Message as string));
  expect(bodies[0]).toMatch(/^\{\n {2}"Type" : "Notification",\n {2}"MessageId" : "/);
  for (const [envelope, [id, message, kind]] of envelopes.map((e, i) => [e, [[bigId, '{"order":1,"total":900}', 'big'], [smallId, '{"order":2,"total":12}', 'small']][i]!] as const)) {
    expect(Object.keys(envelope)).toEqual(['Type', 'MessageId', 'TopicArn', 'Subject', 'Message', 'Timestamp', 'SignatureVersion', 'Signature', 'SigningCertURL', 'UnsubscribeURL', 'MessageAttributes']);
    expect(envelope).toMatchObject({ Type: 'Notification', MessageId: id, TopicArn: TOPIC_ARN, Subject: 'New order', Message: message, SignatureVersion: '1', MessageAttributes: { kind: { Type: 'String', Value: kind } } });
    expect(envelope.UnsubscribeURL).toMatch(new RegExp(`SubscriptionArn=${TOPIC_ARN}:[0-9a-f-]{36}$`));
  }

  await nav(page, 'Topics').getByRole('button', { name: /^orders/ }).click();
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, 'topics-390');
});
