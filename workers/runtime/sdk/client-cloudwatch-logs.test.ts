// The sandbox's @aws-sdk/client-cloudwatch-logs over a fake host: what goes on the wire, what comes
// back, the paginators, and the modeled exceptions as SDK v3 throws them.
import { describe, expect, it } from 'vitest';
import type { SdkCall, SdkResult } from '../../../src/engine/sdk/types';
import { createCloudWatchLogsModule } from './client-cloudwatch-logs';
import { createSdkTransport } from './transport';

type Module = Record<string, any>;

const $metadata = { httpStatusCode: 200, requestId: 'r-1', attempts: 1, totalRetryDelay: 0 };

function sdk(answer: (call: SdkCall) => Record<string, unknown> | SdkResult = () => ({})) {
  const sent: SdkCall[] = [];
  const transport = createSdkTransport(() => () => {});
  transport.connect(async (call) => {
    sent.push(call);
    const result = answer(call);
    return 'ok' in result ? (result as SdkResult) : { ok: true, output: { ...result, $metadata } };
  });
  transport.open(1);
  return { sent, logs: createCloudWatchLogsModule({ transport, defaultRegion: () => 'us-east-1' }) as Module };
}

describe('@aws-sdk/client-cloudwatch-logs in the sandbox', () => {
  it('sends FilterLogEventsCommand to the logs service and returns the output', async () => {
    const { sent, logs } = sdk(() => ({ events: [{ message: 'ERROR x' }], searchedLogStreams: [] }));
    const input = { logGroupName: '/aws/lambda/orders', filterPattern: 'ERROR', startTime: 0 };
    const out = await new logs.CloudWatchLogsClient({}).send(new logs.FilterLogEventsCommand(input));
    expect(out).toEqual({ events: [{ message: 'ERROR x' }], searchedLogStreams: [], $metadata });
    expect(sent).toEqual([{ service: 'logs', operation: 'FilterLogEvents', region: 'us-east-1', input }]);
    expect(logs.OrderBy.LastEventTime).toBe('LastEventTime');
  });

  it('throws the modeled exceptions by name', async () => {
    const refusal: SdkResult = { ok: false, error: { name: 'ResourceNotFoundException', message: 'The specified log group does not exist.', statusCode: 400, requestId: 'r-2', fields: {} } };
    const { logs } = sdk(() => refusal);
    const error = await new logs.CloudWatchLogs({}).describeLogStreams({ logGroupName: '/nope' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(logs.ResourceNotFoundException);
    expect(error).toBeInstanceOf(logs.CloudWatchLogsServiceException);
    expect((error as Error).message).toBe('The specified log group does not exist.');
  });

  it('pages FilterLogEvents by nextToken, and GetLogEvents until the forward token repeats', async () => {
    const { logs } = sdk((call) => {
      if (call.operation === 'FilterLogEvents') return call.input.nextToken ? { events: [{ message: 'b' }] } : { events: [{ message: 'a' }], nextToken: 't1' };
      return { events: call.input.nextToken === 'f/1' ? [] : [{ message: 'x' }], nextForwardToken: 'f/1', nextBackwardToken: 'b/0' };
    });
    const client = new logs.CloudWatchLogsClient({});
    const messages: string[] = [];
    for await (const page of logs.paginateFilterLogEvents({ client }, { logGroupName: 'g' })) messages.push(...page.events.map((e: { message: string }) => e.message));
    expect(messages).toEqual(['a', 'b']);
    let pages = 0;
    for await (const _ of logs.paginateGetLogEvents({ client }, { logGroupName: 'g', logStreamName: 's' })) pages++;
    expect(pages).toBe(2);
  });
});
