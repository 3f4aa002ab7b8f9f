import { describe, expect, it } from 'vitest';
import { dynamoHarness, failure, tableInput } from './test-support';

async function setup() {
  const h = dynamoHarness();
  await h.service.createTable(tableInput('users'));
  await h.service.createTable(tableInput('counts'));
  return h;
}

const put = (pk: string, extra: Record<string, unknown> = {}) => ({ PutRequest: { Item: { pk: { S: pk }, ...extra } } });

describe('batches', () => {
  it('BatchWriteItem puts and deletes across tables; BatchGetItem reads them back', async () => {
    const { service } = await setup();
    expect(await service.batchWriteItem({ RequestItems: { users: [put('a'), put('b')], counts: [put('a', { n: { N: '1' } })] } })).toEqual({ UnprocessedItems: {} });
    await service.batchWriteItem({ RequestItems: { users: [{ DeleteRequest: { Key: { pk: { S: 'b' } } } }] } });
    const got = await service.batchGetItem({ RequestItems: { users: { Keys: [{ pk: { S: 'a' } }, { pk: { S: 'b' } }] }, counts: { Keys: [{ pk: { S: 'a' } }], ProjectionExpression: 'n' } } });
    expect(got).toEqual({ Responses: { users: [{ pk: { S: 'a' } }], counts: [{ n: { N: '1' } }] }, UnprocessedKeys: {} });
  });

  it('refuse more than 25 writes, duplicate keys, and bad items as a whole', async () => {
    const { service } = await setup();
    const many = Array.from({ length: 26 }, (_, i) => put(`k${i}`));
    expect((await failure(() => service.batchWriteItem({ RequestItems: { users: many } }))).message).toBe('Too many items requested for the BatchWriteItem call');
    expect((await failure(() => service.batchWriteItem({ RequestItems: { users: [put('a'), put('a')] } }))).message).toBe('Provided list of item keys contains duplicates');
    await failure(() => service.batchWriteItem({ RequestItems: { users: [put('ok'), { PutRequest: { Item: { nokey: { S: 'x' } } } }] } }));
    expect((await service.scan({ TableName: 'users' })).Count).toBe(0);
  });
});

describe('TransactWriteItems', () => {
  it('commits every write or none, with one cancellation reason per item', async () => {
    const { service } = await setup();
    await service.putItem({ TableName: 'counts', Item: { pk: { S: 'a' }, n: { N: '1' } } });
    const transaction = (expected: string) => ({
      TransactItems: [
        { Put: { TableName: 'users', Item: { pk: { S: 'new' } } } },
        { Update: { TableName: 'counts', Key: { pk: { S: 'a' } }, UpdateExpression: 'SET n = n + :one', ConditionExpression: 'n = :n', ExpressionAttributeValues: { ':one': { N: '1' }, ':n': { N: expected } }, ReturnValuesOnConditionCheckFailure: 'ALL_OLD' } },
      ],
    });
    const cancelled = await failure(() => service.transactWriteItems(transaction('5')));
    expect(cancelled.code).toBe('TransactionCanceledException');
    expect(cancelled.message).toBe('Transaction cancelled, please refer cancellation reasons for specific reasons [None, ConditionalCheckFailed]');
    expect(cancelled.fields.CancellationReasons).toEqual([
      { Code: 'None' },
      { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed', Item: { pk: { S: 'a' }, n: { N: '1' } } },
    ]);
    expect((await service.scan({ TableName: 'users' })).Count).toBe(0);
    await service.transactWriteItems(transaction('1'));
    expect((await service.getItem({ TableName: 'counts', Key: { pk: { S: 'a' } } })).Item).toEqual({ pk: { S: 'a' }, n: { N: '2' } });
    expect((await service.scan({ TableName: 'users' })).Count).toBe(1);
  });

  it('refuses two operations on one item', async () => {
    const { service } = await setup();
    const error = await failure(() => service.transactWriteItems({ TransactItems: [{ Put: { TableName: 'users', Item: { pk: { S: 'a' } } } }, { Delete: { TableName: 'users', Key: { pk: { S: 'a' } } } }] }));
    expect(error.message).toBe('Transaction request cannot include multiple operations on one item');
  });
});
