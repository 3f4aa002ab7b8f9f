// SQS in the browser: a queue with a dead-letter queue and a function reading it through a trigger
// that reports batch item failures, all set up by clicking. A batch sent from the queue panel is
// processed; the messages that succeeded are deleted, the one the function reports comes back after
// the visibility timeout (brought forward on the playground clock) and, past maxReceiveCount, lands
// in the dead-letter queue, where its panel shows it; the counts follow along the way.
import { expect, test, type Page } from '@playwright/test';
import { openPlayground, setEditorText } from './helpers';
import { createFunctionWithCode, nav, openFunction, shot, waitForEvents } from './messaging-helpers';

const QUEUE_ARN = 'arn:aws:sqs:us-east-1:123456789012:jobs';
const CONSUMER = `export const handler = async (event) => {
  console.log('EVENT ' + JSON.stringify(event));
  // Report the messages that could not be processed; Lambda deletes the others.
  const failed = event.Records.filter((record) => record.body.includes('fail'));
  return { batchItemFailures: failed.map((record) => ({ itemIdentifier: record.messageId })) };
};
`;

type SqsRecord = { messageId: string; body: string; attributes: Record<string, string>; eventSource: string; eventSourceARN: string };
const clock = (page: Page) => page.getByRole('group', { name: 'Playground clock' });
const counts = (page: Page) => page.getByTestId('queue-counts');
const expectCounts = (page: Page, visible: number, inFlight: number, delayed: number) =>
  expect(counts(page)).toHaveText(`${visible} available ${inFlight} in flight ${delayed} delayed`);

async function createQueue(page: Page, name: string): Promise<void> {
  await nav(page, 'Queues').getByRole('button', { name: 'New queue' }).click();
  await nav(page, 'Queues').getByLabel('Queue name').fill(name);
  await nav(page, 'Queues').getByRole('button', { name: 'Create queue' }).click();
  await expect(page.getByTestId('queue-name')).toHaveText(name);
}

async function openQueue(page: Page, name: string): Promise<void> {
  await nav(page, 'Queues').getByRole('button', { name: new RegExp(`^${name.replace('.', '\\.')}( |$)`) }).click();
  await expect(page.getByTestId('queue-name')).toHaveText(name);
}

/** Sends a message from the panel and answers its MessageId, as the panel reports it. */
async function send(page: Page, body: string, delaySeconds?: number): Promise<string> {
  await setEditorText(page, 'Message body', body);
  await page.getByLabel('Delay (s)').fill(delaySeconds === undefined ? '' : String(delaySeconds));
  await page.getByRole('button', { name: 'Send message', exact: true }).click();
  const status = page.getByRole('status').filter({ hasText: /^Sent message / });
  await expect(status).toHaveText(/^Sent message [0-9a-f-]{36}\.$/);
  const id = /Sent message ([0-9a-f-]{36})/.exec((await status.textContent()) ?? '')![1]!;
  return id;
}

test('a reported batch item failure comes back after the visibility timeout and, after maxReceiveCount, lands in the dead-letter queue', async ({ page }) => {
  test.setTimeout(300_000);
  await openPlayground(page);
  await createFunctionWithCode(page, 'process-jobs', CONSUMER);

  await expect(nav(page, 'Queues')).toContainText('No queues yet.');
  await shot(page, 'queues-empty');
  await createQueue(page, 'jobs-dlq');
  await createQueue(page, 'jobs');
  await expectCounts(page, 0, 0, 0);
  await shot(page, 'queues-new');

  // The redrive policy: the dead-letter queue and maxReceiveCount 2, saved with SetQueueAttributes.
  await page.getByRole('tab', { name: 'Settings' }).click();
  await expect(page.getByLabel('Visibility timeout (s)')).toHaveValue('30');
  await page.getByLabel('Dead-letter queue').selectOption('jobs-dlq');
  await page.getByLabel('Maximum receives').fill('2');
  await expect(page.getByText('A message received 2 times without being deleted moves to arn:aws:sqs:us-east-1:123456789012:jobs-dlq on its next receive.')).toBeVisible();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expect(nav(page, 'Queues').getByRole('button', { name: /^jobs / })).toContainText('DLQ');

  // The trigger: Lambda refuses it until the function's role may read the queue, and offers the fix.
  await page.getByRole('tab', { name: /^Triggers/ }).click();
  await expect(page.getByText('No function reads this queue yet.')).toBeVisible();
  await expect(page.getByLabel('Triggers')).toContainText('become visible again after the visibility timeout (30 s) and move to the dead-letter queue after 2 receives.');
  await page.getByRole('button', { name: '+ Add trigger' }).click();
  await page.getByLabel('Trigger function').selectOption('process-jobs');
  await page.getByLabel('Report batch item failures').check();
  await page.getByRole('button', { name: 'Add trigger', exact: true }).click();
  await expect(page.getByTestId('trigger-error')).toContainText('sqs:ReceiveMessage');
  await shot(page, 'queues-trigger-error');
  await page.getByRole('button', { name: 'Add permissions to the role' }).click();
  await page.getByRole('button', { name: 'Add trigger', exact: true }).click();
  const mapping = page.getByTestId('mapping');
  await expect(mapping).toContainText('λ process-jobs');
  await expect(mapping).toContainText('reports batch item failures');
  await expect(page.getByTestId('mapping-state')).toHaveText('Enabled');

  // Held while the batch is sent, so the poller takes the three ready messages in one batch.
  await mapping.getByRole('button', { name: 'Disable' }).click();
  await expect(page.getByTestId('mapping-state')).toHaveText('Disabled');
  await page.getByRole('tab', { name: 'Send and receive' }).click();
  await send(page, 'job-1');
  const failingId = await send(page, 'job-2 will fail');
  await send(page, 'job-3');
  await send(page, 'job-4 later', 90);
  await expectCounts(page, 3, 0, 1);
  await shot(page, 'queues-messages');

  // One batch of three: two deleted, the reported one hidden for the visibility timeout.
  await page.getByRole('tab', { name: /^Triggers/ }).click();
  await mapping.getByRole('button', { name: 'Enable' }).click();
  await expect(page.getByTestId('mapping-last-batch')).toContainText('3 messages, some records failed');
  await expect(page.getByTestId('mapping-error')).toHaveText('Partial batch response: 1 of 3 messages failed and are received again after the visibility timeout');
  await expectCounts(page, 0, 1, 1);
  await shot(page, 'queues-triggers');

  // The next timer is the end of the visibility timeout (before the delayed message's): the message
  // is received a second time and fails again.
  const jump = clock(page).getByRole('button', { name: 'Jump to the next timer' });
  await jump.click();
  await expect(page.getByTestId('mapping-last-batch')).toContainText('1 message, some records failed');
  await expectCounts(page, 0, 1, 1);

  // After its second receive it has reached maxReceiveCount: the next receive moves it to the dead-letter queue.
  await jump.click();
  await expectCounts(page, 0, 0, 1);
  // Then the delayed message becomes visible and is processed.
  await jump.click();
  await expectCounts(page, 0, 0, 0);
  await expect(page.getByTestId('mapping-last-batch')).toContainText('1 message, succeeded');

  // The function saw three batches: all three ready messages, the failing one again, then the delayed one.
  await openFunction(page, 'process-jobs');
  const events = (await waitForEvents(page, 3)) as Array<{ Records: SqsRecord[] }>;
  expect(events.map((e) => e.Records.map((r) => r.body))).toEqual([['job-1', 'job-2 will fail', 'job-3'], ['job-2 will fail'], ['job-4 later']]);
  expect(events[1]!.Records[0]!.messageId).toBe(failingId);
  expect(events.map((e) => e.Records[0]!.attributes.ApproximateReceiveCount)).toEqual(['1', '2', '1']);
  for (const record of events.flatMap((e) => e.Records)) {
    expect(record).toMatchObject({ eventSource: 'aws:sqs', eventSourceARN: QUEUE_ARN, awsRegion: 'us-east-1', md5OfBody: expect.stringMatching(/^[0-9a-f]{32}$/) });
  }

  // The dead-letter queue's panel: one message, the failing one, with its body and where it came from.
  await openQueue(page, 'jobs-dlq');
  await expectCounts(page, 1, 0, 0);
  await page.getByRole('button', { name: 'Poll for messages' }).click();
  const received = page.getByTestId('received-message');
  await expect(received).toHaveCount(1);
  await expect(received).toContainText('job-2 will fail');
  await expectCounts(page, 0, 1, 0);
  await received.getByRole('button', { name: /job-2 will fail/ }).click();
  await expect(received.locator('dd').first()).toHaveText(failingId);
  await expect(received).toContainText(`DeadLetterQueueSourceArn${QUEUE_ARN}`);
  await shot(page, 'queues-dlq');
  await received.getByRole('button', { name: 'Delete' }).click();
  await expect(received).toContainText('deleted');
  await expectCounts(page, 0, 0, 0);

  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, 'queues-390');
});
