// EventBridge inside the whole engine, once engine.ts exposes it as `engine.eventbridge`: a handler
// sends PutEvents with the real SDK's code, a rule's pattern matches, and its target function gets
// the event; a scheduled rule invokes its function on the engine's clock, as its permission allows.
// (Skipped until the engine has EventBridge.)
import { afterEach, describe, expect, it } from 'vitest';
import { inProcessSandboxes, nodeCompiler } from '../../../../workers/testing/in-process-ports';
import { createEngine, type Engine } from '../../engine';
import { ManualClock } from '../../testing/fake-ports';
import { functionArnOf } from './test-support';
import type { EventBridgeServiceApi } from './service';

const LOGGER = "export const handler = async (event) => { console.log('EVENT ' + JSON.stringify(event)); };";
const SENDER = `
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
const client = new EventBridgeClient({});
export const handler = async (event) => client.send(new PutEventsCommand({ Entries: [{ Source: 'shop', DetailType: 'Order Placed', Detail: JSON.stringify(event) }] }));`;
const ALLOW_PUT_EVENTS = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'events:PutEvents', Resource: 'arn:aws:events:us-east-1:123456789012:event-bus/default' }] });

let engine: Engine | undefined;
afterEach(() => engine?.dispose());

const eventbridgeOf = (e: Engine) => (e as unknown as { eventbridge?: EventBridgeServiceApi }).eventbridge;

async function account() {
  const clock = new ManualClock();
  engine = createEngine({ compiler: await nodeCompiler(), sandboxes: inProcessSandboxes().factory, clock });
  const logged = (fn: string) => engine!.logs.events(`/aws/lambda/${fn}`).filter((e) => e.message.includes('EVENT ')).map((e) => JSON.parse(e.message.slice(e.message.indexOf('EVENT ') + 6)) as Record<string, unknown>);
  /** Lets the engine's queued work run: timers due now, then promises. */
  const settle = async (probe: () => boolean) => {
    for (let i = 0; i < 500 && !probe(); i++) {
      clock.advance(0);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };
  return { clock, logged, settle, events: eventbridgeOf(engine)! };
}

/** Whether engine.ts has wired EventBridge in yet. */
const wired = (() => {
  const probe = createEngine({ compiler: { compile: async () => ({ ok: false, errors: [], warnings: [] }) }, sandboxes: inProcessSandboxes().factory, clock: new ManualClock() });
  probe.dispose();
  return eventbridgeOf(probe) !== undefined;
})();

describe.skipIf(!wired)('EventBridge in the engine', () => {
  it('routes an event a handler puts with the SDK to the function a rule targets', async () => {
    const { events, logged, settle } = await account();
    const e = engine!;
    await e.lambda.createFunction({ FunctionName: 'sender', Code: { Files: { 'index.mjs': SENDER } } });
    await e.lambda.createFunction({ FunctionName: 'worker', Code: { Files: { 'index.mjs': LOGGER } } });
    const role = e.iam.roleOf({ functionName: 'sender', roleArn: (await e.lambda.getFunctionConfiguration({ FunctionName: 'sender' })).Role });
    e.iam.roles.putRolePolicy(role.roleName, 'put-events', ALLOW_PUT_EVENTS);
    await events.putRule({ Name: 'orders', EventPattern: '{"source":["shop"],"detail":{"total":[{"numeric":[">",10]}]}}' });
    await events.putTargets({ Rule: 'orders', Targets: [{ Id: 'w', Arn: functionArnOf('worker'), InputPath: '$.detail' }] });
    e.lambda.addPermission({ FunctionName: 'worker', StatementId: 'events', Action: 'lambda:InvokeFunction', Principal: 'events.amazonaws.com', SourceArn: 'arn:aws:events:us-east-1:123456789012:rule/orders' });
    const result = await e.lambda.invoke({ FunctionName: 'sender', Payload: JSON.stringify({ total: 42 }) });
    expect(JSON.parse(result.Payload)).toMatchObject({ FailedEntryCount: 0, Entries: [{ EventId: expect.any(String) }] });
    await settle(() => logged('worker').length > 0);
    expect(logged('worker')).toEqual([{ total: 42 }]);
  });

  it('invokes a scheduled rule\'s target with the Scheduled Event, and not without its permission', async () => {
    const { events, logged, settle, clock } = await account();
    const e = engine!;
    await e.lambda.createFunction({ FunctionName: 'worker', Code: { Files: { 'index.mjs': LOGGER } } });
    await events.putRule({ Name: 'tick', ScheduleExpression: 'rate(1 minute)' });
    await events.putTargets({ Rule: 'tick', Targets: [{ Id: 'w', Arn: functionArnOf('worker') }] });
    const failures: unknown[] = [];
    e.events.on((event) => void (event.type === 'trigger-failed' && failures.push(event)));
    clock.advance(60_000);
    expect(failures).toEqual([expect.objectContaining({ type: 'trigger-failed', functionName: 'worker', source: expect.stringContaining('tick') })]);
    e.lambda.addPermission({ FunctionName: 'worker', StatementId: 'events', Action: 'lambda:InvokeFunction', Principal: 'events.amazonaws.com', SourceArn: 'arn:aws:events:us-east-1:123456789012:rule/tick' });
    clock.advance(60_000);
    await settle(() => logged('worker').length > 0);
    expect(logged('worker')[0]).toMatchObject({ 'detail-type': 'Scheduled Event', source: 'aws.events', resources: ['arn:aws:events:us-east-1:123456789012:rule/tick'], detail: {} });
  });
});
