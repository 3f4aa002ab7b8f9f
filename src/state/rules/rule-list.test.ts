// The EventBridge rules state over a real engine, with EventBridge attached as the engine will attach
// it (deliveries become asynchronous invocations the function's resource policy must allow).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Engine, EngineEvent } from '../../engine/engine';
import { ACCOUNT_ID } from '../../engine/ids';
import { createEventBridgeService } from '../../engine/services/eventbridge/service';
import { systemClock } from '../../../workers/testing/in-process-ports';
import { LOGGER, testEngine, until } from '../shared/state-test-engine';
import { emptyEventForm, emptyRuleForm, emptyTargetForm } from './rule-form';
import { RuleList } from './rule-list.svelte';
import { ruleSlice } from './rule-slice';

/** The engine with `eventbridge`, wired as engine.ts will wire it. */
function withEventBridge(engine: Engine): Engine {
  const emit = (event: unknown) => engine.events.emit(event as EngineEvent);
  const eventbridge = createEventBridgeService({
    clock: systemClock,
    changed: () => emit({ type: 'rules-changed' }),
    fired: (rule, time) => emit({ type: 'rule-fired', rule, time }),
    deliver: (target, event) => {
      const principal = { service: 'events.amazonaws.com', sourceArn: target.ruleArn, sourceAccount: ACCOUNT_ID };
      if (!engine.iam.mayInvoke(target.functionName, target.qualifier, principal).allowed) return;
      void engine.lambda.invokeAsync({ FunctionName: target.functionName, ...(target.qualifier ? { Qualifier: target.qualifier } : {}), Payload: JSON.stringify(event) });
    },
  });
  const dispose = engine.dispose;
  return Object.assign(engine, { eventbridge, dispose: () => (eventbridge.dispose(), dispose()) }) as Engine;
}

let engine: Engine;
let notices: string[];
let list: RuleList;
beforeEach(async () => {
  engine = withEventBridge(await testEngine());
  notices = [];
  list = new RuleList(engine, (kind, text) => notices.push(`${kind}: ${text}`));
});
afterEach(() => engine.dispose());

describe('rule list', () => {
  it('says where a schedule expression is wrong, keeping EventBridge\'s message', async () => {
    const problem = await list.create({ ...emptyRuleForm(), name: 'nightly', schedule: 'cron(0 1 * * * *)' });
    expect(problem).toEqual({
      message: 'ValidationException: Parameter ScheduleExpression is not valid.',
      field: 'schedule',
      reason: "day-of-week: '?' is needed in day-of-month or day-of-week",
      // The same as a code, for the interface language.
      schedule: { part: 'day-of-week', reason: { code: 'cron.questionNeeded', values: {} } },
    });
    expect(list.rules).toEqual([]);
  });

  it('says where an event pattern is wrong, by line and column', async () => {
    const problem = await list.create({ ...emptyRuleForm(), name: 'orders', kind: 'pattern', pattern: '{\n  "source": "shop"\n}' });
    expect(problem).toMatchObject({ field: 'pattern', place: { line: 2, column: 14 } });
    expect(problem?.message).toMatch(/^InvalidEventPatternException: Event pattern is not valid\. Reason: "source" must be an object or an array\n at \[Source/);
  });

  it('creates and selects a rule, shows its next five firings, and none once disabled', async () => {
    expect(await list.create({ ...emptyRuleForm(), name: 'tick', schedule: 'rate(5 minutes)' })).toBeUndefined();
    expect(list.selected).toBe('tick');
    expect(list.rules.map((r) => r.Name)).toEqual(['tick']);
    const times = list.nextFirings('tick');
    expect(times).toHaveLength(5);
    expect(times.slice(1).map((t, i) => t - times[i]!)).toEqual([300_000, 300_000, 300_000, 300_000]);
    expect(await list.setEnabled('tick', false)).toBeUndefined();
    expect(list.rules[0]!.State).toBe('DISABLED');
    expect(list.nextFirings('tick')).toEqual([]);
  });

  it('previews an expression as it is typed', async () => {
    const preview = await list.preview('cron(0 12 * * ? *)');
    expect('times' in preview && preview.times.every((t) => new Date(t).getUTCHours() === 12)).toBe(true);
    expect(await list.preview('rate(2 minute)')).toEqual({ problem: expect.objectContaining({ field: 'schedule', reason: 'rate unit: a value over 1 takes the plural unit: rate(2 minutes)' }) });
  });

  it('adds a function target, offers the permission EventBridge needs, and delivers sent events once allowed', async () => {
    await engine.lambda.createFunction({ FunctionName: 'worker', Code: { Files: { 'index.mjs': LOGGER } } });
    await list.create({ ...emptyRuleForm(), name: 'orders', kind: 'pattern', pattern: '{"source": ["shop"]}' });
    const added = await list.addTarget('orders', { ...emptyTargetForm(), functionName: 'worker', inputKind: 'path', path: '$.detail' });
    expect(added).toEqual({ missing: { functionName: 'worker', rule: 'orders' } });
    expect(list.rules[0]!.Targets).toEqual([{ Id: 'worker', Arn: 'arn:aws:lambda:us-east-1:123456789012:function:worker', InputPath: '$.detail' }]);
    expect(list.allowInvoke(added.missing!)).toBeUndefined();
    const result = await list.send({ ...emptyEventForm(), source: 'shop', detail: '{"orderId": "7"}' });
    expect(result).toEqual({ sent: { eventId: expect.any(String), matched: ['orders'] } });
    const logged = await until(() => engine.logs.events('/aws/lambda/worker').find((e) => e.message.includes('EVENT ')));
    expect(logged.message).toContain('EVENT {"orderId":"7"}');
    expect(list.lastFirings('orders')).toEqual([expect.objectContaining({ kind: 'event', targets: 1 })]);
  });

  it('answers a refused event entry with AWS\'s error, and a bad target form before asking EventBridge', async () => {
    expect(await list.send({ ...emptyEventForm(), detail: '[1]' })).toEqual({ sent: { error: 'MalformedDetail: Detail is malformed.', matched: [] } });
    await list.create({ ...emptyRuleForm(), name: 'r' });
    expect(await list.addTarget('r', { ...emptyTargetForm(), functionName: 'f', inputKind: 'constant', constant: '{nope' })).toEqual({
      problem: { message: expect.stringMatching(/^The constant input is not valid JSON \(line 1, column 2\)/), field: 'target' },
    });
    expect((await list.addTarget('r', { ...emptyTargetForm(), functionName: 'f', inputKind: 'transformer', pathsMap: '{}', template: '{"a": <b>}' })).problem?.message).toBe(
      'ValidationException: InputTemplate for target f contains invalid placeholder b.',
    );
  });

  it('deletes a rule with targets (removing them first, as the console does)', async () => {
    await list.create({ ...emptyRuleForm(), name: 'r' });
    await list.addTarget('r', { ...emptyTargetForm(), functionName: 'f' });
    expect(await list.delete('r')).toBeUndefined();
    expect(list.rules).toEqual([]);
    expect(list.selected).toBeUndefined();
    expect(notices).toEqual(['info: Deleted the rule r.']);
  });

  it('saves and restores rules through its slice of the project document', async () => {
    await list.create({ ...emptyRuleForm(), name: 'r', description: 'every five minutes' });
    await list.addTarget('r', { ...emptyTargetForm(), functionName: 'f', qualifier: 'live', inputKind: 'constant' });
    const saved = ruleSlice.read(engine);
    expect(saved).toEqual([{ Name: 'r', ScheduleExpression: 'rate(5 minutes)', State: 'ENABLED', Description: 'every five minutes', Targets: [{ Id: 'f-live', Arn: 'arn:aws:lambda:us-east-1:123456789012:function:f:live', Input: '{\n  "job": "nightly"\n}' }] }]);
    expect(ruleSlice.describe(saved[0])).toBe('the EventBridge rule r');
    const other = withEventBridge(await testEngine());
    await ruleSlice.restore(other, JSON.parse(JSON.stringify(saved[0])));
    expect(ruleSlice.read(other)).toEqual(saved);
    other.dispose();
  });
});
