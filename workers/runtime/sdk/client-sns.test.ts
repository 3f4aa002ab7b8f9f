// The sandbox's @aws-sdk/client-sns over a fake host: what goes on the wire, what comes back, errors
// as SDK v3 throws them, the aggregated client and the paginators.
import { describe, expect, it } from 'vitest';
import type { SdkCall, SdkResult } from '../../../src/engine/sdk/types';
import { createSNSModule } from './client-sns';
import { createSdkTransport } from './transport';

/** The package as a handler sees it: untyped. */
type Module = Record<string, any>;

const $metadata = { httpStatusCode: 200, requestId: 'r-1', attempts: 1, totalRetryDelay: 0 };

function sdk(answer: (call: SdkCall, n: number) => Record<string, unknown> | SdkResult = () => ({})) {
  const sent: SdkCall[] = [];
  const transport = createSdkTransport(() => () => {});
  transport.connect(async (call) => {
    sent.push(call);
    const result = answer(call, sent.length);
    return 'ok' in result ? (result as SdkResult) : { ok: true, output: { ...result, $metadata } };
  });
  transport.open(1);
  return { sent, sns: createSNSModule({ transport, defaultRegion: () => 'us-east-1' }) as Module };
}

const TOPIC = 'arn:aws:sns:us-east-1:123456789012:orders';

describe('@aws-sdk/client-sns in the sandbox', () => {
  it('sends PublishCommand as it is, binary attributes as bytes, and returns the output', async () => {
    const { sent, sns } = sdk(() => ({ MessageId: 'm-1' }));
    const bytes = new Uint8Array([1, 2, 3]);
    const input = { TopicArn: TOPIC, Message: 'hi', MessageAttributes: { kind: { DataType: 'String', StringValue: 'image' }, raw: { DataType: 'Binary', BinaryValue: bytes } } };
    const command = new sns.PublishCommand(input);
    expect(command.input).toBe(input);
    expect(await new sns.SNSClient({ region: 'us-east-1' }).send(command)).toEqual({ MessageId: 'm-1', $metadata });
    expect(sent).toEqual([{ service: 'sns', operation: 'Publish', region: 'us-east-1', input }]);
    expect(sent[0]!.input.MessageAttributes).toMatchObject({ raw: { BinaryValue: bytes } });
  });

  it('throws the modeled exceptions with the SNS error body’s members', async () => {
    const notFound: SdkResult = { ok: false, error: { name: 'NotFoundException', message: 'Topic does not exist', statusCode: 404, requestId: 'r-2', fields: { Type: 'Sender', Code: 'NotFound' } } };
    const { sns } = sdk(() => notFound);
    const error = await new sns.SNSClient({}).send(new sns.GetTopicAttributesCommand({ TopicArn: TOPIC })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(sns.NotFoundException);
    expect(error).toBeInstanceOf(sns.SNSServiceException);
    expect(error).toMatchObject({ name: 'NotFoundException', message: 'Topic does not exist', $fault: 'client', Code: 'NotFound', Type: 'Sender', $metadata: { httpStatusCode: 404, requestId: 'r-2' } });
    const internal: SdkResult = { ok: false, error: { name: 'InternalErrorException', message: 'Internal Error', statusCode: 500, requestId: 'r-3', fields: {} } };
    const failing = sdk(() => internal).sns;
    const server = await new failing.SNSClient({}).send(new failing.ListTopicsCommand({})).catch((e: unknown) => e);
    expect(server).toBeInstanceOf(failing.InternalErrorException);
    expect(server).toMatchObject({ $fault: 'server', $metadata: { httpStatusCode: 500 } });
  });

  it('names an unmodeled error by its code, on the service’s base class', async () => {
    const unmodeled: SdkResult = { ok: false, error: { name: 'ValidationError', message: '1 validation error detected', statusCode: 400, requestId: 'r', fields: {} } };
    const { sns } = sdk(() => unmodeled);
    const error = await new sns.SNS({}).publish({ TopicArn: TOPIC }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(sns.SNSServiceException);
    expect(error).not.toBeInstanceOf(sns.InvalidParameterException);
    expect((error as Error).name).toBe('ValidationError');
  });

  it('builds exceptions as tests of handlers do, with the server’s fault for InternalErrorException', () => {
    const { sns } = sdk();
    const internal = new sns.InternalErrorException({ message: 'x', $metadata: {} });
    expect([internal.name, internal.$fault]).toEqual(['InternalErrorException', 'server']);
    expect(new sns.ValidationException({ message: 'm', Message: 'M', $metadata: {} }).Message).toBe('M');
    expect(new sns.AuthorizationErrorException({ message: 'no', $metadata: {} })).toBeInstanceOf(sns.SNSServiceException);
  });

  it('offers the aggregated SNS class with callbacks, and the enums', async () => {
    const { sent, sns } = sdk((call) => (call.operation === 'CreateTopic' ? { TopicArn: TOPIC } : {}));
    const client = new sns.SNS({});
    expect(await client.createTopic({ Name: 'orders' })).toEqual({ TopicArn: TOPIC, $metadata });
    const viaCallback = await new Promise((resolve) => client.subscribe({ TopicArn: TOPIC, Protocol: 'sqs', Endpoint: 'arn' }, (err: unknown, out: unknown) => resolve({ err, out })));
    expect(viaCallback).toEqual({ err: null, out: { $metadata } });
    expect(sent.map((c) => c.operation)).toEqual(['CreateTopic', 'Subscribe']);
    expect(sns.RouteType.Transactional).toBe('Transactional');
    expect(() => new sns.CreatePlatformApplicationCommand({})).toThrow(/CreatePlatformApplicationCommand is not simulated by this playground: its @aws-sdk\/client-sns has CreateTopicCommand, /);
  });

  it('pages ListTopics and ListSubscriptionsByTopic by NextToken', async () => {
    const { sent, sns } = sdk((call, n) => (n === 1 ? { Topics: [{ TopicArn: 'a' }], NextToken: 't1' } : { Topics: [{ TopicArn: 'b' }] }));
    const client = new sns.SNSClient({});
    const pages: unknown[] = [];
    for await (const page of sns.paginateListTopics({ client }, {})) pages.push(page.Topics);
    expect(pages).toEqual([[{ TopicArn: 'a' }], [{ TopicArn: 'b' }]]);
    expect(sent.map((c) => c.input)).toEqual([{}, { NextToken: 't1' }]);
    expect(typeof sns.paginateListSubscriptionsByTopic).toBe('function');
  });

  it('refuses a command of another package', async () => {
    const { sns } = sdk();
    const foreign = new (class PutItemCommand {
      input = {};
    })();
    await expect(new sns.SNSClient({}).send(foreign)).rejects.toThrow('SNSClient.send() takes a command of its own package, got PutItemCommand');
  });
});
