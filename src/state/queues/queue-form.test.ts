// The queue forms as SQS input: FIFO names, settings with a dead-letter queue, messages with
// attributes, and a trigger's CreateEventSourceMapping input.
import { describe, expect, it } from 'vitest';
import type { QueueDef } from '../../engine/services/sqs/definitions';
import {
  createQueueInput, emptySendForm, emptyTriggerForm, isQueueRoleProblem, queueTriggerInput, sendMessageInput, setAttributesInput, settingsFormOf,
} from './queue-form';

const URL = 'https://sqs.us-east-1.amazonaws.com/123456789012/jobs';
const def: QueueDef = {
  name: 'jobs', visibilityTimeout: 30, delaySeconds: 0, messageRetentionPeriod: 345_600, maximumMessageSize: 1_048_576,
  receiveMessageWaitTimeSeconds: 0, createdTimestamp: 0, lastModifiedTimestamp: 0,
};

describe('queue forms', () => {
  it('adds .fifo to a FIFO queue name and sends FifoQueue with content-based deduplication', () => {
    expect(createQueueInput({ name: ' jobs ', fifo: false, contentBasedDeduplication: false })).toEqual({ QueueName: 'jobs' });
    expect(createQueueInput({ name: 'orders', fifo: true, contentBasedDeduplication: true })).toEqual({
      QueueName: 'orders.fifo', Attributes: { FifoQueue: 'true', ContentBasedDeduplication: 'true' },
    });
    expect(createQueueInput({ name: 'orders.fifo', fifo: true, contentBasedDeduplication: false }).QueueName).toBe('orders.fifo');
  });

  it('turns the settings into SetQueueAttributes strings, with the dead-letter queue as a RedrivePolicy', () => {
    const form = { ...settingsFormOf(def), visibilityTimeout: 60, deadLetterQueue: 'jobs-dlq', maxReceiveCount: 5 };
    expect(setAttributesInput(def, form)).toEqual({
      VisibilityTimeout: '60', DelaySeconds: '0', MessageRetentionPeriod: '345600', MaximumMessageSize: '1048576', ReceiveMessageWaitTimeSeconds: '0',
      RedrivePolicy: '{"deadLetterTargetArn":"arn:aws:sqs:us-east-1:123456789012:jobs-dlq","maxReceiveCount":5}',
    });
    expect(setAttributesInput(def, { ...form, deadLetterQueue: '' }).RedrivePolicy).toBe('');
    const withDlq = { ...def, redrivePolicy: { deadLetterTargetArn: 'arn:aws:sqs:us-east-1:123456789012:jobs-dlq', maxReceiveCount: 4 } };
    expect(settingsFormOf(withDlq)).toMatchObject({ deadLetterQueue: 'jobs-dlq', maxReceiveCount: 4 });
  });

  it('builds SendMessage input with typed attributes, a FIFO group and a delay', () => {
    const form = { ...emptySendForm(), body: '{"id":1}', groupId: 'g', delaySeconds: 5, attributes: [
      { name: 'kind', type: 'String' as const, value: 'order' }, { name: 'bytes', type: 'Binary' as const, value: 'aGVsbG8=' }, { name: ' ', type: 'Number' as const, value: '1' },
    ] };
    expect(sendMessageInput(URL, false, form)).toEqual({
      input: {
        QueueUrl: URL, MessageBody: '{"id":1}', DelaySeconds: 5,
        MessageAttributes: { kind: { DataType: 'String', StringValue: 'order' }, bytes: { DataType: 'Binary', BinaryValue: new TextEncoder().encode('hello') } },
      },
    });
    expect(sendMessageInput(URL, true, { ...emptySendForm(), body: 'x', groupId: 'g', deduplicationId: 'd', delaySeconds: 5 })).toEqual({
      input: { QueueUrl: URL, MessageBody: 'x', MessageGroupId: 'g', MessageDeduplicationId: 'd' },
    });
    // The delay field left empty (or emptied again) sends no DelaySeconds: the queue's own delay applies.
    expect(sendMessageInput(URL, false, { ...emptySendForm(), body: 'x' })).toEqual({ input: { QueueUrl: URL, MessageBody: 'x' } });
    expect(sendMessageInput(URL, false, { ...emptySendForm(), body: 'x', delaySeconds: 0 })).toEqual({ input: { QueueUrl: URL, MessageBody: 'x', DelaySeconds: 0 } });
    expect(sendMessageInput(URL, false, { ...emptySendForm(), attributes: [{ name: 'b', type: 'Binary', value: 'not base64!' }] })).toEqual({
      error: 'The value of the Binary attribute b is not base64 (e.g. aGVsbG8= for "hello").',
    });
  });

  it("builds a trigger's input and recognises Lambda's refusal for a role that cannot poll", () => {
    expect(queueTriggerInput({ ...emptyTriggerForm(), functionName: 'worker', qualifier: 'live', maximumConcurrency: 5 }, 'jobs')).toEqual({
      FunctionName: 'worker:live', EventSourceArn: 'arn:aws:sqs:us-east-1:123456789012:jobs', BatchSize: 10, MaximumBatchingWindowInSeconds: 0,
      FunctionResponseTypes: ['ReportBatchItemFailures'], ScalingConfig: { MaximumConcurrency: 5 },
    });
    expect(isQueueRoleProblem('InvalidParameterValueException: The function execution role does not have permissions to call ReceiveMessage on SQS')).toBe(true);
    expect(isQueueRoleProblem('InvalidParameterValueException: Function does not exist')).toBe(false);
  });
});
