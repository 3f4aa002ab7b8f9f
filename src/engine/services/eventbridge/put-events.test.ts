// PutEvents: the answer per entry (EventId or AWS's ErrorCode/ErrorMessage), the event targets receive,
// rule matching, and what Input, InputPath and InputTransformer send (LocalStack's AWS-validated bodies).
import { describe, expect, it } from 'vitest';
import { eventBridgeAccount, failure, functionArnOf } from './test-support';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const DETAIL = { command: 'update-account', payload: { acc_id: '0a787ecb-4015', sf_id: 'baz' }, listsingle: ['HIGH'], listmulti: ['ACTIVE', 'INACTIVE'], valid: true };
const entry = (extra: Record<string, unknown> = {}) => ({ Source: 'core.update-account-command', DetailType: 'core.update-account-command', Detail: JSON.stringify(DETAIL), ...extra });

async function withTarget(target: Record<string, unknown> = {}, pattern = '{"source":["core.update-account-command"],"detail":{"command":["update-account"]}}') {
  const account = eventBridgeAccount();
  await account.events.putRule({ Name: 'accounts', EventPattern: pattern });
  await account.events.putTargets({ Rule: 'accounts', Targets: [{ Id: 'fn', Arn: functionArnOf('worker'), ...target }] });
  return account;
}

describe('PutEvents', () => {
  it('answers an EventId per entry and delivers the event, its fields in AWS order, to matching rules\' targets', async () => {
    const { events, deliveries } = await withTarget();
    const out = await events.putEvents({ Entries: [entry({ Resources: ['arn:aws:s3:::photos'] })] });
    expect(out).toEqual({ FailedEntryCount: 0, Entries: [{ EventId: expect.stringMatching(UUID) }] });
    const eventId = (out.Entries[0] as { EventId: string }).EventId;
    expect(deliveries).toHaveLength(1);
    expect(deliveries[0]!.target).toEqual({ functionName: 'worker', ruleArn: 'arn:aws:events:us-east-1:123456789012:rule/accounts', targetId: 'fn' });
    const event = deliveries[0]!.event as Record<string, unknown>;
    expect(Object.keys(event)).toEqual(['version', 'id', 'detail-type', 'source', 'account', 'time', 'region', 'resources', 'detail']);
    expect(event).toEqual({
      version: '0', id: eventId, 'detail-type': 'core.update-account-command', source: 'core.update-account-command', account: '123456789012',
      time: '2026-11-21T12:00:00Z', region: 'us-east-1', resources: ['arn:aws:s3:::photos'], detail: DETAIL,
    });
  });

  it('answers each refused entry in its place with the ErrorCode and ErrorMessage EventBridge gives', async () => {
    const { events, deliveries } = await withTarget();
    const out = await events.putEvents({
      Entries: [
        entry({ Source: undefined }), entry({ DetailType: undefined }), entry({ Detail: undefined }), entry({ Detail: 'not json at all' }), entry({ Detail: '[1, 2]' }), entry(),
      ],
    });
    expect(out.FailedEntryCount).toBe(5);
    expect(out.Entries).toEqual([
      { ErrorCode: 'InvalidArgument', ErrorMessage: 'Parameter Source is not valid. Reason: Source is a required argument.' },
      { ErrorCode: 'InvalidArgument', ErrorMessage: 'Parameter DetailType is not valid. Reason: DetailType is a required argument.' },
      { ErrorCode: 'InvalidArgument', ErrorMessage: 'Parameter Detail is not valid. Reason: Detail is a required argument.' },
      { ErrorCode: 'MalformedDetail', ErrorMessage: 'Detail is malformed.' },
      { ErrorCode: 'MalformedDetail', ErrorMessage: 'Detail is malformed.' },
      { EventId: expect.stringMatching(UUID) },
    ]);
    expect(deliveries).toHaveLength(1);
  });

  it('takes at most ten entries, and 256 KB in all', async () => {
    const { events } = eventBridgeAccount();
    const eleven = Array.from({ length: 11 }, () => ({ Source: 's', DetailType: 'd', Detail: '{}' }));
    expect((await failure(events.putEvents({ Entries: eleven }))).message).toBe(
      `1 validation error detected: Value '[${Array(11).fill('PutEventsRequestEntry(time=null, source=s, resources=null, detailType=d, detail={}, eventBusName=null, traceHeader=null, kmsKeyIdentifier=null, internalMetadata=null)').join(', ')}]' at 'entries' failed to satisfy constraint: Member must have length less than or equal to 10`,
    );
    const big = { Source: 's', DetailType: 'd', Detail: JSON.stringify({ text: 'x'.repeat(262_144) }) };
    expect(await failure(events.putEvents({ Entries: [big] }))).toMatchObject({ code: 'ValidationException', message: 'Total size of the entries in the request is over the limit.' });
  });

  it('takes the entry\'s Time, and sends nothing to disabled rules, schedule-only rules or other buses', async () => {
    const { events, deliveries } = await withTarget();
    await events.putEvents({ Entries: [entry({ Time: new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 678)) })] });
    expect((deliveries[0]!.event as { time: string }).time).toBe('2026-01-02T03:04:05Z');
    await events.putRule({ Name: 'timer', ScheduleExpression: 'rate(1 day)' });
    await events.putTargets({ Rule: 'timer', Targets: [{ Id: 'fn', Arn: functionArnOf('other') }] });
    await events.disableRule({ Name: 'accounts' });
    const out = await events.sendEvents({ Entries: [entry(), entry({ EventBusName: 'elsewhere' })] });
    expect(out.output.FailedEntryCount).toBe(0);
    expect(out.matched).toEqual([[], []]);
    expect(deliveries).toHaveLength(1);
  });

  it('says which rules each entry matched (sendEvents), and hands each target of each its event', async () => {
    const { events, deliveries } = await withTarget();
    await events.putRule({ Name: 'all-core', EventPattern: '{"source":[{"prefix":"core."}]}' });
    await events.putTargets({ Rule: 'all-core', Targets: [{ Id: 'a', Arn: functionArnOf('audit', 'live') }] });
    const out = await events.sendEvents({ Entries: [entry(), entry({ Detail: '{"command":"other"}' }), entry({ Source: 'billing' })] });
    expect(out.matched).toEqual([['accounts', 'all-core'], ['all-core'], []]);
    expect(deliveries.map((d) => `${d.target.functionName}:${d.target.qualifier ?? ''}`)).toEqual(['worker:', 'audit:live', 'audit:live']);
  });
});

describe('what targets receive', () => {
  const send = async (target: Record<string, unknown>) => {
    const { events, deliveries } = await withTarget(target);
    await events.putEvents({ Entries: [entry()] });
    return deliveries.map((d) => d.event);
  };

  it('Input: the constant JSON instead of the event', async () => {
    expect(await send({ Input: '{"job": "sync", "n": 3}' })).toEqual([{ job: 'sync', n: 3 }]);
  });

  it('InputPath: the part of the event the path names', async () => {
    expect(await send({ InputPath: '$.detail' })).toEqual([DETAIL]);
    expect(await send({ InputPath: '$.detail.payload' })).toEqual([DETAIL.payload]);
    expect(await send({ InputPath: '$.detail.payload.sf_id' })).toEqual(['baz']);
    expect(await send({ InputPath: "$.detail.listmulti[1]" })).toEqual(['INACTIVE']);
  });

  const paths = { userId: '$.detail.payload.acc_id', payload: '$.detail.payload', systemstring: '$.detail.awsAccountId', listsingle: '$.detail.listsingle', listmulti: '$.detail.listmulti', valid: '$.detail.valid', 'detail-type': '$.detail-type' };
  it.each([
    ['{"method": "PUT", "path": "users-service/users/<userId>", "bod": <payload>}', { method: 'PUT', path: 'users-service/users/0a787ecb-4015', bod: { acc_id: '0a787ecb-4015', sf_id: 'baz' } }],
    ['"Payload of <payload> with path users-service/users/<userId> and <userId>"', 'Payload of {acc_id:0a787ecb-4015,sf_id:baz} with path users-service/users/0a787ecb-4015 and 0a787ecb-4015'],
    ['{"method": "PUT", "path": "users-service/users/<userId>", "bod": [<userId>, "hardcoded"]}', { method: 'PUT', path: 'users-service/users/0a787ecb-4015', bod: ['0a787ecb-4015', 'hardcoded'] }],
    ['{"id" : <userId>}', { id: '0a787ecb-4015' }],
    ['{"id" : "<userId>"}', { id: '0a787ecb-4015' }],
    ['"<listsingle> single list item"', '[HIGH] single list item'],
    ['"<listmulti> multiple list items"', '[ACTIVE,INACTIVE] multiple list items'],
    ['{"singlelistitem": <listsingle>}', { singlelistitem: ['HIGH'] }],
    ['"<listsingle> single list item <listmulti> multiple list items <systemstring> system account id <payload> payload <userId> user id"', '[HIGH] single list item [ACTIVE,INACTIVE] multiple list items  system account id {acc_id:0a787ecb-4015,sf_id:baz} payload 0a787ecb-4015 user id'],
    ['{"multi_replacement": "users/<userId>/second/<userId>"}', { multi_replacement: 'users/0a787ecb-4015/second/0a787ecb-4015' }],
    ['"Command is <valid>!"', 'Command is true!'],
    ['{"detailType": <detail-type>, "command": <systemstring>}', { detailType: 'core.update-account-command', command: '' }],
  ])('InputTransformer %s', async (template, expected) => {
    expect(await send({ InputTransformer: { InputPathsMap: paths, InputTemplate: template } })).toEqual([expected]);
  });

  it('InputTransformer: a JSON template that is no longer JSON once filled in is not delivered (a list between quotes)', async () => {
    expect(await send({ InputTransformer: { InputPathsMap: paths, InputTemplate: '{"singlelistitem": "<listsingle>"}' } })).toEqual([]);
  });

  it('InputTransformer: the predefined variables', async () => {
    const [out] = await send({ InputTransformer: { InputTemplate: '{"rule": <aws.events.rule-name>, "arn": <aws.events.rule-arn>, "at": <aws.events.event.ingestion-time>, "event": <aws.events.event>}' } });
    expect(out).toEqual({
      rule: 'accounts', arn: 'arn:aws:events:us-east-1:123456789012:rule/accounts', at: '2026-11-21T12:00:00Z',
      event: { version: '0', id: expect.stringMatching(UUID), source: 'core.update-account-command', account: '123456789012', time: '2026-11-21T12:00:00Z', region: 'us-east-1', resources: [], detailType: 'core.update-account-command' },
    });
  });
});
