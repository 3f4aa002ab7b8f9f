// The engine records metrics as functions run: invocations, errors and EMF lines a handler logs.
import { afterEach, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../engine';
import { inProcessSandboxes, nodeCompiler, systemClock } from '../../../workers/testing/in-process-ports';

let engine: Engine | undefined;
afterEach(() => engine?.dispose());

const HANDLER = `export const handler = async (event: { fail?: boolean }) => {
  console.log(JSON.stringify({ _aws: { Timestamp: Date.now(), CloudWatchMetrics: [{ Namespace: 'Shop', Dimensions: [['Service']], Metrics: [{ Name: 'Orders', Unit: 'Count' }] }] }, Service: 'cart', Orders: 2 }));
  if (event.fail) throw new Error('boom');
  return 'ok';
};
`;

describe('engine.cloudwatch', () => {
  it('records AWS/Lambda metrics and EMF metrics from real invocations', async () => {
    engine = createEngine({ compiler: await nodeCompiler(), sandboxes: inProcessSandboxes().factory, clock: systemClock });
    await engine.lambda.createFunction({ FunctionName: 'shop', Code: { Files: { 'index.ts': HANDLER } } });
    await engine.lambda.invoke({ FunctionName: 'shop', Payload: '{}' });
    await engine.lambda.invoke({ FunctionName: 'shop', Payload: '{"fail":true}' });
    const now = engine.cloudwatch.now();
    const range = { start: now - 3600_000, end: now + 60_000, period: 3600 };
    const fn = [{ Name: 'FunctionName', Value: 'shop' }];
    expect(engine.cloudwatch.series({ Namespace: 'AWS/Lambda', MetricName: 'Invocations', Dimensions: fn }, { ...range, stat: 'Sum' }).values).toEqual([2]);
    expect(engine.cloudwatch.series({ Namespace: 'AWS/Lambda', MetricName: 'Errors', Dimensions: fn }, { ...range, stat: 'Sum' }).values).toEqual([1]);
    expect(engine.cloudwatch.series({ Namespace: 'AWS/Lambda', MetricName: 'ConcurrentExecutions', Dimensions: fn }, { ...range, stat: 'Maximum' }).values).toEqual([1]);
    expect(engine.cloudwatch.series({ Namespace: 'Shop', MetricName: 'Orders', Dimensions: [{ Name: 'Service', Value: 'cart' }] }, { ...range, stat: 'Sum' }).values).toEqual([4]);
  });

  it('serves PutMetricData from a handler whose role allows it', async () => {
    engine = createEngine({ compiler: await nodeCompiler(), sandboxes: inProcessSandboxes().factory, clock: systemClock });
    const code = `import { CloudWatchClient, PutMetricDataCommand, StandardUnit } from '@aws-sdk/client-cloudwatch';
const cw = new CloudWatchClient({});
export const handler = async () => {
  await cw.send(new PutMetricDataCommand({ Namespace: 'Shop', MetricData: [{ MetricName: 'Sales', Value: 42, Unit: StandardUnit.Count }] }));
  return 'sent';
};
`;
    await engine.lambda.createFunction({ FunctionName: 'seller', Code: { Files: { 'index.ts': code } } });
    const denied = await engine.lambda.invoke({ FunctionName: 'seller', Payload: '{}' });
    expect(JSON.parse(denied.Payload)).toMatchObject({ errorType: 'AccessDenied' });
    engine.iam.roles.putRolePolicy('seller-role', 'metrics', JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'cloudwatch:PutMetricData', Resource: '*' }] }));
    await engine.lambda.invoke({ FunctionName: 'seller', Payload: '{}' });
    const now = engine.cloudwatch.now();
    const listed = engine.cloudwatch.listMetrics({ Namespace: 'Shop' }).Metrics;
    expect(listed).toEqual([{ Namespace: 'Shop', MetricName: 'Sales', Dimensions: [] }]);
    expect(engine.cloudwatch.series({ Namespace: 'Shop', MetricName: 'Sales' }, { start: now - 3600_000, end: now + 60_000, period: 3600, stat: 'Sum' }).values).toEqual([42]);
  });
});
