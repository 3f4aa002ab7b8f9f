// Sending, receiving and deleting: the answers' shapes and MD5s, the visibility timeout, delays,
// receipt handles, retention and purging, on the playground clock, with SQS's error messages.
import { describe, expect, it } from 'vitest';
import { failure, sqsHarness, URL_OF } from './test-support';

const URL = URL_OF('jobs');

async function setup(attributes?: Record<string, string>) {
  const h = sqsHarness();
  await h.queue('jobs', attributes);
  return h;
}

describe('SendMessage and ReceiveMessage', () => {
  it('answers with the MessageId and MD5s, and receives the message with the attributes asked for', async () => {
    const h = await setup();
    const sent = await h.sqs.sendMessage({
      QueueUrl: URL, MessageBody: 'Hello from SQS!', MessageAttributes: { attribName1: { DataType: 'String', StringValue: 'attribValue 1' } },
    }, { senderId: 'AROAEXAMPLE:worker' });
    expect(sent).toEqual({ MessageId: expect.stringMatching(/^[0-9a-f-]{36}$/), MD5OfMessageBody: '7b270e59b47ff90a553787216d55d91d', MD5OfMessageAttributes: '19e27d4e946b072f3f58da80d94fd778' });
    const sentAt = h.clock.now();
    h.clock.advance(1500);
    const { Messages } = await h.sqs.receiveMessage({ QueueUrl: URL, MessageSystemAttributeNames: ['All'], MessageAttributeNames: ['All'] });
    expect(Messages).toEqual([{
      MessageId: sent.MessageId, ReceiptHandle: expect.stringMatching(/^AQEB/), MD5OfBody: '7b270e59b47ff90a553787216d55d91d', Body: 'Hello from SQS!',
      Attributes: { ApproximateReceiveCount: '1', SentTimestamp: String(sentAt), SenderId: 'AROAEXAMPLE:worker', ApproximateFirstReceiveTimestamp: String(sentAt + 1500) },
      MD5OfMessageAttributes: '19e27d4e946b072f3f58da80d94fd778', MessageAttributes: { attribName1: { DataType: 'String', StringValue: 'attribValue 1' } },
    }]);
  });

  it('leaves out attributes not asked for, picks message attributes by name or prefix, and answers {} when the queue is empty', async () => {
    const h = await setup();
    await h.sqs.sendMessage({ QueueUrl: URL, MessageBody: 'a', MessageAttributes: { 'trace.id': { DataType: 'String', StringValue: 't' }, size: { DataType: 'Number', StringValue: '3' } } });
    const [plain] = (await h.sqs.receiveMessage({ QueueUrl: URL, VisibilityTimeout: 0 })).Messages!;
    expect(Object.keys(plain!)).toEqual(['MessageId', 'ReceiptHandle', 'MD5OfBody', 'Body']);
    const [some] = (await h.sqs.receiveMessage({ QueueUrl: URL, VisibilityTimeout: 0, AttributeNames: ['SenderId'], MessageAttributeNames: ['trace.*'] })).Messages!;
    expect(some!.Attributes).toEqual({ SenderId: '123456789012' });
    expect(some!.MessageAttributes).toEqual({ 'trace.id': { DataType: 'String', StringValue: 't' } });
    await h.sqs.purgeQueue({ QueueUrl: URL });
    expect(await h.sqs.receiveMessage({ QueueUrl: URL })).toEqual({});
  });

  it('checks the body, its size and its attributes', async () => {
    const h = await setup({ MaximumMessageSize: '1024' });
    expect(await failure(() => h.sqs.sendMessage({ QueueUrl: URL, MessageBody: '' }))).toEqual({ code: 'MissingParameter', statusCode: 400, message: 'The request must contain the parameter MessageBody.' });
    expect(await failure(() => h.sqs.sendMessage({ QueueUrl: URL, MessageBody: 'bell\u0007' }))).toMatchObject({
      code: 'InvalidMessageContents', message: 'Invalid characters found. Valid unicode characters are #x9 | #xA | #xD | #x20 to #xD7FF | #xE000 to #xFFFD | #x10000 to #x10FFFF',
    });
    expect(await failure(() => h.sqs.sendMessage({ QueueUrl: URL, MessageBody: 'x'.repeat(1025) }))).toEqual({
      code: 'InvalidParameterValue', statusCode: 400, message: 'One or more parameters are invalid. Reason: Message must be shorter than 1024 bytes.',
    });
    expect(await failure(() => h.sqs.sendMessage({ QueueUrl: URL, MessageBody: 'x', DelaySeconds: 901 }))).toMatchObject({ message: 'Value 901 for parameter DelaySeconds is invalid. Reason: DelaySeconds must be >= 0 and <= 900.' });
    expect(await failure(() => h.sqs.sendMessage({ QueueUrl: URL, MessageBody: 'x', MessageAttributes: { a: { DataType: 'String', StringValue: '' } } }))).toMatchObject({
      code: 'InvalidParameterValue', message: "Message (user) attribute 'a' must contain a non-empty value of type 'String'.",
    });
    expect(await failure(() => h.sqs.sendMessage({ QueueUrl: URL, MessageBody: 'x', MessageAttributes: { 'AWS.x': { DataType: 'String', StringValue: 'v' } } }))).toMatchObject({
      message: "You can't use message attribute names beginning with 'AWS.' or 'Amazon.'. These strings are reserved for internal use. Additionally, they cannot start or end with '.'.",
    });
    const eleven = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`a${i}`, { DataType: 'String', StringValue: 'v' }]));
    expect(await failure(() => h.sqs.sendMessage({ QueueUrl: URL, MessageBody: 'x', MessageAttributes: eleven }))).toMatchObject({ message: 'Number of message attributes [11] exceeds the allowed maximum [10].' });
    expect(await failure(() => h.sqs.sendMessage({ QueueUrl: URL, MessageBody: 'x', MessageDeduplicationId: 'd' }))).toMatchObject({
      message: 'Value d for parameter MessageDeduplicationId is invalid. Reason: The request includes a parameter that is not valid for this queue type.',
    });
    expect(await failure(() => h.sqs.receiveMessage({ QueueUrl: URL, MaxNumberOfMessages: 11 }))).toEqual({
      code: 'InvalidParameterValue', statusCode: 400, message: 'Value 11 for parameter MaxNumberOfMessages is invalid. Reason: Must be between 1 and 10, if provided.',
    });
    expect(await failure(() => h.sqs.receiveMessage({ QueueUrl: URL, WaitTimeSeconds: 21 }))).toMatchObject({ message: 'Value 21 for parameter WaitTimeSeconds is invalid. Reason: Must be >= 0 and <= 20, if provided.' });
  });
});

describe('visibility timeout and delays', () => {
  it('hides a received message for the visibility timeout, then receives it again with a new handle and a higher count', async () => {
    const h = await setup();
    await h.sqs.sendMessage({ QueueUrl: URL, MessageBody: 'job' });
    const first = (await h.sqs.receiveMessage({ QueueUrl: URL, AttributeNames: ['ApproximateReceiveCount'] })).Messages![0]!;
    expect(h.sqs.messageCounts('jobs')).toEqual({ visible: 0, inFlight: 1, delayed: 0 });
    await h.advance(29_999);
    expect(await h.bodies(URL)).toEqual([]);
    await h.advance(1);
    expect(h.sqs.messageCounts('jobs')).toEqual({ visible: 1, inFlight: 0, delayed: 0 });
    expect(h.events).toContain('messages:jobs');
    const again = (await h.sqs.receiveMessage({ QueueUrl: URL, AttributeNames: ['ApproximateReceiveCount'] })).Messages![0]!;
    expect(again.ReceiptHandle).not.toBe(first.ReceiptHandle);
    expect(again.Attributes).toEqual({ ApproximateReceiveCount: '2' });
  });

  it('deletes only with the latest receipt handle; an older one succeeds and deletes nothing', async () => {
    const h = await setup({ VisibilityTimeout: '10' });
    await h.sqs.sendMessage({ QueueUrl: URL, MessageBody: 'job' });
    const old = (await h.sqs.receiveMessage({ QueueUrl: URL })).Messages![0]!.ReceiptHandle;
    await h.advance(10_000);
    const latest = (await h.sqs.receiveMessage({ QueueUrl: URL })).Messages![0]!.ReceiptHandle;
    expect(await h.sqs.deleteMessage({ QueueUrl: URL, ReceiptHandle: old })).toEqual({});
    expect(h.sqs.messageCounts('jobs').inFlight).toBe(1);
    await h.sqs.deleteMessage({ QueueUrl: URL, ReceiptHandle: latest });
    expect(h.sqs.messageCounts('jobs')).toEqual({ visible: 0, inFlight: 0, delayed: 0 });
    await expect(h.sqs.deleteMessage({ QueueUrl: URL, ReceiptHandle: latest })).resolves.toEqual({});
    expect(await failure(() => h.sqs.deleteMessage({ QueueUrl: URL, ReceiptHandle: 'garbage' }))).toEqual({
      code: 'ReceiptHandleIsInvalid', statusCode: 400, message: 'The input receipt handle "garbage" is not a valid receipt handle.',
    });
    await h.queue('other');
    await h.sqs.sendMessage({ QueueUrl: URL_OF('other'), MessageBody: 'x' });
    const foreign = (await h.sqs.receiveMessage({ QueueUrl: URL_OF('other') })).Messages![0]!.ReceiptHandle;
    expect(await failure(() => h.sqs.deleteMessage({ QueueUrl: URL, ReceiptHandle: foreign }))).toMatchObject({ code: 'ReceiptHandleIsInvalid' });
  });

  it('changes the visibility of a message in flight, up to 12 hours from its receive', async () => {
    const h = await setup();
    await h.sqs.sendMessage({ QueueUrl: URL, MessageBody: 'job' });
    const handle = (await h.sqs.receiveMessage({ QueueUrl: URL })).Messages![0]!.ReceiptHandle;
    await h.sqs.changeMessageVisibility({ QueueUrl: URL, ReceiptHandle: handle, VisibilityTimeout: 120 });
    await h.advance(100_000);
    expect(h.sqs.messageCounts('jobs').inFlight).toBe(1);
    expect(await failure(() => h.sqs.changeMessageVisibility({ QueueUrl: URL, ReceiptHandle: handle, VisibilityTimeout: 43_200 }))).toEqual({
      code: 'InvalidParameterValue', statusCode: 400, message: 'Value 43200 for parameter VisibilityTimeout is invalid. Reason: Total VisibilityTimeout for the message is beyond the limit [43200 seconds]',
    });
    await h.sqs.changeMessageVisibility({ QueueUrl: URL, ReceiptHandle: handle, VisibilityTimeout: 0 });
    expect(await h.bodies(URL)).toEqual(['job']);
    expect(await failure(() => h.sqs.changeMessageVisibility({ QueueUrl: URL, ReceiptHandle: handle, VisibilityTimeout: 10 }))).toMatchObject({
      message: `Value ${handle} for parameter ReceiptHandle is invalid. Reason: Message does not exist or is not available for visibility timeout change.`,
    });
  });

  it("delays delivery by the queue's DelaySeconds or the message's own", async () => {
    const h = await setup({ DelaySeconds: '5' });
    await h.sqs.sendMessage({ QueueUrl: URL, MessageBody: 'queue delay' });
    await h.sqs.sendMessage({ QueueUrl: URL, MessageBody: 'no delay', DelaySeconds: 0 });
    await h.sqs.sendMessage({ QueueUrl: URL, MessageBody: 'long delay', DelaySeconds: 60 });
    expect(h.sqs.messageCounts('jobs')).toEqual({ visible: 1, inFlight: 0, delayed: 2 });
    const hold = { VisibilityTimeout: 3600 };
    expect(await h.bodies(URL, 10, hold)).toEqual(['no delay']);
    await h.advance(5000);
    expect(await h.bodies(URL, 10, hold)).toEqual(['queue delay']);
    await h.advance(55_000);
    expect(await h.bodies(URL, 10, hold)).toEqual(['long delay']);
  });
});

describe('retention and purging', () => {
  it('drops messages after MessageRetentionPeriod, in flight or not', async () => {
    const h = await setup({ MessageRetentionPeriod: '60' });
    await h.sqs.sendMessage({ QueueUrl: URL, MessageBody: 'old' });
    await h.sqs.receiveMessage({ QueueUrl: URL, VisibilityTimeout: 3600 });
    await h.advance(30_000);
    await h.sqs.sendMessage({ QueueUrl: URL, MessageBody: 'young' });
    await h.advance(30_000);
    expect(h.sqs.peekMessages('jobs').map((m) => m.body)).toEqual(['young']);
    expect((await h.store.load('jobs'))!.messages.map((m) => m.body)).toEqual(['young']);
  });

  it('purges every message, once a minute at most', async () => {
    const h = await setup();
    await h.sqs.sendMessageBatch({ QueueUrl: URL, Entries: [{ Id: 'a', MessageBody: '1' }, { Id: 'b', MessageBody: '2' }] });
    expect(await h.sqs.purgeQueue({ QueueUrl: URL })).toEqual({});
    expect(h.sqs.messageCounts('jobs').visible).toBe(0);
    expect(await failure(() => h.sqs.purgeQueue({ QueueUrl: URL }))).toEqual({ code: 'PurgeQueueInProgress', statusCode: 403, message: 'Only one PurgeQueue operation on jobs is allowed every 60 seconds.' });
    h.clock.advance(60_000);
    await expect(h.sqs.purgeQueue({ QueueUrl: URL })).resolves.toEqual({});
  });
});
