// `playground.events` over the service: SDK shapes in and out, and schedule previews.
import { describe, expect, it } from 'vitest';
import { eventBridgeAccount, functionArnOf } from '../engine/services/eventbridge/test-support';
import { createEventsScripting } from './scripting-events';

describe('playground.events', () => {
  it('runs the EventBridge API with its shapes and previews schedules', async () => {
    const { events, clock, deliveries } = eventBridgeAccount();
    const api = createEventsScripting(events);
    expect(await api.putRule({ Name: 'tick', ScheduleExpression: 'rate(1 hour)' })).toEqual({ RuleArn: 'arn:aws:events:us-east-1:123456789012:rule/tick' });
    await api.putTargets({ Rule: 'tick', Targets: [{ Id: 'fn', Arn: functionArnOf('worker') }] });
    expect(api.ruleFireTimes('tick', 2)).toEqual([clock.now() + 3_600_000, clock.now() + 7_200_000]);
    expect(await api.nextFireTimes('cron(0 0 1 1 ? *)', 1)).toEqual([Date.UTC(2027, 0, 1)]);
    await expect(api.nextFireTimes('cron(0 0 * * * *)')).rejects.toMatchObject({ code: 'ValidationException', message: 'Parameter ScheduleExpression is not valid.' });
    clock.advance(3_600_000);
    expect(deliveries).toHaveLength(1);
    expect(api.lastFirings('tick')).toHaveLength(1);
    expect((await api.testEventPattern({ EventPattern: '{"source":["a"]}', Event: JSON.stringify({ id: '1', account: '1', source: 'a', time: 't', region: 'r', 'detail-type': 'd', resources: [] }) })).Result).toBe(true);
  });
});
