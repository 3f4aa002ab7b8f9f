// The queues' UI state over a real engine with the SQS service attached as the engine will expose it
// (`engine.sqs`, `queues-changed` and `messages-changed`): the list, live counts, sending, polling,
// deleting, settings with a dead-letter queue, the project slice, and the role fix for triggers.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/engine';
import { createSqsService } from '../../engine/services/sqs/service';
import { ManualClock } from '../../engine/testing/fake-ports';
import { LOGGER, testEngine } from '../shared/state-test-engine';
import { emptySendForm } from './queue-form';
import { QueueList } from './queue-list.svelte';
import { asQueueDef, queueSlice } from './queue-slice';

let engine: Engine;
let clock: ManualClock;
let notices: string[];
let list: QueueList;
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(async () => {
  const base = await testEngine();
  clock = new ManualClock();
  const emit = (event: unknown) => base.events.emit(event as never);
  const sqs = createSqsService({ clock, changed: () => emit({ type: 'queues-changed' }), messagesChanged: (queue) => emit({ type: 'messages-changed', queue }) });
  engine = Object.assign(base, { sqs }) as unknown as Engine;
  notices = [];
  list = new QueueList(engine, (kind, text) => notices.push(`${kind}: ${text}`));
});
afterEach(() => engine.dispose());

describe('queue list', () => {
  it('creates and selects queues, shows SQS errors, and follows queues made elsewhere', async () => {
    expect(await list.create({ name: 'orders', fifo: true, contentBasedDeduplication: true })).toBeUndefined();
    expect(list.selected).toBe('orders.fifo');
    expect(await list.create({ name: 'bad name', fifo: false, contentBasedDeduplication: false })).toBe(
      'InvalidParameterValue: Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length',
    );
    await engine.sqs.createQueue({ QueueName: 'from-script' });
    expect(list.queues.map((q) => q.name)).toEqual(['from-script', 'orders.fifo']);
    list.selected = 'from-script';
    expect(await list.delete('from-script')).toBeUndefined();
    expect(list.selected).toBe('orders.fifo');
    expect(notices).toEqual(['info: Deleted the queue from-script and its messages. SQS keeps the name taken for 60 seconds.']);
  });

  it('keeps the counts live as messages are sent, received and become visible again', async () => {
    await list.create({ name: 'jobs', fifo: false, contentBasedDeduplication: false });
    const view = list.view('jobs');
    expect(await view.send({ ...emptySendForm(), body: 'hello' })).toEqual({ messageId: expect.any(String) });
    expect(await view.send({ ...emptySendForm(), body: '' })).toEqual({ error: 'MissingParameter: The request must contain the parameter MessageBody.' });
    await flush();
    expect(view.counts).toEqual({ visible: 1, inFlight: 0, delayed: 0 });
    expect(await view.poll()).toBeUndefined();
    expect(view.received).toEqual([expect.objectContaining({ Body: 'hello', Attributes: expect.objectContaining({ ApproximateReceiveCount: '1' }) })]);
    await flush();
    expect(view.counts).toEqual({ visible: 0, inFlight: 1, delayed: 0 });
    clock.advance(30_000);
    await flush();
    expect(view.counts).toEqual({ visible: 1, inFlight: 0, delayed: 0 });
    await view.poll();
    expect(await view.delete(view.received[0]!)).toBeUndefined();
    expect(view.received[0]!.deleted).toBe(true);
    await flush();
    expect(view.counts).toEqual({ visible: 0, inFlight: 0, delayed: 0 });
  });

  it('saves settings with a dead-letter queue of the same type, and refuses one of the other type', async () => {
    for (const name of ['jobs', 'jobs-dlq']) await list.create({ name, fifo: false, contentBasedDeduplication: false });
    await list.create({ name: 'orders', fifo: true, contentBasedDeduplication: false });
    expect(list.deadLetterChoices('jobs')).toEqual(['jobs-dlq']);
    const form = { visibilityTimeout: 10, delaySeconds: 0, messageRetentionPeriod: 3600, maximumMessageSize: 1024, receiveMessageWaitTimeSeconds: 0, deadLetterQueue: 'jobs-dlq', maxReceiveCount: 2, contentBasedDeduplication: false };
    expect(await list.saveSettings('jobs', form)).toBeUndefined();
    expect(list.queues.find((q) => q.name === 'jobs')).toMatchObject({ visibilityTimeout: 10, redrivePolicy: { deadLetterTargetArn: 'arn:aws:sqs:us-east-1:123456789012:jobs-dlq', maxReceiveCount: 2 } });
    expect(await list.saveSettings('jobs', { ...form, deadLetterQueue: 'orders.fifo' })).toMatch(/^InvalidParameterValue: .*Reason: Dead-letter queue must be same type of queue as the source\.$/);
  });

  it('saves queues in the project document and restores them, filling in what a hand-written one leaves out', async () => {
    await list.create({ name: 'jobs', fifo: false, contentBasedDeduplication: false });
    const saved = queueSlice.read(engine);
    expect(saved).toEqual([expect.objectContaining({ name: 'jobs', visibilityTimeout: 30 })]);
    expect(asQueueDef({ name: 'orders.fifo', visibilityTimeout: 45 }, 1000)).toEqual({
      name: 'orders.fifo', fifo: true, contentBasedDeduplication: false, visibilityTimeout: 45, delaySeconds: 0, messageRetentionPeriod: 345_600,
      maximumMessageSize: 1_048_576, receiveMessageWaitTimeSeconds: 0, createdTimestamp: 1000, lastModifiedTimestamp: 1000,
    });
    await queueSlice.restore(engine, { name: 'restored' });
    expect(list.queues.map((q) => q.name)).toEqual(['jobs', 'restored']);
    expect(queueSlice.describe({ name: 'jobs' })).toBe('the queue jobs');
  });

  it("adds the poller's actions on the queue to a function's role", async () => {
    await list.create({ name: 'jobs', fifo: false, contentBasedDeduplication: false });
    await engine.lambda.createFunction({ FunctionName: 'worker', Code: { Files: { 'index.mjs': LOGGER } } });
    expect(await list.allowPoll('worker', 'jobs')).toBeUndefined();
    const { Role } = await engine.lambda.getFunctionConfiguration({ FunctionName: 'worker' });
    const role = engine.iam.roleOf({ functionName: 'worker', roleArn: Role });
    const policy = role.inlinePolicies.find((p) => p.policyName === 'jobs-sqs-poll');
    expect(JSON.parse(policy!.document)).toEqual({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'], Resource: 'arn:aws:sqs:us-east-1:123456789012:jobs' }],
    });
  });
});
