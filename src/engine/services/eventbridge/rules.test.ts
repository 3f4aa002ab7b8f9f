// PutRule, DescribeRule, ListRules, DeleteRule, EnableRule and DisableRule: AWS's shapes and messages.
import { describe, expect, it } from 'vitest';
import { eventBridgeAccount, failure, functionArnOf } from './test-support';

describe('PutRule and DescribeRule', () => {
  it('creates an enabled rule on the default bus and describes it as EventBridge does', async () => {
    const { events, counts } = eventBridgeAccount();
    expect(await events.putRule({ Name: 'nightly', ScheduleExpression: 'cron(0 2 * * ? *)', Description: 'Backups' })).toEqual({
      RuleArn: 'arn:aws:events:us-east-1:123456789012:rule/nightly',
    });
    expect(await events.describeRule({ Name: 'nightly' })).toEqual({
      Name: 'nightly',
      Arn: 'arn:aws:events:us-east-1:123456789012:rule/nightly',
      ScheduleExpression: 'cron(0 2 * * ? *)',
      State: 'ENABLED',
      Description: 'Backups',
      EventBusName: 'default',
      CreatedBy: '123456789012',
    });
    expect(counts.changes).toBe(1);
  });

  it('keeps the pattern as written, and takes the default bus by name or ARN', async () => {
    const { events } = eventBridgeAccount();
    const pattern = '{ "source": ["shop.orders"] }';
    await events.putRule({ Name: 'orders', EventPattern: pattern, State: 'DISABLED', EventBusName: 'arn:aws:events:us-east-1:123456789012:event-bus/default' });
    expect(await events.describeRule({ Name: 'orders', EventBusName: 'default' })).toMatchObject({ EventPattern: pattern, State: 'DISABLED' });
  });

  it('replaces every setting of an existing rule but keeps its targets', async () => {
    const { events } = eventBridgeAccount();
    await events.putRule({ Name: 'r', ScheduleExpression: 'rate(1 hour)', Description: 'old', State: 'DISABLED' });
    await events.putTargets({ Rule: 'r', Targets: [{ Id: 't', Arn: functionArnOf('worker') }] });
    await events.putRule({ Name: 'r', ScheduleExpression: 'rate(2 hours)' });
    const described = await events.describeRule({ Name: 'r' });
    expect(described).toMatchObject({ ScheduleExpression: 'rate(2 hours)', State: 'ENABLED' });
    expect(described).not.toHaveProperty('Description');
    expect((await events.listTargetsByRule({ Rule: 'r' })).Targets).toHaveLength(1);
  });

  it('refuses a schedule it cannot parse with AWS\'s message, and says which field and why', async () => {
    const { events } = eventBridgeAccount();
    expect(await failure(events.putRule({ Name: 'r', ScheduleExpression: 'cron(0 1 * * * *)' }))).toEqual({
      code: 'ValidationException',
      message: 'Parameter ScheduleExpression is not valid.',
      fields: { Field: 'day-of-week', Reason: "day-of-week: '?' is needed in day-of-month or day-of-week" },
    });
    expect((await failure(events.putRule({ Name: 'r', ScheduleExpression: 'rate(2 minute)' }))).fields).toEqual({
      Field: 'rate unit', Reason: 'rate unit: a value over 1 takes the plural unit: rate(2 minutes)',
    });
    expect(events.listRuleDefs()).toEqual([]);
  });

  it.each([
    [{ Name: 'r' }, 'ValidationException', 'Parameter(s) EventPattern or ScheduleExpression must be specified.'],
    [{ Name: 'r', EventPattern: '{"source": "x"}' }, 'InvalidEventPatternException', 'Event pattern is not valid. Reason: "source" must be an object or an array\n at [Source: (String)"{"source": "x"}"; line: 1, column: 13]'],
    [{ Name: 'bad name', ScheduleExpression: 'rate(1 day)' }, 'ValidationException', "1 validation error detected: Value 'bad name' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\.\\-_A-Za-z0-9]+"],
    [{ Name: 'x'.repeat(65), ScheduleExpression: 'rate(1 day)' }, 'ValidationException', `1 validation error detected: Value '${'x'.repeat(65)}' at 'name' failed to satisfy constraint: Member must have length less than or equal to 64`],
    [{ Name: 'r', ScheduleExpression: 'rate(1 day)', State: 'ON' }, 'ValidationException', "1 validation error detected: Value 'ON' at 'state' failed to satisfy constraint: Member must satisfy enum value set: [ENABLED, DISABLED, ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS]"],
    [{ Name: 'r', ScheduleExpression: 'rate(1 day)', EventBusName: 'orders' }, 'ResourceNotFoundException', 'Event bus orders does not exist.'],
  ])('refuses %j', async (input, code, message) => {
    const { events } = eventBridgeAccount();
    expect(await failure(events.putRule(input))).toMatchObject({ code, message });
  });

  it('answers ResourceNotFoundException for a rule that does not exist', async () => {
    const { events } = eventBridgeAccount();
    for (const call of [events.describeRule({ Name: 'nope' }), events.enableRule({ Name: 'nope' }), events.disableRule({ Name: 'nope' }), events.listTargetsByRule({ Rule: 'nope' })]) {
      expect(await failure(call)).toMatchObject({ code: 'ResourceNotFoundException', message: 'Rule nope does not exist on EventBus default.' });
    }
  });
});

describe('ListRules', () => {
  it('lists by name, filtered by NamePrefix, a page at a time', async () => {
    const { events } = eventBridgeAccount();
    for (const name of ['orders-b', 'audit', 'orders-a', 'orders-c']) await events.putRule({ Name: name, EventPattern: '{"source":["s"]}' });
    expect((await events.listRules()).Rules.map((r) => r.Name)).toEqual(['audit', 'orders-a', 'orders-b', 'orders-c']);
    const first = await events.listRules({ NamePrefix: 'orders-', Limit: 2 });
    expect(first.Rules.map((r) => r.Name)).toEqual(['orders-a', 'orders-b']);
    const second = await events.listRules({ NamePrefix: 'orders-', Limit: 2, NextToken: first.NextToken });
    expect(second).toEqual({
      Rules: [{ Name: 'orders-c', Arn: 'arn:aws:events:us-east-1:123456789012:rule/orders-c', EventPattern: '{"source":["s"]}', State: 'ENABLED', EventBusName: 'default' }],
    });
  });
});

describe('DeleteRule, EnableRule and DisableRule', () => {
  it('refuses to delete a rule with targets, and deletes it once they are removed', async () => {
    const { events } = eventBridgeAccount();
    await events.putRule({ Name: 'r', ScheduleExpression: 'rate(1 day)' });
    await events.putTargets({ Rule: 'r', Targets: [{ Id: 't', Arn: functionArnOf('worker') }] });
    expect(await failure(events.deleteRule({ Name: 'r' }))).toEqual({ code: 'ValidationException', message: "Rule can't be deleted since it has targets.", fields: {} });
    await events.removeTargets({ Rule: 'r', Ids: ['t'] });
    expect(await events.deleteRule({ Name: 'r' })).toEqual({});
    expect(events.listRuleDefs()).toEqual([]);
  });

  it('answers success for deleting a rule that is not there, as AWS does', async () => {
    const { events } = eventBridgeAccount();
    expect(await events.deleteRule({ Name: 'never' })).toEqual({});
  });

  it('switches a rule off and on', async () => {
    const { events } = eventBridgeAccount();
    await events.putRule({ Name: 'r', ScheduleExpression: 'rate(1 day)' });
    expect(await events.disableRule({ Name: 'r' })).toEqual({});
    expect((await events.describeRule({ Name: 'r' })).State).toBe('DISABLED');
    await events.enableRule({ Name: 'r' });
    expect((await events.describeRule({ Name: 'r' })).State).toBe('ENABLED');
  });
});

describe('the project slice', () => {
  it('gives each rule with its targets as plain JSON, and restores them', async () => {
    const { events } = eventBridgeAccount();
    await events.putRule({ Name: 'r', ScheduleExpression: 'rate(5 minutes)', State: 'DISABLED', Description: 'd' });
    await events.putTargets({ Rule: 'r', Targets: [{ Id: 't', Arn: functionArnOf('worker', 'live'), Input: '{"a":1}' }] });
    const defs = events.listRuleDefs();
    expect(defs).toEqual([{ Name: 'r', ScheduleExpression: 'rate(5 minutes)', State: 'DISABLED', Description: 'd', Targets: [{ Id: 't', Arn: functionArnOf('worker', 'live'), Input: '{"a":1}' }] }]);
    const other = eventBridgeAccount();
    await other.events.importRule(JSON.parse(JSON.stringify(defs[0])));
    expect(other.events.listRuleDefs()).toEqual(defs);
  });

  it('refuses to restore a rule whose target it cannot deliver to', async () => {
    const { events } = eventBridgeAccount();
    const def = { Name: 'r', EventPattern: '{"source":["s"]}', State: 'ENABLED' as const, Targets: [{ Id: 'q', Arn: 'arn:aws:sqs:us-east-1:123456789012:queue' }] };
    expect((await failure(events.importRule(def))).code).toBe('ValidationException');
  });
});
