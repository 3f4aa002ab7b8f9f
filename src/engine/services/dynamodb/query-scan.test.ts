import { describe, expect, it } from 'vitest';
import { dynamoHarness, failure, tableInput } from './test-support';

async function setup() {
  const h = dynamoHarness();
  await h.service.createTable(tableInput('feed', { sortKey: 'seq' }));
  for (const [pk, at] of [['u1', 3], ['u1', 1], ['u1', 10], ['u2', 2], ['u1', 2]] as const) {
    await h.service.putItem({ TableName: 'feed', Item: { pk: { S: pk }, seq: { N: String(at) }, kind: { S: at % 2 ? 'odd' : 'even' } } });
  }
  return h;
}

const ats = (out: Record<string, unknown>) => (out.Items as Array<{ seq: { N: string } }>).map((i) => Number(i.seq.N));

describe('Query', () => {
  it('reads one partition in sort-key order (numbers numerically), backwards, and with a sort-key condition', async () => {
    const { service } = await setup();
    const base = { TableName: 'feed', KeyConditionExpression: 'pk = :u', ExpressionAttributeValues: { ':u': { S: 'u1' } } };
    expect(ats(await service.query(base))).toEqual([1, 2, 3, 10]);
    expect(ats(await service.query({ ...base, ScanIndexForward: false }))).toEqual([10, 3, 2, 1]);
    const between = await service.query({ ...base, KeyConditionExpression: 'pk = :u AND #at BETWEEN :a AND :b', ExpressionAttributeNames: { '#at': 'seq' }, ExpressionAttributeValues: { ':u': { S: 'u1' }, ':a': { N: '2' }, ':b': { N: '3' } } });
    expect(ats(between)).toEqual([2, 3]);
  });

  it('pages with Limit and ExclusiveStartKey; FilterExpression counts what it read', async () => {
    const { service } = await setup();
    const base = { TableName: 'feed', KeyConditionExpression: 'pk = :u', ExpressionAttributeValues: { ':u': { S: 'u1' } } };
    const first = await service.query({ ...base, Limit: 3 });
    expect(ats(first)).toEqual([1, 2, 3]);
    expect(first.LastEvaluatedKey).toEqual({ pk: { S: 'u1' }, seq: { N: '3' } });
    const second = await service.query({ ...base, Limit: 3, ExclusiveStartKey: first.LastEvaluatedKey });
    expect(ats(second)).toEqual([10]);
    expect(second.LastEvaluatedKey).toBeUndefined();
    const filtered = await service.query({ ...base, FilterExpression: 'kind = :k', ExpressionAttributeValues: { ':u': { S: 'u1' }, ':k': { S: 'even' } } });
    expect(filtered).toMatchObject({ Count: 2, ScannedCount: 4 });
    expect(await service.query({ ...base, Select: 'COUNT' })).toEqual({ Count: 4, ScannedCount: 4 });
  });

  it('refuses a key condition that does not name the partition key', async () => {
    const { service } = await setup();
    const error = await failure(() => service.query({ TableName: 'feed', KeyConditionExpression: 'seq = :a', ExpressionAttributeValues: { ':a': { N: '1' } } }));
    expect(error.code).toBe('ValidationException');
    expect(error.message).toMatch(/Query condition missed key schema element: pk|Query key condition not supported/);
  });
});

describe('Scan', () => {
  it('reads every item, filters and projects, and splits into segments that cover the table once', async () => {
    const { service } = await setup();
    expect((await service.scan({ TableName: 'feed' })).Count).toBe(5);
    const projected = await service.scan({ TableName: 'feed', FilterExpression: 'pk = :u AND kind = :k', ProjectionExpression: 'seq', ExpressionAttributeValues: { ':u': { S: 'u2' }, ':k': { S: 'even' } } });
    expect(projected.Items).toEqual([{ seq: { N: '2' } }]);
    const segments = await Promise.all([0, 1, 2].map((Segment) => service.scan({ TableName: 'feed', Segment, TotalSegments: 3 })));
    expect(segments.reduce((sum, s) => sum + (s.Count as number), 0)).toBe(5);
  });
});
