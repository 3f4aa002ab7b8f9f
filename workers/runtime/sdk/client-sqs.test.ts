// The sandbox's @aws-sdk/client-sqs: what goes on the wire and what comes back (over a fake host), its
// errors, paginator and enums, and real handler-style code against the simulated SQS through the
// host's operations table (IAM checked, refusals worded as SQS words them).
import { describe, expect, it } from 'vitest';
import { ServiceError } from '../../../src/engine/errors';
import { SQS_OPERATIONS } from '../../../src/engine/sdk/sqs-operations';
import type { SdkCall, SdkResult } from '../../../src/engine/sdk/types';
import { createSqsService } from '../../../src/engine/services/sqs/service';
import { ManualClock } from '../../../src/engine/testing/fake-ports';
import { createSQSModule } from './client-sqs';
import { createSdkTransport } from './transport';

/** A package as a handler sees it: untyped. */
type Module = Record<string, any>;
type Host = (call: SdkCall) => Promise<SdkResult>;

const $metadata = { httpStatusCode: 200, requestId: 'r-1', attempts: 1, totalRetryDelay: 0 };
const URL = 'https://sqs.us-east-1.amazonaws.com/123456789012/jobs';

function client(host: Host): Module {
  const transport = createSdkTransport(() => () => {});
  transport.connect((call) => host(call));
  transport.open(1);
  return createSQSModule({ transport, defaultRegion: () => 'us-east-1' });
}

/** The module over a fake host that records calls and answers with `answer`. */
function faked(answer: (call: SdkCall) => Record<string, unknown> | SdkResult = () => ({})) {
  const sent: SdkCall[] = [];
  const sqs = client(async (call) => {
    sent.push(call);
    const result = answer(call);
    return 'ok' in result ? (result as SdkResult) : { ok: true, output: { ...result, $metadata } };
  });
  return { sent, sqs };
}

describe('client-sqs over a fake host', () => {
  it('sends commands as they are, binary attributes as bytes, and answers the output with $metadata', async () => {
    const { sent, sqs } = faked(() => ({ MessageId: 'm-1', MD5OfMessageBody: 'x' }));
    const bytes = new Uint8Array([1, 2, 3]);
    const out = await new sqs.SQSClient({ region: 'us-east-1' }).send(new sqs.SendMessageCommand({
      QueueUrl: URL, MessageBody: 'hi', MessageAttributes: { blob: { DataType: 'Binary', BinaryValue: bytes } },
    }));
    expect(sent).toEqual([{ service: 'sqs', operation: 'SendMessage', region: 'us-east-1', input: { QueueUrl: URL, MessageBody: 'hi', MessageAttributes: { blob: { DataType: 'Binary', BinaryValue: bytes } } } }]);
    expect(out).toEqual({ MessageId: 'm-1', MD5OfMessageBody: 'x', $metadata });
    await new sqs.SQS({}).receiveMessage({ QueueUrl: URL, MaxNumberOfMessages: 10 });
    expect(sent[1]).toMatchObject({ operation: 'ReceiveMessage', input: { QueueUrl: URL, MaxNumberOfMessages: 10 } });
  });

  it('throws modeled errors as their classes and the rest as SQSServiceException, with $fault and $metadata', async () => {
    const fail = (name: string, message: string): SdkResult => ({ ok: false, error: { name, message, statusCode: 400, requestId: 'r-err', fields: {} } });
    const { sqs } = faked((call) => (call.operation === 'GetQueueUrl' ? fail('QueueDoesNotExist', 'The specified queue does not exist.') : fail('InvalidParameterValue', 'bad')));
    const c = new sqs.SQSClient({});
    const missing = await c.send(new sqs.GetQueueUrlCommand({ QueueName: 'nope' })).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(sqs.QueueDoesNotExist);
    expect(missing).toBeInstanceOf(sqs.SQSServiceException);
    expect(missing).toMatchObject({ name: 'QueueDoesNotExist', message: 'The specified queue does not exist.', $fault: 'client', $metadata: { httpStatusCode: 400, requestId: 'r-err' } });
    const invalid = await c.send(new sqs.SendMessageCommand({ QueueUrl: URL })).catch((e: unknown) => e);
    expect(invalid).toBeInstanceOf(sqs.SQSServiceException);
    expect(invalid).toMatchObject({ name: 'InvalidParameterValue', message: 'bad' });
    expect(new sqs.ReceiptHandleIsInvalid({ $metadata: {}, message: 'm' })).toMatchObject({ name: 'ReceiptHandleIsInvalid', $fault: 'client' });
  });

  it('pages through ListQueues with NextToken and MaxResults, and has the enums and a clear refusal for other commands', async () => {
    const { sent, sqs } = faked((call) => (call.input.NextToken ? { QueueUrls: ['b'] } : { QueueUrls: ['a'], NextToken: 't1' }));
    const pages: unknown[] = [];
    for await (const page of sqs.paginateListQueues({ client: new sqs.SQSClient({}), pageSize: 1 }, { QueueNamePrefix: 'x' })) pages.push((page as { QueueUrls: string[] }).QueueUrls);
    expect(pages).toEqual([['a'], ['b']]);
    expect(sent.map((c) => c.input)).toEqual([{ QueueNamePrefix: 'x', MaxResults: 1 }, { QueueNamePrefix: 'x', NextToken: 't1', MaxResults: 1 }]);
    expect(sqs.QueueAttributeName.ApproximateNumberOfMessages).toBe('ApproximateNumberOfMessages');
    expect(sqs.MessageSystemAttributeName.All).toBe('All');
    expect(() => new sqs.TagQueueCommand({})).toThrow(/^TagQueueCommand is not simulated by this playground: its @aws-sdk\/client-sqs has CreateQueueCommand, /);
  });
});

/** The module over the real service, through the host's operations table; `deny` refuses actions. */
function simulated(deny: string[] = []) {
  const clock = new ManualClock();
  const service = createSqsService({ clock, changed: () => {} });
  const asked: string[] = [];
  const sqs = client(async (call) => {
    try {
      const output = await SQS_OPERATIONS[call.operation]!({
        sqs: service, input: call.input, senderId: 'AROAEXAMPLEID:worker',
        denied: async ({ action, resource }) => {
          asked.push(`${action} ${resource}`);
          return deny.includes(action)
            ? new ServiceError('AccessDeniedException', `User: arn:aws:sts::123456789012:assumed-role/worker-role/worker is not authorized to perform: ${action} on resource: ${resource} because no identity-based policy allows the ${action} action`, 403)
            : undefined;
        },
      });
      return { ok: true, output: output as Record<string, unknown> };
    } catch (error) {
      const e = error as ServiceError;
      return { ok: false, error: { name: e.code, message: e.message, statusCode: e.statusCode, requestId: 'r', fields: {} } };
    }
  });
  return { sqs, service, asked };
}

describe('client-sqs against the simulated SQS', () => {
  it('runs a producer and a consumer: MD5s match what the SDK computes, binary attributes come back as bytes', async () => {
    const { sqs, asked } = simulated();
    const c = new sqs.SQSClient({});
    const { QueueUrl } = await c.send(new sqs.CreateQueueCommand({ QueueName: 'jobs', Attributes: { VisibilityTimeout: '60' } }));
    const sent = await c.send(new sqs.SendMessageBatchCommand({ QueueUrl, Entries: [
      { Id: '1', MessageBody: 'Hello from SQS!', MessageAttributes: { binaryAttribute: { DataType: 'Binary', BinaryValue: new TextEncoder().encode('Hello binary world!') } } },
      { Id: '2', MessageBody: 'second' },
    ] }));
    expect(sent.Successful[0]).toMatchObject({ Id: '1', MD5OfMessageBody: '7b270e59b47ff90a553787216d55d91d', MD5OfMessageAttributes: '31a92b15d92f8db860eda32aceb656c3' });
    const { Messages } = await c.send(new sqs.ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10, MessageAttributeNames: ['All'], MessageSystemAttributeNames: ['SenderId'] }));
    expect(Messages.map((m: { Body: string }) => m.Body)).toEqual(['Hello from SQS!', 'second']);
    expect(Messages[0].Attributes).toEqual({ SenderId: 'AROAEXAMPLEID:worker' });
    expect(new TextDecoder().decode(Messages[0].MessageAttributes.binaryAttribute.BinaryValue)).toBe('Hello binary world!');
    const deleted = await c.send(new sqs.DeleteMessageBatchCommand({ QueueUrl, Entries: Messages.map((m: { ReceiptHandle: string }, i: number) => ({ Id: `d${i}`, ReceiptHandle: m.ReceiptHandle })) }));
    expect(deleted).toMatchObject({ Successful: [{ Id: 'd0' }, { Id: 'd1' }], Failed: [] });
    expect(asked).toEqual([
      'sqs:CreateQueue arn:aws:sqs:us-east-1:123456789012:jobs', 'sqs:SendMessage arn:aws:sqs:us-east-1:123456789012:jobs',
      'sqs:ReceiveMessage arn:aws:sqs:us-east-1:123456789012:jobs', 'sqs:DeleteMessage arn:aws:sqs:us-east-1:123456789012:jobs',
    ]);
  });

  it('refuses what the role may not do as SQS does: AccessDenied, 403, the action in lower case', async () => {
    const { sqs, service } = simulated(['sqs:SendMessage']);
    await service.createQueue({ QueueName: 'jobs' });
    const error = await new sqs.SQSClient({}).send(new sqs.SendMessageBatchCommand({ QueueUrl: URL, Entries: [{ Id: '1', MessageBody: 'x' }] })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(sqs.SQSServiceException);
    expect(error).toMatchObject({
      name: 'AccessDenied', $metadata: { httpStatusCode: 403 },
      message: 'User: arn:aws:sts::123456789012:assumed-role/worker-role/worker is not authorized to perform: sqs:sendmessage on resource: arn:aws:sqs:us-east-1:123456789012:jobs because no identity-based policy allows the sqs:sendmessage action',
    });
    expect(service.peekMessages('jobs')).toEqual([]);
  });
});
