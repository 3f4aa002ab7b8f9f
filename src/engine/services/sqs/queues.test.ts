// The queue operations: CreateQueue's defaults, names and idempotency, GetQueueUrl, GetQueueAttributes,
// SetQueueAttributes, ListQueues and DeleteQueue, with SQS's error names and messages.
import { describe, expect, it } from 'vitest';
import { failure, sqsHarness } from './test-support';

const URL = 'https://sqs.us-east-1.amazonaws.com/123456789012/jobs';
const ARN = 'arn:aws:sqs:us-east-1:123456789012:jobs';

describe('CreateQueue and GetQueueAttributes', () => {
  it("creates a standard queue with SQS's defaults and reports every attribute for All", async () => {
    const h = sqsHarness();
    expect(await h.sqs.createQueue({ QueueName: 'jobs', tags: { team: 'a' } })).toEqual({ QueueUrl: URL });
    const created = String(Math.floor(h.clock.now() / 1000));
    expect(await h.sqs.getQueueAttributes({ QueueUrl: URL, AttributeNames: ['All'] })).toEqual({
      Attributes: {
        QueueArn: ARN, ApproximateNumberOfMessages: '0', ApproximateNumberOfMessagesNotVisible: '0', ApproximateNumberOfMessagesDelayed: '0',
        CreatedTimestamp: created, LastModifiedTimestamp: created, VisibilityTimeout: '30', MaximumMessageSize: '1048576',
        MessageRetentionPeriod: '345600', DelaySeconds: '0', ReceiveMessageWaitTimeSeconds: '0', SqsManagedSseEnabled: 'true',
      },
    });
    expect(await h.sqs.getQueueAttributes({ QueueUrl: URL })).toEqual({});
    expect(await h.sqs.getQueueAttributes({ QueueUrl: URL, AttributeNames: ['VisibilityTimeout', 'QueueArn'] })).toEqual({ Attributes: { VisibilityTimeout: '30', QueueArn: ARN } });
    expect(h.events).toContain('queues');
  });

  it('creates a FIFO queue from FifoQueue and a .fifo name, and refuses the wrong combinations', async () => {
    const h = sqsHarness();
    await h.queue('orders.fifo', { FifoQueue: 'true', ContentBasedDeduplication: 'true' });
    const { Attributes } = await h.sqs.getQueueAttributes({ QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/orders.fifo', AttributeNames: ['All'] });
    expect(Attributes).toMatchObject({ FifoQueue: 'true', ContentBasedDeduplication: 'true', DeduplicationScope: 'queue', FifoThroughputLimit: 'perQueue' });
    expect(await failure(() => h.queue('orders', { FifoQueue: 'true' }))).toEqual({
      code: 'InvalidParameterValue', statusCode: 400,
      message: 'The name of a FIFO queue can only include alphanumeric characters, hyphens, or underscores, must end with .fifo suffix and be 1 to 80 in length',
    });
    const plain = { code: 'InvalidParameterValue', statusCode: 400, message: 'Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length' };
    expect(await failure(() => h.queue('other.fifo'))).toEqual(plain);
    expect(await failure(() => h.queue('has space'))).toEqual(plain);
    expect(await failure(() => h.queue('x'.repeat(81)))).toEqual(plain);
    expect(await failure(() => h.queue('std', { FifoQueue: 'false' }))).toMatchObject({ code: 'InvalidAttributeName', message: 'Unknown Attribute FifoQueue.' });
    expect(await failure(() => h.queue('std', { ContentBasedDeduplication: 'true' }))).toMatchObject({ code: 'InvalidAttributeName', message: 'Unknown Attribute ContentBasedDeduplication.' });
  });

  it('checks attribute names and values', async () => {
    const h = sqsHarness();
    expect(await failure(() => h.queue('q', { VisibilityTimeout: '43201' }))).toEqual({ code: 'InvalidAttributeValue', statusCode: 400, message: 'Invalid value for the parameter VisibilityTimeout.' });
    expect(await failure(() => h.queue('q', { MessageRetentionPeriod: '59' }))).toMatchObject({ message: 'Invalid value for the parameter MessageRetentionPeriod.' });
    expect(await failure(() => h.queue('q', { DelaySeconds: 'soon' }))).toMatchObject({ message: 'Invalid value for the parameter DelaySeconds.' });
    expect(await failure(() => h.queue('q', { Colour: 'blue' }))).toEqual({ code: 'InvalidAttributeName', statusCode: 400, message: 'Unknown Attribute Colour.' });
    expect(await failure(() => h.queue('q', { QueueArn: ARN }))).toMatchObject({ code: 'InvalidAttributeName', message: `Unknown Attribute QueueArn.` });
    expect(await failure(() => h.queue('q', { FifoThroughputLimit: 'perQueue' }))).toMatchObject({ message: 'You can specify the FifoThroughputLimit only when FifoQueue is set to true.' });
    await h.queue('q', { VisibilityTimeout: '45', MaximumMessageSize: '1024', Policy: '{"Version":"2012-10-17"}' });
    const { Attributes } = await h.sqs.getQueueAttributes({ QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/q', AttributeNames: ['All'] });
    expect(Attributes).toMatchObject({ VisibilityTimeout: '45', MaximumMessageSize: '1024', Policy: '{"Version":"2012-10-17"}' });
    await expect(h.sqs.getQueueAttributes({ QueueUrl: URL, AttributeNames: ['Nope'] })).rejects.toMatchObject({ code: 'QueueDoesNotExist' });
    expect(await failure(() => h.sqs.getQueueAttributes({ QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/q', AttributeNames: ['Nope'] }))).toMatchObject({
      code: 'InvalidAttributeName', message: 'Unknown Attribute Nope.',
    });
  });

  it('answers the existing queue for the same attributes, and QueueNameExists for different ones', async () => {
    const h = sqsHarness();
    await h.queue('jobs', { VisibilityTimeout: '60' });
    expect(await h.sqs.createQueue({ QueueName: 'jobs', Attributes: { VisibilityTimeout: '60' } })).toEqual({ QueueUrl: URL });
    expect(await h.sqs.createQueue({ QueueName: 'jobs' })).toEqual({ QueueUrl: URL });
    expect(await failure(() => h.queue('jobs', { VisibilityTimeout: '30' }))).toEqual({
      code: 'QueueNameExists', statusCode: 400, message: 'A queue already exists with the same name and a different value for attribute VisibilityTimeout',
    });
  });
});

describe('GetQueueUrl, ListQueues, SetQueueAttributes, DeleteQueue', () => {
  it('finds queues by name, and by any URL shape the SDKs send', async () => {
    const h = sqsHarness();
    await h.queue('jobs');
    expect(await h.sqs.getQueueUrl({ QueueName: 'jobs' })).toEqual({ QueueUrl: URL });
    expect(await failure(() => h.sqs.getQueueUrl({ QueueName: 'nope' }))).toEqual({ code: 'QueueDoesNotExist', statusCode: 400, message: 'The specified queue does not exist.' });
    expect(await failure(() => h.sqs.getQueueUrl({ QueueName: 'jobs', QueueOwnerAWSAccountId: '999999999999' }))).toMatchObject({ code: 'QueueDoesNotExist' });
    for (const url of [URL, `${URL}/`, 'https://queue.amazonaws.com/123456789012/jobs', 'https://us-east-1.queue.amazonaws.com/123456789012/jobs', 'sqs.us-east-1.amazonaws.com/123456789012/jobs']) {
      await expect(h.sqs.getQueueAttributes({ QueueUrl: url, AttributeNames: ['QueueArn'] })).resolves.toEqual({ Attributes: { QueueArn: ARN } });
    }
    expect(await failure(() => h.sqs.getQueueAttributes({}))).toEqual({ code: 'MissingParameter', statusCode: 400, message: 'The request must contain the parameter QueueUrl.' });
    for (const url of ['jobs', 'https://sqs.eu-west-1.amazonaws.com/123456789012/jobs', 'https://sqs.us-east-1.amazonaws.com/999999999999/jobs']) {
      await expect(h.sqs.getQueueAttributes({ QueueUrl: url })).rejects.toMatchObject({ code: 'QueueDoesNotExist', message: 'The specified queue does not exist.' });
    }
  });

  it('lists queue URLs by prefix, a page at a time with MaxResults', async () => {
    const h = sqsHarness();
    expect(await h.sqs.listQueues({})).toEqual({});
    for (const name of ['b-jobs', 'a-jobs', 'a-mail', 'c']) await h.queue(name);
    const base = 'https://sqs.us-east-1.amazonaws.com/123456789012/';
    expect(await h.sqs.listQueues({ QueueNamePrefix: 'a-' })).toEqual({ QueueUrls: [`${base}a-jobs`, `${base}a-mail`] });
    const first = await h.sqs.listQueues({ MaxResults: 3 });
    expect(first.QueueUrls).toEqual([`${base}a-jobs`, `${base}a-mail`, `${base}b-jobs`]);
    expect(await h.sqs.listQueues({ MaxResults: 3, NextToken: first.NextToken! })).toEqual({ QueueUrls: [`${base}c`] });
    expect(await failure(() => h.sqs.listQueues({ MaxResults: 0 }))).toMatchObject({ code: 'InvalidParameterValue', message: 'Value 0 for parameter MaxResults is invalid. Reason: MaxResults must be an integer between 1 and 1000.' });
  });

  it('changes attributes with SetQueueAttributes and moves LastModifiedTimestamp', async () => {
    const h = sqsHarness();
    await h.queue('jobs');
    h.clock.advance(5000);
    await h.sqs.setQueueAttributes({ QueueUrl: URL, Attributes: { VisibilityTimeout: '5', DelaySeconds: '2' } });
    const { Attributes } = await h.sqs.getQueueAttributes({ QueueUrl: URL, AttributeNames: ['All'] });
    expect(Attributes).toMatchObject({ VisibilityTimeout: '5', DelaySeconds: '2', LastModifiedTimestamp: String(Math.floor(h.clock.now() / 1000)) });
    expect(Number(Attributes!.LastModifiedTimestamp)).toBeGreaterThan(Number(Attributes!.CreatedTimestamp));
    expect(h.sqs.findQueueDef('jobs')).toMatchObject({ visibilityTimeout: 5, delaySeconds: 2 });
    await h.queue('orders.fifo', { FifoQueue: 'true' });
    expect(await failure(() => h.sqs.setQueueAttributes({ QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/orders.fifo', Attributes: { FifoQueue: 'false' } }))).toEqual({
      code: 'InvalidAttributeValue', statusCode: 400, message: 'Invalid value for the parameter FifoQueue. Reason: Modifying queue type is not supported.',
    });
  });

  it('deletes a queue and its messages; the name is taken for 60 seconds', async () => {
    const h = sqsHarness();
    await h.queue('jobs');
    await h.sqs.sendMessage({ QueueUrl: URL, MessageBody: 'x' });
    expect(await h.sqs.deleteQueue({ QueueUrl: URL })).toEqual({});
    expect(h.sqs.listQueueDefs()).toEqual([]);
    expect(await h.store.load('jobs')).toBeUndefined();
    expect(await failure(() => h.queue('jobs'))).toEqual({
      code: 'QueueDeletedRecently', statusCode: 400, message: 'You must wait 60 seconds after deleting a queue before you can create another with the same name.',
    });
    h.clock.advance(60_000);
    await h.queue('jobs');
    expect(await h.bodies(URL)).toEqual([]);
  });
});
