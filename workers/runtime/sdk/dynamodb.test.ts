// The sandbox's @aws-sdk/client-dynamodb and @aws-sdk/lib-dynamodb over a fake host: what goes on the wire, what comes back, and errors.
import { describe, expect, it } from 'vitest';
import type { SdkCall, SdkResult } from '../../../src/engine/sdk/types';
import { createSdkModules, createSdkTransport, missingSdkMessage } from './index';

/** A package as a handler sees it: untyped. */
type Module = Record<string, any>;

const $metadata = { httpStatusCode: 200, requestId: 'r-1', attempts: 1, totalRetryDelay: 0 };

/** The DynamoDB packages over a fake host that records each call and answers with `answer`. */
function sdk(answer: (call: SdkCall, n: number) => Record<string, unknown> | SdkResult = () => ({})) {
  const sent: SdkCall[] = [];
  const transport = createSdkTransport(() => () => {});
  transport.connect(async (call) => {
    sent.push(call);
    const result = answer(call, sent.length);
    return 'ok' in result ? (result as SdkResult) : { ok: true, output: { ...result, $metadata } };
  });
  transport.open(1);
  const modules = createSdkModules({ transport, defaultRegion: () => 'us-east-1' });
  const ddb = modules['@aws-sdk/client-dynamodb'] as Module;
  const lib = modules['@aws-sdk/lib-dynamodb'] as Module;
  const util = modules['@aws-sdk/util-dynamodb'] as Module;
  return { sent, inputs: () => sent.map((call) => call.input), ddb, lib, util };
}

const failure = (name: string, fields: Record<string, unknown> = {}, statusCode = 400): SdkResult => ({
  ok: false,
  error: { name, message: `${name} happened`, statusCode, requestId: 'r-err', fields },
});

describe('the document client', () => {
  it('sends a PutCommand as the PutItem input the host expects, and unmarshalls what comes back', async () => {
    const { sent, ddb, lib } = sdk(() => ({ Attributes: { userId: { S: 'u1' }, createdAt: { N: '4' } } }));
    const client = new ddb.DynamoDBClient({});
    const doc = lib.DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
    const out = await doc.send(new lib.PutCommand({
      TableName: 'feeds',
      Item: { userId: 'u1', createdAt: 5, tags: new Set(['a']), meta: { seen: false, gone: undefined }, list: [1, undefined], dropped: undefined },
      ConditionExpression: 'attribute_not_exists(userId) OR createdAt < :c',
      ExpressionAttributeValues: { ':c': 10 },
      ReturnValues: 'ALL_OLD',
    }));
    expect(sent).toEqual([{
      service: 'dynamodb', operation: 'PutItem', region: 'us-east-1',
      input: {
        TableName: 'feeds',
        Item: { userId: { S: 'u1' }, createdAt: { N: '5' }, tags: { SS: ['a'] }, meta: { M: { seen: { BOOL: false } } }, list: { L: [{ N: '1' }] } },
        ConditionExpression: 'attribute_not_exists(userId) OR createdAt < :c',
        ExpressionAttributeValues: { ':c': { N: '10' } },
        ReturnValues: 'ALL_OLD',
      },
    }]);
    expect(out).toEqual({ Attributes: { userId: 'u1', createdAt: 4 }, $metadata });
    // The real client's config object, with the defaults written into the caller's options.
    expect(doc.config).toBe(client.config);
    expect(client.config.translateConfig).toEqual({ marshallOptions: { removeUndefinedValues: true, convertTopLevelContainer: true } });
  });

  it('unmarshalls Query Items and LastEvaluatedKey, and leaves the rest of the output as it is', async () => {
    const { inputs, ddb, lib } = sdk(() => ({
      Items: [{ userId: { S: 'u1' }, createdAt: { N: '5' }, tags: { SS: ['a'] } }],
      Count: 1, ScannedCount: 1, LastEvaluatedKey: { userId: { S: 'u1' }, createdAt: { N: '5' } },
    }));
    const doc = lib.DynamoDBDocumentClient.from(new ddb.DynamoDBClient({}));
    const out = await doc.send(new lib.QueryCommand({ TableName: 'feeds', KeyConditionExpression: 'userId = :u', ExpressionAttributeValues: { ':u': 'u1' } }));
    expect(inputs()).toEqual([{ TableName: 'feeds', KeyConditionExpression: 'userId = :u', ExpressionAttributeValues: { ':u': { S: 'u1' } } }]);
    expect(out).toEqual({ Items: [{ userId: 'u1', createdAt: 5, tags: new Set(['a']) }], Count: 1, ScannedCount: 1, LastEvaluatedKey: { userId: 'u1', createdAt: 5 }, $metadata });
  });

  it('marshalls the batch and transaction members the real commands name, and unmarshalls their outputs', async () => {
    const { inputs, ddb, lib } = sdk((call) => {
      if (call.operation === 'BatchGetItem') return { Responses: { t: [{ id: { N: '1' } }] }, UnprocessedKeys: { t: { Keys: [{ id: { N: '2' } }], ConsistentRead: true } } };
      if (call.operation === 'BatchWriteItem') return { UnprocessedItems: { t: [{ DeleteRequest: { Key: { id: { N: '3' } } } }] } };
      if (call.operation === 'TransactGetItems') return { Responses: [{ Item: { id: { N: '1' } } }, {}] };
      return {};
    });
    const doc = lib.DynamoDBDocument.from(new ddb.DynamoDBClient({}));
    expect(await doc.batchGet({ RequestItems: { t: { Keys: [{ id: 1 }, { id: 2 }], ConsistentRead: true } } })).toEqual({
      Responses: { t: [{ id: 1 }] }, UnprocessedKeys: { t: { Keys: [{ id: 2 }], ConsistentRead: true } }, $metadata,
    });
    expect(await doc.batchWrite({ RequestItems: { t: [{ PutRequest: { Item: { id: 1 } } }, { DeleteRequest: { Key: { id: 3 } } }] } })).toEqual({
      UnprocessedItems: { t: [{ DeleteRequest: { Key: { id: 3 } } }] }, $metadata,
    });
    await doc.transactWrite({
      TransactItems: [
        { Put: { TableName: 't', Item: { id: 1 }, ConditionExpression: 'x <> :x', ExpressionAttributeValues: { ':x': 'y' } } },
        { Update: { TableName: 't', Key: { id: 2 }, UpdateExpression: 'ADD n :one', ExpressionAttributeValues: { ':one': 1 } } },
        { Delete: { TableName: 't', Key: { id: 3 } } },
        { ConditionCheck: { TableName: 't', Key: { id: 4 }, ConditionExpression: 'attribute_exists(id)' } },
      ],
    });
    expect(await doc.transactGet({ TransactItems: [{ Get: { TableName: 't', Key: { id: 1 } } }, { Get: { TableName: 't', Key: { id: 9 } } }] })).toEqual({
      Responses: [{ Item: { id: 1 } }, {}], $metadata,
    });
    // The legacy parameters too: Expected values, AttributeUpdates values, KeyConditions / QueryFilter lists.
    await doc.update({ TableName: 't', Key: { id: 1 }, AttributeUpdates: { n: { Action: 'PUT', Value: [1] } }, Expected: { n: { Value: 'a' }, m: { ComparisonOperator: 'IN', AttributeValueList: [1, 'b'] } } });
    await doc.query({ TableName: 't', KeyConditions: { id: { ComparisonOperator: 'EQ', AttributeValueList: [1] } }, QueryFilter: { n: { ComparisonOperator: 'NULL' } } });
    const id = (n: number) => ({ id: { N: String(n) } });
    expect(inputs()).toEqual([
      { RequestItems: { t: { Keys: [id(1), id(2)], ConsistentRead: true } } },
      { RequestItems: { t: [{ PutRequest: { Item: id(1) } }, { DeleteRequest: { Key: id(3) } }] } },
      {
        TransactItems: [
          { Put: { TableName: 't', Item: id(1), ConditionExpression: 'x <> :x', ExpressionAttributeValues: { ':x': { S: 'y' } } } },
          { Update: { TableName: 't', Key: id(2), UpdateExpression: 'ADD n :one', ExpressionAttributeValues: { ':one': { N: '1' } } } },
          { Delete: { TableName: 't', Key: id(3) } },
          { ConditionCheck: { TableName: 't', Key: id(4), ConditionExpression: 'attribute_exists(id)' } },
        ],
      },
      { TransactItems: [{ Get: { TableName: 't', Key: id(1) } }, { Get: { TableName: 't', Key: id(9) } }] },
      {
        TableName: 't', Key: id(1), AttributeUpdates: { n: { Action: 'PUT', Value: { L: [{ N: '1' }] } } },
        Expected: { n: { Value: { S: 'a' } }, m: { ComparisonOperator: 'IN', AttributeValueList: [{ N: '1' }, { S: 'b' }] } },
      },
      { TableName: 't', KeyConditions: { id: { ComparisonOperator: 'EQ', AttributeValueList: [{ N: '1' }] } }, QueryFilter: { n: { ComparisonOperator: 'NULL' } } },
    ]);
  });

  it('passes low-level commands through, and document commands also work through a plain DynamoDBClient, as the real ones do', async () => {
    const { inputs, ddb, lib } = sdk(() => ({ Item: { id: { S: 'a' } } }));
    const client = new ddb.DynamoDBClient({});
    const doc = lib.DynamoDBDocumentClient.from(client);
    expect(await doc.send(new ddb.GetItemCommand({ TableName: 't', Key: { id: { S: 'a' } } }))).toEqual({ Item: { id: { S: 'a' } }, $metadata });
    // Without a translateConfig of its own, the plain client marshalls with the defaults (nested undefined refused).
    const plain = new ddb.DynamoDBClient({});
    expect(await plain.send(new lib.GetCommand({ TableName: 't', Key: { id: 'a' } }))).toEqual({ Item: { id: 'a' }, $metadata });
    await expect(plain.send(new lib.PutCommand({ TableName: 't', Item: { m: { x: undefined } } }))).rejects.toThrow('Pass options.removeUndefinedValues=true');
    // The document client shares its client's config: its translateConfig then applies to both.
    lib.DynamoDBDocumentClient.from(plain, { marshallOptions: { removeUndefinedValues: true } });
    await plain.send(new lib.PutCommand({ TableName: 't', Item: { id: 'b', m: { x: undefined } } }));
    expect(inputs()).toEqual([{ TableName: 't', Key: { id: { S: 'a' } } }, { TableName: 't', Key: { id: { S: 'a' } } }, { TableName: 't', Item: { id: { S: 'b' }, m: { M: {} } } }]);
    expect(() => lib.DynamoDBDocumentClient.from(new ddb.DynamoDBClient({ cacheMiddleware: true }))).toThrow('cacheMiddleware=true is not compatible with the DynamoDBDocumentClient');
  });

  it('wraps numbers when asked and takes a callback, as the SDK does', async () => {
    const { lib, ddb } = sdk(() => ({ Item: { n: { N: '12345678901234567890.5' } } }));
    const doc = lib.DynamoDBDocumentClient.from(new ddb.DynamoDBClient({}), { unmarshallOptions: { wrapNumbers: true } });
    const out = await new Promise<any>((resolve, reject) => doc.send(new lib.GetCommand({ TableName: 't', Key: { id: 1 } }), (e: unknown, o: unknown) => (e ? reject(e) : resolve(o))));
    expect(out.Item.n).toBeInstanceOf(lib.NumberValue);
    expect(String(out.Item.n)).toBe('12345678901234567890.5');
  });
});

describe('paginators', () => {
  const pages = async (iterator: AsyncIterable<any>) => {
    const all = [];
    for await (const page of iterator) all.push(page);
    return all;
  };

  it('follow LastEvaluatedKey with marshalled ExclusiveStartKeys, pageSize as Limit', async () => {
    const { inputs, ddb, lib } = sdk((_call, n) => ({ Items: [{ id: { N: String(n) } }], ...(n < 3 ? { LastEvaluatedKey: { id: { N: String(n) } } } : {}) }));
    const doc = lib.DynamoDBDocumentClient.from(new ddb.DynamoDBClient({}));
    const got = await pages(lib.paginateQuery({ client: doc, pageSize: 1 }, { TableName: 't', KeyConditionExpression: 'id = :i', ExpressionAttributeValues: { ':i': 1 } }));
    expect(got.map((page) => page.Items)).toEqual([[{ id: 1 }], [{ id: 2 }], [{ id: 3 }]]);
    expect(inputs().map((input) => [input.ExclusiveStartKey, input.Limit])).toEqual([[undefined, 1], [{ id: { N: '1' } }, 1], [{ id: { N: '2' } }, 1]]);
    await expect(pages(lib.paginateScan({ client: new ddb.DynamoDBClient({}) }, { TableName: 't' }))).rejects.toThrow('Invalid client, expected instance of DynamoDBDocumentClient');
  });

  it('of the low-level client follow LastEvaluatedTableName and LastEvaluatedKey', async () => {
    const { sent, ddb } = sdk((call, n) =>
      call.operation === 'ListTables' ? { TableNames: [`t${n}`], ...(n < 2 ? { LastEvaluatedTableName: `t${n}` } : {}) } : { Items: [], ...(n < 4 ? { LastEvaluatedKey: { id: { S: 'k' } } } : {}) },
    );
    const tables = await pages(ddb.paginateListTables({ client: new ddb.DynamoDB({}), pageSize: 5 }, {}));
    expect(tables.map((page) => page.TableNames)).toEqual([['t1'], ['t2']]);
    expect(await pages(ddb.paginateScan({ client: new ddb.DynamoDBClient({}) }, { TableName: 't', Limit: 2 }))).toHaveLength(2);
    expect(sent.map((call) => call.input)).toEqual([
      { Limit: 5 }, { ExclusiveStartTableName: 't1', Limit: 5 }, { TableName: 't', Limit: 2 }, { TableName: 't', Limit: 2, ExclusiveStartKey: { id: { S: 'k' } } },
    ]);
  });

  it('paginatedBatchGet asks again for the UnprocessedKeys', async () => {
    const { inputs, ddb, lib } = sdk((_call, n) => ({ Responses: { t: [] }, UnprocessedKeys: n === 1 ? { t: { Keys: [{ id: { N: '2' } }] } } : {} }));
    const doc = lib.DynamoDBDocument.from(new ddb.DynamoDBClient({}));
    expect(await pages(doc.paginatedBatchGet({ RequestItems: { t: { Keys: [{ id: 1 }, { id: 2 }] } } }))).toHaveLength(2);
    expect(inputs()).toEqual([{ RequestItems: { t: { Keys: [{ id: { N: '1' } }, { id: { N: '2' } }] } } }, { RequestItems: { t: { Keys: [{ id: { N: '2' } }] } } }]);
  });
});

describe('errors', () => {
  it('ConditionalCheckFailedException is the modeled class, its Item left in attribute values as the real document client leaves it', async () => {
    const { ddb, lib, util } = sdk(() => failure('ConditionalCheckFailedException', { Item: { id: { S: 'a' }, v: { N: '1' } } }));
    const doc = lib.DynamoDBDocumentClient.from(new ddb.DynamoDBClient({}));
    const error = await doc.send(new lib.UpdateCommand({ TableName: 't', Key: { id: 'a' }, ReturnValuesOnConditionCheckFailure: 'ALL_OLD' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ddb.ConditionalCheckFailedException);
    expect(error).toBeInstanceOf(ddb.DynamoDBServiceException);
    expect(error).toMatchObject({ name: 'ConditionalCheckFailedException', message: 'ConditionalCheckFailedException happened', $fault: 'client', $metadata: { httpStatusCode: 400, requestId: 'r-err' } });
    expect(util.unmarshall(error.Item)).toEqual({ id: 'a', v: 1 });
    // Handlers' own tests build it with its Item, as the SDK lets them.
    expect(new ddb.ConditionalCheckFailedException({ message: 'no', $metadata: {}, Item: { id: { S: 'x' } } }).Item).toEqual({ id: { S: 'x' } });
  });

  it('TransactionCanceledException carries its CancellationReasons; unmodeled codes arrive as the base class; 500s are server faults', async () => {
    const reasons = [{ Code: 'None' }, { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed', Item: { id: { S: 'a' } } }];
    const { ddb, lib } = sdk((call) => {
      if (call.operation === 'TransactWriteItems') return failure('TransactionCanceledException', { CancellationReasons: reasons });
      return call.operation === 'Scan' ? failure('InternalServerError', {}, 500) : failure('ValidationException');
    });
    const doc = lib.DynamoDBDocument.from(new ddb.DynamoDBClient({}));
    const error = await doc.transactWrite({ TransactItems: [] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ddb.TransactionCanceledException);
    expect(error.CancellationReasons).toEqual(reasons);
    // The real client models no ValidationException: it is the service's base exception with that name.
    const invalid = await new ddb.DynamoDB({}).describeTable({ TableName: 'x' }).catch((e: unknown) => e);
    expect(invalid.constructor).toBe(ddb.DynamoDBServiceException);
    expect(invalid).toMatchObject({ name: 'ValidationException', message: 'ValidationException happened', $fault: 'client' });
    expect(ddb.ValidationException).toBeUndefined();
    const server = await new ddb.DynamoDBClient({}).send(new ddb.ScanCommand({ TableName: 't' })).catch((e: unknown) => e);
    expect(server).toBeInstanceOf(ddb.InternalServerError);
    expect(server).toMatchObject({ $fault: 'server', $metadata: { httpStatusCode: 500 } });
    expect(new ddb.InternalServerError({ $metadata: {} })).toMatchObject({ name: 'InternalServerError', $fault: 'server' });
  });
});

describe('the packages', () => {
  it('have the aggregated clients, the enums, and fail clearly on what is not simulated', async () => {
    const { sent, ddb, lib } = sdk(() => ({ Item: { id: { S: 'a' } } }));
    await new ddb.DynamoDB({ region: 'us-east-1' }).putItem({ TableName: 't', Item: { id: { S: 'a' } } });
    expect(await lib.DynamoDBDocument.from(new ddb.DynamoDB({})).get({ TableName: 't', Key: { id: 'a' } })).toMatchObject({ Item: { id: 'a' } });
    expect(lib.DynamoDBDocument.from(new ddb.DynamoDBClient({}))).toBeInstanceOf(lib.DynamoDBDocumentClient);
    expect(sent.map((call) => call.operation)).toEqual(['PutItem', 'GetItem']);
    expect(ddb.ReturnValue.ALL_NEW).toBe('ALL_NEW');
    expect(ddb.KeyType).toEqual({ HASH: 'HASH', RANGE: 'RANGE' });
    expect(ddb.BillingMode.PAY_PER_REQUEST).toBe('PAY_PER_REQUEST');
    expect(() => new ddb.ExecuteStatementCommand({})).toThrow('ExecuteStatementCommand is not simulated by this playground: its @aws-sdk/client-dynamodb has CreateTableCommand,');
    expect(() => new lib.ExecuteStatementCommand({})).toThrow('ExecuteStatementCommand is not simulated by this playground: its @aws-sdk/lib-dynamodb has PutCommand, GetCommand,');
    await expect(new ddb.DynamoDBClient({}).send({ input: {} })).rejects.toThrow('DynamoDBClient.send() takes a command of its own package, got Object');
    expect(missingSdkMessage('@aws-sdk/client-kinesis')).toContain('@aws-sdk/client-dynamodb, @aws-sdk/lib-dynamodb, @aws-sdk/util-dynamodb, @aws-sdk/client-sqs');
  });
});
