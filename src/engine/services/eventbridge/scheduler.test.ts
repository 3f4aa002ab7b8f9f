// Scheduled rules on a manual clock: the Scheduled Event they deliver (compared with AWS's sample),
// when they fire, and that disabling, re-enabling, changing and deleting them does what AWS does.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlaygroundClock } from '../../clock/playground-clock';
import { ManualClock } from '../../testing/fake-ports';
import { createEventBridgeService } from './service';
import { eventBridgeAccount, functionArnOf } from './test-support';

const SAMPLE = JSON.parse(readFileSync(resolve(__dirname, '../../../../test-fixtures/events/aws-sam-cli/ScheduledEvent.json'), 'utf8')) as Record<string, unknown>;
const MINUTE = 60_000;
const START = Date.UTC(2026, 10, 21, 12, 0, 0);
const iso = (t: number) => new Date(t).toISOString();

async function scheduled(expression: string, name = 'tick') {
  const account = eventBridgeAccount();
  await account.events.putRule({ Name: name, ScheduleExpression: expression });
  await account.events.putTargets({ Rule: name, Targets: [{ Id: 'fn', Arn: functionArnOf('worker') }] });
  return account;
}

describe('scheduled rules', () => {
  it('deliver the Scheduled Event, field for field as AWS\'s sample, for the time the rule was due', async () => {
    const { clock, deliveries, fired } = await scheduled('rate(5 minutes)', 'ExampleRule');
    clock.advance(5 * MINUTE);
    expect(deliveries).toHaveLength(1);
    const event = deliveries[0]!.event as Record<string, unknown>;
    expect(Object.keys(event)).toEqual(['version', ...Object.keys(SAMPLE)]);
    expect(event).toEqual({ ...SAMPLE, version: '0', id: expect.stringMatching(/^[0-9a-f-]{36}$/), time: '2026-11-21T12:05:00Z' });
    expect(event.resources).toEqual(SAMPLE.resources);
    expect(deliveries[0]!.target).toEqual({ functionName: 'worker', ruleArn: 'arn:aws:events:us-east-1:123456789012:rule/ExampleRule', targetId: 'fn' });
    expect(fired).toEqual([['ExampleRule', START + 5 * MINUTE]]);
  });

  it('fire every period from when the rule was created, however far the clock jumps', async () => {
    const { clock, deliveries } = await scheduled('rate(5 minutes)');
    clock.advance(60 * MINUTE);
    expect(deliveries.map((d) => d.at - START)).toEqual(Array.from({ length: 12 }, (_, i) => (i + 1) * 5 * MINUTE));
    expect(new Set(deliveries.map((d) => (d.event as { id: string }).id)).size).toBe(12);
  });

  it('fire a cron rule at the minutes it names, in UTC', async () => {
    const { clock, deliveries, events } = await scheduled('cron(0/15 12-13 ? * SAT *)');
    expect(events.nextFireTimes('tick', 5).map(iso)).toEqual([
      '2026-11-21T12:15:00.000Z', '2026-11-21T12:30:00.000Z', '2026-11-21T12:45:00.000Z', '2026-11-21T13:00:00.000Z', '2026-11-21T13:15:00.000Z',
    ]);
    clock.advance(3 * 60 * MINUTE);
    expect(deliveries.map((d) => (d.event as { time: string }).time)).toEqual([
      '2026-11-21T12:15:00Z', '2026-11-21T12:30:00Z', '2026-11-21T12:45:00Z', '2026-11-21T13:00:00Z', '2026-11-21T13:15:00Z', '2026-11-21T13:30:00Z', '2026-11-21T13:45:00Z',
    ]);
    // The next Saturday, a week on.
    expect(events.nextFireTimes('tick', 1).map(iso)).toEqual(['2026-11-28T12:00:00.000Z']);
  });

  it('fire a rule whose next time is weeks away when it comes', async () => {
    const { clock, deliveries } = await scheduled('cron(0 9 1 1 ? *)');
    clock.advance(41 * 24 * 60 * MINUTE + 21 * 60 * MINUTE);
    expect(deliveries.map((d) => (d.event as { time: string }).time)).toEqual(['2027-01-01T09:00:00Z']);
  });

  it('set the playground clock\'s next timer at the firing itself, so one jump fires a daily rule', async () => {
    const clock = new PlaygroundClock(new ManualClock());
    const deliveries: string[] = [];
    const events = createEventBridgeService({ clock, deliver: (_target, event) => void deliveries.push((event as { time: string }).time), changed: () => {} });
    await events.putRule({ Name: 'daily', ScheduleExpression: 'cron(0 12 * * ? *)' });
    await events.putTargets({ Rule: 'daily', Targets: [{ Id: 'fn', Arn: functionArnOf('worker') }] });
    expect(iso(clock.state().nextTimerAt!)).toBe('2026-11-22T12:00:00.000Z');
    clock.stepToNext();
    expect(deliveries).toEqual(['2026-11-22T12:00:00Z']);
    expect(iso(clock.state().nextTimerAt!)).toBe('2026-11-23T12:00:00.000Z');
    events.dispose();
  });

  it('do not fire while disabled, and restart counting when enabled again', async () => {
    const { clock, deliveries, events } = await scheduled('rate(10 minutes)');
    clock.advance(3 * MINUTE);
    await events.disableRule({ Name: 'tick' });
    expect(events.nextFireTimes('tick')).toEqual([]);
    clock.advance(30 * MINUTE);
    expect(deliveries).toEqual([]);
    await events.enableRule({ Name: 'tick' });
    expect(events.nextFireTimes('tick', 2)).toEqual([START + 43 * MINUTE, START + 53 * MINUTE]);
    clock.advance(10 * MINUTE);
    expect(deliveries.map((d) => d.at)).toEqual([START + 43 * MINUTE]);
  });

  it('keep their cadence when PutRule leaves the schedule as it was, and start again when it changes it', async () => {
    const { clock, deliveries, events } = await scheduled('rate(10 minutes)');
    clock.advance(4 * MINUTE);
    await events.putRule({ Name: 'tick', ScheduleExpression: 'rate(10 minutes)', Description: 'same schedule' });
    clock.advance(6 * MINUTE);
    expect(deliveries.map((d) => d.at)).toEqual([START + 10 * MINUTE]);
    await events.putRule({ Name: 'tick', ScheduleExpression: 'rate(2 minutes)' });
    clock.advance(4 * MINUTE);
    expect(deliveries.map((d) => d.at)).toEqual([START + 10 * MINUTE, START + 12 * MINUTE, START + 14 * MINUTE]);
  });

  it('stop when deleted, and when the service is disposed', async () => {
    const { clock, deliveries, events } = await scheduled('rate(1 minute)');
    await events.removeTargets({ Rule: 'tick', Ids: ['fn'] });
    await events.deleteRule({ Name: 'tick' });
    clock.advance(10 * MINUTE);
    expect(deliveries).toEqual([]);
    const other = await scheduled('rate(1 minute)');
    other.events.dispose();
    other.clock.advance(10 * MINUTE);
    expect(other.deliveries).toEqual([]);
  });

  it('keep the last firings for the UI, newest first, with how many targets each reached', async () => {
    const { clock, events } = await scheduled('rate(1 minute)');
    clock.advance(3 * MINUTE);
    expect(events.lastFirings('tick').map((f) => [f.time - START, f.kind, f.targets])).toEqual([
      [3 * MINUTE, 'schedule', 1], [2 * MINUTE, 'schedule', 1], [1 * MINUTE, 'schedule', 1],
    ]);
  });

  it('preview the fire times of an expression, refusing one PutRule would refuse', async () => {
    const { events } = eventBridgeAccount();
    expect((await events.previewSchedule('cron(0 8 1 * ? *)', 2)).map(iso)).toEqual(['2026-12-01T08:00:00.000Z', '2027-01-01T08:00:00.000Z']);
    await expect(events.previewSchedule('rate(1 minutes)')).rejects.toMatchObject({ code: 'ValidationException', fields: { Field: 'rate unit' } });
  });
});
