// The sandbox's @aws-sdk/client-cloudwatch over a fake host: what goes on the wire, what comes back,
// and the modeled exceptions as SDK v3 throws them.
import { describe, expect, it } from 'vitest';
import type { SdkCall, SdkResult } from '../../../src/engine/sdk/types';
import { createCloudWatchModule } from './client-cloudwatch';
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
  return { sent, cw: createCloudWatchModule({ transport, defaultRegion: () => 'us-east-1' }) as Module };
}

describe('@aws-sdk/client-cloudwatch in the sandbox', () => {
  it('sends PutMetricDataCommand as it is and returns the output', async () => {
    const { sent, cw } = sdk();
    const input = { Namespace: 'Shop', MetricData: [{ MetricName: 'Orders', Value: 1, Unit: cw.StandardUnit.Count, Timestamp: new Date(0) }] };
    expect(await new cw.CloudWatchClient({}).send(new cw.PutMetricDataCommand(input))).toEqual({ $metadata });
    expect(sent).toEqual([{ service: 'cloudwatch', operation: 'PutMetricData', region: 'us-east-1', input }]);
    expect(cw.StandardUnit.Bytes_Second).toBe('Bytes/Second');
  });

  it('throws the modeled exceptions by name', async () => {
    const refusal: SdkResult = { ok: false, error: { name: 'InvalidParameterValueException', message: 'The value AWS/Lambda for parameter Namespace is invalid.', statusCode: 400, requestId: 'r-2', fields: {} } };
    const { cw } = sdk(() => refusal);
    const error = await new cw.CloudWatch({}).putMetricData({ Namespace: 'AWS/Lambda', MetricData: [{ MetricName: 'x', Value: 1 }] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(cw.InvalidParameterValueException);
    expect(error).toBeInstanceOf(cw.CloudWatchServiceException);
    expect((error as Error).message).toBe('The value AWS/Lambda for parameter Namespace is invalid.');
  });

  it('pages ListMetrics by NextToken', async () => {
    const { cw } = sdk((call) => (call.input.NextToken ? { Metrics: [{ MetricName: 'b' }] } : { Metrics: [{ MetricName: 'a' }], NextToken: '1' }));
    const names: string[] = [];
    for await (const page of cw.paginateListMetrics({ client: new cw.CloudWatchClient({}) }, {})) names.push(...page.Metrics.map((m: { MetricName: string }) => m.MetricName));
    expect(names).toEqual(['a', 'b']);
  });
});
