// Publish and its fan-out: the Lambda event compared field by field with the official samples, the
// SQS envelope as SNS writes it, raw delivery, filter policies on attributes and on the body,
// MessageStructure json, FIFO topics, PublishBatch, and the refusals recorded from AWS.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { failure, FUNCTION_ARN, QUEUE_ARN, snsHarness } from './test-support';

const TOPIC = 'arn:aws:sns:us-east-1:123456789012:orders';
const sample = (path: string) => JSON.parse(readFileSync(resolve(__dirname, '../../../../test-fixtures/events', path), 'utf8')) as { Records: Array<Record<string, unknown> & { Sns: Record<string, unknown> }> };

async function fanOutTopic() {
  const h = snsHarness();
  await h.service.createTopic({ Name: 'orders' });
  const sub = async (Protocol: string, Endpoint: string, Attributes?: Record<string, string>) =>
    (await h.service.subscribe({ TopicArn: TOPIC, Protocol, Endpoint, ...(Attributes ? { Attributes } : {}) })).SubscriptionArn;
  const thumbs = await sub('lambda', FUNCTION_ARN('thumbs'));
  const audit = await sub('lambda', FUNCTION_ARN('audit', 'live'));
  const queue = await sub('sqs', QUEUE_ARN('orders-queue'));
  return { ...h, thumbs, audit, queue, sub };
}

describe('Publish fan-out', () => {
  it('sends every subscription the message: two functions and a queue', async () => {
    const { service, clock, lambda, queues, published, thumbs, audit, queue } = await fanOutTopic();
    const out = await service.publish({
      TopicArn: TOPIC, Message: 'Hello from SNS!', Subject: 'TestInvoke',
      MessageAttributes: { Test: { DataType: 'String', StringValue: 'TestString' }, TestBinary: { DataType: 'Binary', BinaryValue: new TextEncoder().encode('TestBinary') } },
    });
    expect(Object.keys(out)).toEqual(['MessageId']);
    expect(lambda.map((d) => [d.target, d.subscriptionArn])).toEqual([[{ functionName: 'thumbs' }, thumbs], [{ functionName: 'audit', qualifier: 'live' }, audit]]);
    expect(published).toEqual([{ topic: TOPIC, messageId: out.MessageId, delivered: [thumbs, audit, queue], filtered: [] }]);

    const record = lambda[0]!.event.Records[0]!;
    const official = sample('aws-sam-cli/Sns.json').Records[0]!;
    expect(Object.keys(record)).toEqual(Object.keys(official));
    expect(Object.keys(record.Sns)).toEqual(Object.keys(official.Sns));
    expect(Object.keys(record.Sns).sort()).toEqual(Object.keys(sample('aws-lambda-go/sns-event.json').Records[0]!.Sns).sort());
    const sns = record.Sns;
    expect(record).toMatchObject({ EventSource: 'aws:sns', EventVersion: '1.0', EventSubscriptionArn: thumbs });
    expect(sns).toMatchObject({
      Type: 'Notification', MessageId: out.MessageId, TopicArn: TOPIC, Subject: 'TestInvoke', Message: 'Hello from SNS!',
      Timestamp: new Date(clock.now()).toISOString(), SignatureVersion: '1',
      UnsubscribeUrl: `https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=${thumbs}`,
      // As the official samples: the binary value is base64 ("TestBinary" is the sample's own placeholder).
      MessageAttributes: { Test: { Type: 'String', Value: 'TestString' }, TestBinary: { Type: 'Binary', Value: btoa('TestBinary') } },
    });
    expect(sns.Timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(sns.SigningCertUrl).toMatch(/^https:\/\/sns\.us-east-1\.amazonaws\.com\/SimpleNotificationService-[0-9a-f]{32}\.pem$/);
    expect(atob(sns.Signature as string)).toHaveLength(256);
    expect(lambda[1]!.event.Records[0]!.Sns.UnsubscribeUrl).toContain(audit);

    expect(queues).toHaveLength(1);
    expect(queues[0]!.queueArn).toBe(QUEUE_ARN('orders-queue'));
    expect(queues[0]!.messageAttributes).toBeUndefined();
    expect(queues[0]!.body).toBe(
      [
        '{',
        '  "Type" : "Notification",',
        `  "MessageId" : "${out.MessageId}",`,
        `  "TopicArn" : "${TOPIC}",`,
        '  "Subject" : "TestInvoke",',
        '  "Message" : "Hello from SNS!",',
        `  "Timestamp" : "${sns.Timestamp}",`,
        '  "SignatureVersion" : "1",',
        `  "Signature" : "${sns.Signature}",`,
        `  "SigningCertURL" : "${sns.SigningCertUrl}",`,
        `  "UnsubscribeURL" : "https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=${queue}",`,
        '  "MessageAttributes" : {',
        '    "Test" : {"Type":"String","Value":"TestString"},',
        `    "TestBinary" : {"Type":"Binary","Value":"${btoa('TestBinary')}"}`,
        '  }',
        '}',
      ].join('\n'),
    );
  });

  it('gives Lambda a null Subject and empty attributes, and leaves them out of the envelope', async () => {
    const { service, lambda, queues } = await fanOutTopic();
    await service.publish({ TopicArn: TOPIC, Message: '{"order":1}' });
    expect(lambda[0]!.event.Records[0]!.Sns).toMatchObject({ Subject: null, Message: '{"order":1}', MessageAttributes: {} });
    const envelope = JSON.parse(queues[0]!.body) as Record<string, unknown>;
    expect(Object.keys(envelope)).toEqual(['Type', 'MessageId', 'TopicArn', 'Message', 'Timestamp', 'SignatureVersion', 'Signature', 'SigningCertURL', 'UnsubscribeURL']);
  });

  it('delivers the raw message and its attributes to a queue with RawMessageDelivery', async () => {
    const h = snsHarness();
    await h.service.createTopic({ Name: 'orders' });
    await h.service.subscribe({ TopicArn: TOPIC, Protocol: 'sqs', Endpoint: QUEUE_ARN('raw'), Attributes: { RawMessageDelivery: 'true' } });
    const bytes = new Uint8Array([1, 2]);
    await h.service.publish({ TopicArn: TOPIC, Message: 'plain', MessageAttributes: { n: { DataType: 'Number', StringValue: '5' }, b: { DataType: 'Binary', BinaryValue: bytes } } });
    expect(h.queues).toEqual([{ queueArn: QUEUE_ARN('raw'), body: 'plain', messageAttributes: { n: { DataType: 'Number', StringValue: '5' }, b: { DataType: 'Binary', BinaryValue: bytes } } }]);
  });

  it('filters on attributes and on the body, per subscription, and says which were filtered', async () => {
    const { service, lambda, queues, published, thumbs, audit, queue } = await fanOutTopic();
    await service.setSubscriptionAttributes({ SubscriptionArn: thumbs, AttributeName: 'FilterPolicy', AttributeValue: '{"kind":["image"]}' });
    await service.setSubscriptionAttributes({ SubscriptionArn: audit, AttributeName: 'FilterPolicyScope', AttributeValue: 'MessageBody' });
    await service.setSubscriptionAttributes({ SubscriptionArn: audit, AttributeName: 'FilterPolicy', AttributeValue: '{"order":{"total":[{"numeric":[">",100]}]}}' });
    await service.publish({ TopicArn: TOPIC, Message: '{"order":{"total":250}}', MessageAttributes: { kind: { DataType: 'String', StringValue: 'text' } } });
    await service.publish({ TopicArn: TOPIC, Message: '{"order":{"total":5}}', MessageAttributes: { kind: { DataType: 'String', StringValue: 'image' } } });
    expect(published.map((p) => [p.delivered, p.filtered])).toEqual([
      [[audit, queue], [thumbs]],
      [[thumbs, queue], [audit]],
    ]);
    expect(lambda.map((d) => d.subscriptionArn)).toEqual([audit, thumbs]);
    expect(queues).toHaveLength(2);
  });

  it('sends each protocol its own message with MessageStructure json', async () => {
    const { service, lambda, queues, sub } = await fanOutTopic();
    await sub('sqs', QUEUE_ARN('raw'), { RawMessageDelivery: 'true' });
    await service.publish({ TopicArn: TOPIC, MessageStructure: 'json', Message: JSON.stringify({ default: 'for everyone', lambda: 'for functions', email: 'for people', count: 3 }) });
    expect(lambda.map((d) => d.event.Records[0]!.Sns.Message)).toEqual(['for functions', 'for functions']);
    expect(JSON.parse(queues[0]!.body).Message).toBe('for everyone');
    expect(queues[1]!.body).toBe('for everyone');
    expect(await failure(() => service.publish({ TopicArn: TOPIC, MessageStructure: 'json', Message: '{"lambda":"x","default":1}' }))).toMatchObject({
      code: 'InvalidParameterException',
      message: 'Invalid parameter: Message Structure - No default entry in JSON message body',
    });
    expect((await failure(() => service.publish({ TopicArn: TOPIC, MessageStructure: 'json', Message: 'not json' }))).message).toBe('Invalid parameter: Message Structure - JSON message body failed to parse');
  });

  it('refuses what SNS refuses, in its words', async () => {
    const { service } = await fanOutTopic();
    const refused = async (input: Record<string, unknown>) => {
      const e = await failure(() => service.publish({ TopicArn: TOPIC, ...input }));
      return `${e.code}: ${e.message}`;
    };
    expect(await refused({ Message: '' })).toBe('InvalidParameterException: Invalid parameter: Empty message');
    expect(await refused({ Message: 'x', Subject: '' })).toBe('InvalidParameterException: Invalid parameter: Subject');
    expect(await refused({ Message: 'x'.repeat(262_145) })).toBe('InvalidParameterException: Invalid parameter: Message too long');
    expect(await refused({ Message: 'x', MessageDeduplicationId: 'd' })).toBe(
      'InvalidParameterException: Invalid parameter: MessageDeduplicationId Reason: The request includes MessageDeduplicationId parameter that is not valid for this topic type',
    );
    expect(await refused({ Message: 'x', MessageAttributes: { attr1: { DataType: 'String' } } })).toBe(
      "InvalidParameterValueException: The message attribute 'attr1' must contain non-empty message attribute value for message attribute type 'String'.",
    );
    expect(await refused({ Message: 'x', MessageAttributes: { attr1: { DataType: 'Number', BinaryValue: new Uint8Array([1]) } } })).toBe(
      "InvalidParameterValueException: The message attribute 'attr1' with type 'Number' must use field 'String'.",
    );
    expect(await refused({ Message: 'x', MessageAttributes: { attr1: { DataType: 'Date', StringValue: 'x' } } })).toBe(
      "InvalidParameterValueException: The message attribute 'attr1' has an invalid message attribute type, the set of supported type prefixes is Binary, Number, and String.",
    );
    expect(await refused({ Message: 'x', MessageAttributes: { 'a^b': { DataType: 'String', StringValue: 'x' } } })).toBe(
      "InvalidParameterValueException: Invalid non-alphanumeric character '#x5E' was found in the message attribute name. Can only include alphanumeric characters, hyphens, underscores, or dots.",
    );
    expect(await refused({ Message: 'x', MessageAttributes: { attr1: { StringValue: 'x' } } })).toBe(
      "ValidationError: 1 validation error detected: Value null at 'messageAttributes.attr1.member.dataType' failed to satisfy constraint: Member must not be null",
    );
    expect((await failure(() => service.publish({ Message: 'x' }))).message).toBe('Invalid parameter: TopicArn or TargetArn Reason: no value for required parameter');
    expect((await failure(() => service.publish({ TopicArn: 'orders', Message: 'x' }))).message).toBe('Invalid parameter: TopicArn Reason: An ARN must have at least 6 elements, not 1');
    expect((await failure(() => service.publish({ TargetArn: `${TOPIC}-gone`, Message: 'x' }))).code).toBe('NotFoundException');
  });

  it('reports a queue that refuses a delivery, and passes the publisher’s chain to Lambda', async () => {
    const h = snsHarness({ refuseQueue: QUEUE_ARN('gone') });
    await h.service.createTopic({ Name: 'orders' });
    const { SubscriptionArn } = await h.service.subscribe({ TopicArn: TOPIC, Protocol: 'sqs', Endpoint: QUEUE_ARN('gone') });
    await h.service.subscribe({ TopicArn: TOPIC, Protocol: 'lambda', Endpoint: FUNCTION_ARN('f') });
    await h.service.publish({ TopicArn: TOPIC, Message: 'x' }, { chain: { depth: 3 } });
    await Promise.resolve();
    expect(h.failures).toEqual([{ subscriptionArn: SubscriptionArn, message: `The specified queue does not exist: ${QUEUE_ARN('gone')}` }]);
    expect(h.lambda[0]!.chain).toEqual({ depth: 3 });
  });
});

describe('FIFO topics', () => {
  async function fifoTopic(attributes: Record<string, string> = {}) {
    const h = snsHarness();
    await h.service.createTopic({ Name: 'orders.fifo', Attributes: { FifoTopic: 'true', ...attributes } });
    await h.service.subscribe({ TopicArn: `${TOPIC}.fifo`, Protocol: 'sqs', Endpoint: QUEUE_ARN('orders.fifo') });
    return h;
  }

  it('numbers messages in order, hands the queue the group, and drops duplicates for five minutes', async () => {
    const { service, queues, clock } = await fifoTopic();
    const first = await service.publish({ TopicArn: `${TOPIC}.fifo`, Message: 'a', MessageGroupId: 'g', MessageDeduplicationId: 'd1' });
    const second = await service.publish({ TopicArn: `${TOPIC}.fifo`, Message: 'b', MessageGroupId: 'g', MessageDeduplicationId: 'd2' });
    expect(BigInt(second.SequenceNumber!)).toBeGreaterThan(BigInt(first.SequenceNumber!));
    expect(first.SequenceNumber).toMatch(/^\d{20}$/);
    expect(await service.publish({ TopicArn: `${TOPIC}.fifo`, Message: 'a again', MessageGroupId: 'g', MessageDeduplicationId: 'd1' })).toEqual(first);
    expect(queues.map((q) => [JSON.parse(q.body).Message, q.options])).toEqual([
      ['a', { messageGroupId: 'g', messageDeduplicationId: 'd1' }],
      ['b', { messageGroupId: 'g', messageDeduplicationId: 'd2' }],
    ]);
    const envelope = JSON.parse(queues[0]!.body) as Record<string, unknown>;
    expect(Object.keys(envelope)).toEqual(['Type', 'MessageId', 'SequenceNumber', 'TopicArn', 'Message', 'Timestamp', 'UnsubscribeURL']);
    clock.advance(5 * 60 * 1000);
    expect((await service.publish({ TopicArn: `${TOPIC}.fifo`, Message: 'a', MessageGroupId: 'g', MessageDeduplicationId: 'd1' })).MessageId).not.toBe(first.MessageId);
  });

  it('needs a group id, and a deduplication id unless the content is hashed', async () => {
    const { service } = await fifoTopic();
    expect((await failure(() => service.publish({ TopicArn: `${TOPIC}.fifo`, Message: 'a', MessageDeduplicationId: 'd' }))).message).toBe('Invalid parameter: The MessageGroupId parameter is required for FIFO topics');
    expect((await failure(() => service.publish({ TopicArn: `${TOPIC}.fifo`, Message: 'a', MessageGroupId: 'g' }))).message).toBe(
      'Invalid parameter: The topic should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly',
    );
    const hashed = await fifoTopic({ ContentBasedDeduplication: 'true' });
    const one = await hashed.service.publish({ TopicArn: `${TOPIC}.fifo`, Message: 'same', MessageGroupId: 'g' });
    expect(await hashed.service.publish({ TopicArn: `${TOPIC}.fifo`, Message: 'same', MessageGroupId: 'h' })).toEqual(one);
    expect(hashed.queues[0]!.options?.messageDeduplicationId).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('PublishBatch', () => {
  it('publishes up to ten entries, answering Successful and Failed', async () => {
    const { service, queues } = await fanOutTopic();
    const out = await service.publishBatch({ TopicArn: TOPIC, PublishBatchRequestEntries: [{ Id: 'a', Message: 'one' }, { Id: 'b', Message: '' }, { Id: 'c', Message: 'three', Subject: 'S' }] });
    expect(out.Successful.map((s) => s.Id)).toEqual(['a', 'c']);
    expect(out.Failed).toEqual([{ Id: 'b', Code: 'InvalidParameter', Message: 'Invalid parameter: Empty message', SenderFault: true }]);
    expect(queues.map((q) => JSON.parse(q.body).MessageId)).toEqual(out.Successful.map((s) => s.MessageId));
  });

  it('refuses the whole batch as SNS does', async () => {
    const { service } = await fanOutTopic();
    const refused = async (entries: unknown[]) => {
      const e = await failure(() => service.publishBatch({ TopicArn: TOPIC, PublishBatchRequestEntries: entries }));
      return `${e.code}: ${e.message}`;
    };
    expect(await refused(Array.from({ length: 11 }, (_, i) => ({ Id: `m${i}`, Message: 'x' })))).toBe('TooManyEntriesInBatchRequestException: The batch request contains more entries than permissible.');
    expect(await refused([])).toBe("EmptyBatchRequestException: The batch request doesn't contain any entries.");
    expect(await refused([{ Id: 'a', Message: 'x' }, { Id: 'a', Message: 'y' }])).toBe('BatchEntryIdsNotDistinctException: Two or more batch entries in the request have the same Id.');
    expect(await refused([{ Id: 'message.id', Message: 'x' }])).toBe('InvalidBatchEntryIdException: The Id of a batch entry in the batch request contains an impermissible character: message.id');
    expect(await refused([{ Id: 'a', Message: 'x', MessageAttributes: { attr1: { StringValue: 'v' } } }])).toBe(
      "ValidationError: 1 validation error detected: Value null at 'publishBatchRequestEntries.1.member.messageAttributes.attr1.member.dataType' failed to satisfy constraint: Member must not be null",
    );
    expect(await refused([{ Id: 'a', Message: 'x'.repeat(200_000) }, { Id: 'b', Message: 'y'.repeat(100_000) }])).toBe(
      'BatchRequestTooLongException: The length of all the messages put together is more than the limit.',
    );
  });
});
