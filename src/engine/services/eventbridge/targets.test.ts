// PutTargets, RemoveTargets and ListTargetsByRule: limits, checks and AWS's messages.
import { describe, expect, it } from 'vitest';
import { eventBridgeAccount, failure, functionArnOf } from './test-support';

async function withRule() {
  const account = eventBridgeAccount();
  await account.events.putRule({ Name: 'r', EventPattern: '{"source":["app"]}' });
  return account;
}

describe('PutTargets', () => {
  it('adds targets, replaces one with the same Id, and lists them in order', async () => {
    const { events } = await withRule();
    expect(await events.putTargets({ Rule: 'r', Targets: [{ Id: 'a', Arn: functionArnOf('one') }, { Id: 'b', Arn: functionArnOf('two', '3') }] })).toEqual({ FailedEntryCount: 0, FailedEntries: [] });
    await events.putTargets({ Rule: 'r', Targets: [{ Id: 'a', Arn: functionArnOf('one', 'live'), InputPath: '$.detail' }] });
    expect(await events.listTargetsByRule({ Rule: 'r' })).toEqual({
      Targets: [{ Id: 'b', Arn: functionArnOf('two', '3') }, { Id: 'a', Arn: functionArnOf('one', 'live'), InputPath: '$.detail' }],
    });
  });

  it('allows five targets per rule (LimitExceededException) and ten per request', async () => {
    const { events } = await withRule();
    const targets = (n: number, from = 0) => Array.from({ length: n }, (_, i) => ({ Id: `t${i + from}`, Arn: functionArnOf(`f${i + from}`) }));
    await events.putTargets({ Rule: 'r', Targets: targets(5) });
    expect(await failure(events.putTargets({ Rule: 'r', Targets: targets(1, 5) }))).toEqual({
      code: 'LimitExceededException', message: 'The requested resource exceeds the maximum number allowed.', fields: {},
    });
    expect((await failure(events.putTargets({ Rule: 'r', Targets: targets(11) }))).message).toMatch(
      /^1 validation error detected: Value '\[Target\(id=t0, arn=.*\)\]' at 'targets' failed to satisfy constraint: Member must have length less than or equal to 10$/,
    );
  });

  it.each([
    [{ Id: '!@#$@!#$', Arn: functionArnOf('f') }, "1 validation error detected: Value '!@#$@!#$' at 'targets.1.member.id' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\.\\-_A-Za-z0-9]+"],
    [{ Id: 'i'.repeat(65), Arn: functionArnOf('f') }, `1 validation error detected: Value '${'i'.repeat(65)}' at 'targets.1.member.id' failed to satisfy constraint: Member must have length less than or equal to 64`],
    [{ Id: 't1', Arn: functionArnOf('f'), InputPath: '$.detail', InputTransformer: { InputTemplate: '"x"' } }, 'Only one of Input, InputPath, or InputTransformer must be provided for target t1.'],
    [{ Id: 't1', Arn: functionArnOf('f'), InputTransformer: { InputPathsMap: { a: '$.detail.a' }, InputTemplate: '{"a": <a>, "b": <notdefinedkey>}' } }, 'InputTemplate for target t1 contains invalid placeholder notdefinedkey.'],
    [{ Id: 't1', Arn: functionArnOf('f'), Input: '{not json' }, 'Input for target t1 is not valid JSON text.'],
    [{ Id: 't1', Arn: 'worker' }, 'Parameter worker is not valid. Reason: Provided Arn is not in correct format.'],
  ])('refuses %j', async (target, message) => {
    const { events } = await withRule();
    expect(await failure(events.putTargets({ Rule: 'r', Targets: [target] }))).toMatchObject({ code: 'ValidationException', message });
    expect((await events.listTargetsByRule({ Rule: 'r' })).Targets).toEqual([]);
  });

  it('answers targets it cannot deliver to (not a Lambda function here) in FailedEntries and keeps the others', async () => {
    const { events } = await withRule();
    const out = await events.putTargets({ Rule: 'r', Targets: [{ Id: 'q', Arn: 'arn:aws:sqs:us-east-1:123456789012:jobs' }, { Id: 'f', Arn: functionArnOf('f') }] });
    expect(out.FailedEntryCount).toBe(1);
    expect(out.FailedEntries[0]).toMatchObject({ TargetId: 'q', ErrorCode: 'ValidationException' });
    expect((await events.listTargetsByRule({ Rule: 'r' })).Targets.map((t) => t.Id)).toEqual(['f']);
  });

  it('needs the rule to exist', async () => {
    const { events } = eventBridgeAccount();
    expect(await failure(events.putTargets({ Rule: 'ghost', Targets: [{ Id: 'a', Arn: functionArnOf('f') }] }))).toMatchObject({
      code: 'ResourceNotFoundException', message: 'Rule ghost does not exist on EventBus default.',
    });
  });
});

describe('RemoveTargets', () => {
  it('removes by Id, and ids the rule does not have are no error', async () => {
    const { events, counts } = await withRule();
    await events.putTargets({ Rule: 'r', Targets: [{ Id: 'a', Arn: functionArnOf('one') }, { Id: 'b', Arn: functionArnOf('two') }] });
    const before = counts.changes;
    expect(await events.removeTargets({ Rule: 'r', Ids: ['a', 'zzz'] })).toEqual({ FailedEntryCount: 0, FailedEntries: [] });
    expect((await events.listTargetsByRule({ Rule: 'r' })).Targets.map((t) => t.Id)).toEqual(['b']);
    expect(counts.changes).toBe(before + 1);
  });
});
