// The lazily loaded EventBridge: empty until its first asynchronous call loads it, then the same service.
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../testing/fake-ports';
import { lazyEventBridgeService } from './lazy-service';
import { functionArnOf } from './test-support';

describe('lazyEventBridgeService', () => {
  it('answers the synchronous reads empty until loaded, then serves rules and fires schedules', async () => {
    const clock = new ManualClock();
    const delivered: unknown[] = [];
    const events = lazyEventBridgeService({ clock, deliver: (_target, event) => delivered.push(event), changed: () => {} });
    expect(events.listRuleDefs()).toEqual([]);
    expect(events.nextFireTimes('tick')).toEqual([]);
    expect(events.findRuleDef('tick')).toBeUndefined();
    await events.importRule({ Name: 'tick', ScheduleExpression: 'rate(1 minute)', State: 'ENABLED', Targets: [{ Id: 'fn', Arn: functionArnOf('worker') }] });
    expect(events.listRuleDefs().map((r) => r.Name)).toEqual(['tick']);
    expect(events.nextFireTimes('tick', 1)).toEqual([clock.now() + 60_000]);
    clock.advance(60_000);
    expect(delivered).toHaveLength(1);
    expect(events.lastFirings('tick')).toHaveLength(1);
    events.dispose();
    clock.advance(60_000);
    expect(delivered).toHaveLength(1);
  });

  it('stops a service that finishes loading after it was disposed', async () => {
    const clock = new ManualClock();
    const delivered: unknown[] = [];
    const events = lazyEventBridgeService({ clock, deliver: (_target, event) => delivered.push(event), changed: () => {} });
    const importing = events.importRule({ Name: 'tick', ScheduleExpression: 'rate(1 minute)', State: 'ENABLED', Targets: [{ Id: 'fn', Arn: functionArnOf('worker') }] });
    events.dispose();
    await importing;
    clock.advance(5 * 60_000);
    expect(delivered).toEqual([]);
  });
});
