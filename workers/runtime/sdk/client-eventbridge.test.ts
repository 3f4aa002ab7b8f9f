// The sandbox's @aws-sdk/client-eventbridge over a fake host: what goes on the wire, what comes back,
// and errors as the SDK throws them.
import { describe, expect, it } from 'vitest';
import type { SdkCall, SdkResult } from '../../../src/engine/sdk/types';
import { createSdkTransport } from './transport';
import { createEventBridgeModule } from './client-eventbridge';

/** A package as a handler sees it: untyped. */
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
  return { sent, eb: createEventBridgeModule({ transport, defaultRegion: () => 'us-east-1' }) as Module };
}

describe('@aws-sdk/client-eventbridge in the sandbox', () => {
  it('sends PutEventsCommand as it is, a Date Time included, and hands back the output', async () => {
    const { sent, eb } = sdk(() => ({ FailedEntryCount: 0, Entries: [{ EventId: 'e-1' }] }));
    const time = new Date(Date.UTC(2026, 11, 7, 12));
    const out = await new eb.EventBridgeClient({}).send(new eb.PutEventsCommand({ Entries: [{ Source: 'shop', DetailType: 'Order', Detail: '{"id":1}', Time: time }] }));
    expect(sent).toEqual([{ service: 'eventbridge', operation: 'PutEvents', region: 'us-east-1', input: { Entries: [{ Source: 'shop', DetailType: 'Order', Detail: '{"id":1}', Time: time }] } }]);
    expect(out).toEqual({ FailedEntryCount: 0, Entries: [{ EventId: 'e-1' }], $metadata });
  });

  it('has the aggregated EventBridge class and every simulated command', async () => {
    const { sent, eb } = sdk(() => ({ RuleArn: 'arn:aws:events:us-east-1:123456789012:rule/r' }));
    const out = await new eb.EventBridge({ region: 'us-east-1' }).putRule({ Name: 'r', ScheduleExpression: 'rate(1 day)' });
    expect(out.RuleArn).toBe('arn:aws:events:us-east-1:123456789012:rule/r');
    expect(sent[0]).toMatchObject({ service: 'eventbridge', operation: 'PutRule' });
    for (const name of ['PutRule', 'DescribeRule', 'ListRules', 'DeleteRule', 'EnableRule', 'DisableRule', 'PutTargets', 'RemoveTargets', 'ListTargetsByRule', 'TestEventPattern']) {
      expect(new eb[`${name}Command`]({}).input).toEqual({});
    }
    expect(eb.RuleState.ENABLED).toBe('ENABLED');
    expect(() => new eb.CreateEventBusCommand({})).toThrow('CreateEventBusCommand is not simulated by this playground: its @aws-sdk/client-eventbridge has');
  });

  it('throws modeled exceptions as their classes and ValidationException as the service exception', async () => {
    const fail = (name: string, message: string): SdkResult => ({ ok: false, error: { name, message, statusCode: 400, requestId: 'r-err', fields: {} } });
    const { eb } = sdk((call) => (call.operation === 'DescribeRule' ? fail('ResourceNotFoundException', 'Rule nope does not exist on EventBus default.') : fail('ValidationException', 'Parameter ScheduleExpression is not valid.')));
    const client = new eb.EventBridgeClient({});
    const missing = await client.send(new eb.DescribeRuleCommand({ Name: 'nope' })).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(eb.ResourceNotFoundException);
    expect(missing).toBeInstanceOf(eb.EventBridgeServiceException);
    expect(missing).toMatchObject({ name: 'ResourceNotFoundException', message: 'Rule nope does not exist on EventBus default.', $fault: 'client', $metadata: { httpStatusCode: 400, requestId: 'r-err' } });
    const invalid = await client.send(new eb.PutRuleCommand({ Name: 'r', ScheduleExpression: 'x' })).catch((e: unknown) => e);
    expect(invalid).toBeInstanceOf(eb.EventBridgeServiceException);
    expect(invalid).toMatchObject({ name: 'ValidationException', message: 'Parameter ScheduleExpression is not valid.' });
  });
});
