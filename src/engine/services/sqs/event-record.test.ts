// The Lambda event record of a message, compared field by field with AWS's published samples
// (aws-sam-cli's Sqs.json, aws-lambda-go's sqs-event.json), and the MD5s against known values.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { md5OfBody, md5OfMessageAttributes } from './md5';
import { sqsHarness, URL_OF } from './test-support';

type Record_ = Record<string, unknown> & { attributes: Record<string, string>; messageAttributes: Record<string, Record<string, unknown>> };
const fixture = (path: string) => (JSON.parse(readFileSync(resolve(__dirname, '../../../../test-fixtures/events', path), 'utf8')) as { Records: Record_[] }).Records[0]!;
const sam = fixture('aws-sam-cli/Sqs.json');
const go = fixture('aws-lambda-go/sqs-event.json');

async function received(attributes?: Record<string, unknown>, queue = 'MyQueue', extra: Record<string, unknown> = {}) {
  const h = sqsHarness();
  await h.queue(queue, queue.endsWith('.fifo') ? { FifoQueue: 'true' } : undefined);
  const url = URL_OF(queue);
  await h.sqs.sendMessage({ QueueUrl: url, MessageBody: 'Hello from SQS!', ...(attributes ? { MessageAttributes: attributes } : {}), ...extra });
  h.clock.advance(1);
  return h.sqs.queueSource(`arn:aws:sqs:us-east-1:123456789012:${queue}`)!.receive(10)[0]!.data as Record_;
}

describe('the Lambda event record', () => {
  it('has the fields of the SAM sample, in its order and with its formats', async () => {
    const record = await received();
    expect(Object.keys(record)).toEqual(Object.keys(sam));
    expect(Object.keys(record.attributes)).toEqual(Object.keys(sam.attributes));
    expect(record).toMatchObject({
      body: sam.body, md5OfBody: sam.md5OfBody, messageAttributes: {}, eventSource: 'aws:sqs',
      eventSourceARN: sam.eventSourceARN, awsRegion: sam.awsRegion, receiptHandle: expect.stringMatching(/^AQEB[A-Za-z0-9+/=]+$/),
      messageId: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
    });
    expect(record.attributes).toEqual({
      ApproximateReceiveCount: '1', SentTimestamp: expect.stringMatching(/^\d{13}$/), SenderId: '123456789012', ApproximateFirstReceiveTimestamp: expect.stringMatching(/^\d{13}$/),
    });
    expect(Number(record.attributes.ApproximateFirstReceiveTimestamp) - Number(record.attributes.SentTimestamp)).toBe(1);
  });

  it('carries message attributes as the Go sample does: lower-case keys, binary in base64, empty lists, and their MD5', async () => {
    const attributes = {
      Attribute1: { DataType: 'String', StringValue: 'AttributeValue1' },
      Attribute2: { DataType: 'Number', StringValue: '123' },
      Attribute3: { DataType: 'Binary', BinaryValue: new TextEncoder().encode('1100') },
    };
    const record = await received(attributes);
    expect(record.messageAttributes).toEqual({
      Attribute1: { ...go.messageAttributes.Attribute1 },
      Attribute2: { ...go.messageAttributes.Attribute2, binaryListValues: [] },
      Attribute3: { binaryValue: go.messageAttributes.Attribute3!.binaryValue, stringListValues: [], binaryListValues: [], dataType: 'Binary' },
    });
    expect(Object.keys(record)).toEqual([...Object.keys(sam).slice(0, 6), 'md5OfMessageAttributes', ...Object.keys(sam).slice(6)]);
    expect(record.md5OfMessageAttributes).toBe(md5OfMessageAttributes(attributes));
  });

  it('adds SequenceNumber, MessageGroupId and MessageDeduplicationId for a FIFO queue', async () => {
    const record = await received(undefined, 'MyQueue.fifo', { MessageGroupId: '1', MessageDeduplicationId: '1' });
    expect(Object.keys(record.attributes)).toEqual([
      'ApproximateReceiveCount', 'SentTimestamp', 'SequenceNumber', 'MessageGroupId', 'SenderId', 'MessageDeduplicationId', 'ApproximateFirstReceiveTimestamp',
    ]);
    expect(record.attributes).toMatchObject({ MessageGroupId: '1', MessageDeduplicationId: '1', SequenceNumber: expect.stringMatching(/^\d{20}$/) });
  });
});

describe('MD5 digests', () => {
  it('hashes bodies as the samples do', () => {
    expect(md5OfBody('Hello from SQS!')).toBe('7b270e59b47ff90a553787216d55d91d');
    // The body of the Lambda guide's example event.
    expect(md5OfBody('Test message.')).toBe('e4e68fb7bd0e697a0ae8f1bb342846b3');
  });

  it('hashes message attributes with the documented encoding (values from aws-md5-of-message-attributes)', () => {
    const binary = new TextEncoder().encode('Hello binary world!');
    const string = { DataType: 'String', StringValue: 'attribValue 1' };
    const number = { DataType: 'Number.float', StringValue: '4563442423554324324264524243.32543234' };
    expect(md5OfMessageAttributes({ attribName1: string })).toBe('19e27d4e946b072f3f58da80d94fd778');
    expect(md5OfMessageAttributes({ customNumberTypeAttrib: number })).toBe('9fe1b90bbd9965bdf77bac517c7d2495');
    expect(md5OfMessageAttributes({ binaryAttribute: { DataType: 'Binary', BinaryValue: binary } })).toBe('31a92b15d92f8db860eda32aceb656c3');
    // Sorted by name whatever the order given.
    expect(md5OfMessageAttributes({ customNumberTypeAttrib: number, binaryAttribute: { DataType: 'Binary', BinaryValue: binary }, attribName1: string })).toBe('c932db14a896c663f83c260297d594ff');
    expect(md5OfMessageAttributes({})).toBeUndefined();
  });
});
