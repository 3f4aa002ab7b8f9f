// SQS messages are kept in IndexedDB with their project: messages sent from the Queues panel are
// there after a reload, with their states, attributes, receive counts and a FIFO queue's groups and
// deduplication IDs; deleting the queue, or the project, leaves none of them behind.
import { expect, test, type Page } from '@playwright/test';
import { openPlayground, setEditorText } from './helpers';
import { clickAndLoad, openMenu } from './project-helpers';

// Each test loads the app two or three times, which takes a while on a busy machine.
test.describe.configure({ timeout: 180_000 });

async function reload(page: Page): Promise<void> {
  await page.reload();
  await page.evaluate(() => window.playground.ready);
}

/** The message records IndexedDB holds for a project (`scope`), as `queue: body` (and ` ×receives`). */
function storedMessages(page: Page, scope: string, withReceives = false): Promise<string[]> {
  return page.evaluate(([scope, withReceives]) => new Promise<string[]>((resolve, reject) => {
    const open = indexedDB.open('serverless-playground-sqs');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const request = db.transaction('messages').objectStore('messages').getAll(IDBKeyRange.bound([scope], [scope, []]));
      request.onsuccess = () => {
        db.close();
        const records = request.result as Array<{ queue: string; message: { body: string; receiveCount?: number } }>;
        resolve(records.map((r) => `${r.queue}: ${r.message.body}${withReceives ? ` ×${r.message.receiveCount ?? 0}` : ''}`).sort());
      };
      request.onerror = () => reject(request.error);
    };
  }), [scope, withReceives] as const);
}

test('messages sent from the Queues panel are back after a reload, with their counts and bodies', async ({ page }) => {
  await openPlayground(page);
  const queues = page.getByRole('navigation', { name: 'Queues' });
  await queues.getByRole('button', { name: 'New queue' }).click();
  await page.getByLabel('Queue name').fill('jobs');
  await page.getByRole('button', { name: 'Create queue' }).click();
  await expect(page.getByTestId('queue-name')).toHaveText('jobs');

  const send = page.getByRole('form', { name: 'Send message' });
  for (const body of ['{"job":1}', 'second job']) {
    await setEditorText(page, 'Message body', body);
    await send.getByRole('button', { name: 'Send message' }).click();
    await expect(send.getByRole('status')).toContainText('Sent message');
  }
  const counts = page.getByTestId('queue-counts');
  await expect(counts).toContainText('2 available');

  await reload(page);
  await queues.getByRole('button', { name: 'jobs' }).click();
  await expect(page.getByTestId('queue-name')).toHaveText('jobs');
  await expect(counts).toContainText('2 available');
  await expect(counts).toContainText('0 in flight');
  await page.getByRole('button', { name: 'Poll for messages' }).click();
  const received = page.getByTestId('received-message');
  await expect(received).toHaveCount(2);
  await expect(received.nth(0)).toContainText('{"job":1}');
  await expect(received.nth(1)).toContainText('second job');
  await expect(received.nth(0)).toContainText('received 1×');
  await expect(counts).toContainText('2 in flight');

  // The receive is kept too: after another reload both are still in flight, not available.
  await expect.poll(async () => (await storedMessages(page, await page.evaluate(() => window.playground.project.current().id))).length).toBe(2);
  await reload(page);
  await queues.getByRole('button', { name: 'jobs' }).click();
  await expect(counts).toContainText('0 available');
  await expect(counts).toContainText('2 in flight');
});

test('a FIFO queue keeps groups, in-flight messages, attributes, receive counts and deduplication IDs across a reload; deleting it removes its messages', async ({ page }) => {
  await openPlayground(page);
  const scope = await page.evaluate(() => window.playground.project.current().id);
  const sent = await page.evaluate(async () => {
    const { sqs } = window.playground;
    const { QueueUrl } = await sqs.createQueue({ QueueName: 'orders.fifo', Attributes: { FifoQueue: 'true', VisibilityTimeout: '30' } });
    const answers = [];
    for (const [body, group] of [['a1', 'A'], ['b1', 'B'], ['a2', 'A']]) {
      answers.push(await sqs.sendMessage({
        QueueUrl, MessageBody: body, MessageGroupId: group, MessageDeduplicationId: `dedup-${body}`,
        MessageAttributes: { amount: { DataType: 'Number', StringValue: '12.5' } },
      }));
    }
    const { Messages = [] } = await sqs.receiveMessage({ QueueUrl, MaxNumberOfMessages: 1, MessageSystemAttributeNames: ['SentTimestamp'] });
    return { QueueUrl, answers, first: Messages[0] };
  });
  expect(sent.first).toMatchObject({ Body: 'a1' });

  // A receive is stored after it answers (at-least-once delivery allows receiving again after a reload): wait for it.
  await expect.poll(() => storedMessages(page, scope, true)).toEqual(['orders.fifo: a1 ×1', 'orders.fifo: a2 ×0', 'orders.fifo: b1 ×0']);
  await reload(page);
  const after = await page.evaluate(async ({ QueueUrl }) => {
    const { sqs, clock } = window.playground;
    const states = sqs.peekMessages('orders.fifo').map((m) => `${m.body} ${m.state} ${m.receiveCount}`);
    // Group A has a1 in flight: only B is offered.
    const held = (await sqs.receiveMessage({ QueueUrl, MaxNumberOfMessages: 10, VisibilityTimeout: 0 })).Messages?.map((m) => m.Body);
    const duplicate = await sqs.sendMessage({ QueueUrl, MessageBody: 'a1 again', MessageGroupId: 'A', MessageDeduplicationId: 'dedup-a1' });
    clock.advance(30_000);
    const { Messages = [] } = await sqs.receiveMessage({ QueueUrl, MaxNumberOfMessages: 10, MessageSystemAttributeNames: ['All'], MessageAttributeNames: ['All'] });
    return { states, held, duplicate, received: Messages };
  }, sent);
  expect(after.states).toEqual(['a1 in-flight 1', 'b1 visible 0', 'a2 visible 0']);
  expect(after.held).toEqual(['b1']);
  expect(after.duplicate.MessageId).toBe(sent.answers[0]!.MessageId);
  expect(after.received.map((m) => m.Body)).toEqual(['a1', 'a2', 'b1']);
  expect(after.received[0]).toMatchObject({
    MessageId: sent.answers[0]!.MessageId,
    MessageAttributes: { amount: { DataType: 'Number', StringValue: '12.5' } },
    Attributes: { ApproximateReceiveCount: '2', SentTimestamp: sent.first!.Attributes!.SentTimestamp, SequenceNumber: sent.answers[0]!.SequenceNumber, MessageDeduplicationId: 'dedup-a1' },
  });

  await expect.poll(() => storedMessages(page, scope)).toEqual(['orders.fifo: a1', 'orders.fifo: a2', 'orders.fifo: b1']);
  await page.evaluate(({ QueueUrl }) => window.playground.sqs.deleteQueue({ QueueUrl }), sent);
  expect(await storedMessages(page, scope)).toEqual([]);
});

test('deleting a project leaves none of its messages in the browser', async ({ page }) => {
  await openPlayground(page);
  const scope = await page.evaluate(async () => {
    const { sqs, project } = window.playground;
    const { QueueUrl } = await sqs.createQueue({ QueueName: 'jobs' });
    await sqs.sendMessage({ QueueUrl, MessageBody: 'of the first project' });
    return project.current().id;
  });
  expect(await storedMessages(page, scope)).toEqual(['jobs: of the first project']);

  let menu = await openMenu(page);
  await clickAndLoad(page, menu.getByRole('button', { name: '+ Blank project' }));
  menu = await openMenu(page);
  await menu.getByRole('button', { name: 'Delete My project' }).click();
  await expect.poll(async () => (await page.evaluate(() => window.playground.project.list())).map((p) => p.id), { timeout: 20_000 }).not.toContain(scope);
  await reload(page);
  await expect.poll(() => storedMessages(page, scope), { timeout: 15_000 }).toEqual([]);
});
