// Real handler code using @aws-sdk/lib-dynamodb and @aws-sdk/client-dynamodb, unmodified, against
// the simulated DynamoDB: document commands, conditions, errors as the SDK throws them, IAM.
import { afterEach, describe, expect, it } from 'vitest';
import { ServiceError } from '../errors';
import { sdkAccount } from './test-support';

let account: Awaited<ReturnType<typeof sdkAccount>> | undefined;
afterEach(() => account?.dispose());

async function setup(options: Parameters<typeof sdkAccount>[0] = {}) {
  account = await sdkAccount(options);
  await account.dynamodb.createTable({
    TableName: 'feeds',
    AttributeDefinitions: [{ AttributeName: 'userId', AttributeType: 'S' }, { AttributeName: 'createdAt', AttributeType: 'N' }],
    KeySchema: [{ AttributeName: 'userId', KeyType: 'HASH' }, { AttributeName: 'createdAt', KeyType: 'RANGE' }],
    BillingMode: 'PAY_PER_REQUEST',
  });
  return account;
}

const DOCUMENT_HANDLER = `
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand, GetCommand, QueryCommand, UpdateCommand, DeleteCommand } from '@aws-sdk/lib-dynamodb';

const client = DynamoDBDocumentClient.from(new DynamoDBClient({}), { marshallOptions: { removeUndefinedValues: true } });

export const handler = async (event) => {
  for (const [i, text] of event.posts.entries()) {
    await client.send(new PutCommand({ TableName: 'feeds', Item: { userId: event.user, createdAt: i + 1, text, tags: new Set(['new']), extra: undefined } }));
  }
  const { Item } = await client.send(new GetCommand({ TableName: 'feeds', Key: { userId: event.user, createdAt: 1 } }));
  const updated = await client.send(new UpdateCommand({
    TableName: 'feeds', Key: { userId: event.user, createdAt: 1 },
    UpdateExpression: 'SET likes = if_not_exists(likes, :zero) + :one', ExpressionAttributeValues: { ':zero': 0, ':one': 1 }, ReturnValues: 'UPDATED_NEW',
  }));
  const { Items, Count } = await client.send(new QueryCommand({
    TableName: 'feeds', KeyConditionExpression: 'userId = :u AND createdAt >= :from', ExpressionAttributeValues: { ':u': event.user, ':from': 2 }, ScanIndexForward: false,
  }));
  let conflict;
  try {
    await client.send(new PutCommand({ TableName: 'feeds', Item: { userId: event.user, createdAt: 1 }, ConditionExpression: 'attribute_not_exists(userId)' }));
  } catch (error) {
    conflict = { name: error.name, message: error.message, status: error.$metadata.httpStatusCode, fault: error.$fault };
  }
  await client.send(new DeleteCommand({ TableName: 'feeds', Key: { userId: event.user, createdAt: 3 } }));
  return { first: { ...Item, tags: [...Item.tags] }, likes: updated.Attributes.likes, newest: Items.map((i) => i.text), Count, conflict };
};`;

describe('DynamoDB from a handler', () => {
  it('runs lib-dynamodb code unmodified: put, get, update, query, a failed condition, delete', async () => {
    const a = await setup();
    await a.deploy('feed', { 'index.mjs': DOCUMENT_HANDLER });
    const { record, result } = await a.run('feed', { user: 'ana', posts: ['one', 'two', 'three'] });
    expect(record.error).toBeUndefined();
    expect(result).toEqual({
      first: { userId: 'ana', createdAt: 1, text: 'one', tags: ['new'] },
      likes: 1,
      newest: ['three', 'two'],
      Count: 2,
      conflict: { name: 'ConditionalCheckFailedException', message: 'The conditional request failed', status: 400, fault: 'client' },
    });
    expect((await a.dynamodb.scan({ TableName: 'feeds' })).Count).toBe(2);
  });

  it('throws ResourceNotFoundException and ValidationException as the SDK does, and marshall/unmarshall work', async () => {
    const a = await setup();
    await a.deploy('bad', {
      'index.mjs': `
import { DynamoDBClient, GetItemCommand, PutItemCommand, ResourceNotFoundException } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
const ddb = new DynamoDBClient({});
const attempt = async (command) => { try { await ddb.send(command); return 'ok'; } catch (e) { return { name: e.name, message: e.message, modeled: e instanceof ResourceNotFoundException }; } };
export const handler = async () => ({
  missing: await attempt(new GetItemCommand({ TableName: 'nope', Key: marshall({ id: '1' }) })),
  wrongType: await attempt(new PutItemCommand({ TableName: 'feeds', Item: marshall({ userId: 1, createdAt: 1 }) })),
  roundTrip: unmarshall(marshall({ a: [1, 'x', { b: true }] })),
});`,
    });
    const { result } = await a.run('bad');
    expect(result).toEqual({
      missing: { name: 'ResourceNotFoundException', message: 'Requested resource not found', modeled: true },
      wrongType: { name: 'ValidationException', message: 'One or more parameter values were invalid: Type mismatch for key userId expected: S actual: N', modeled: false },
      roundTrip: { a: [1, 'x', { b: true }] },
    });
  });

  it('asks IAM for the action on the table and refuses with AccessDeniedException', async () => {
    const asked: string[] = [];
    const a = await setup({
      authorize: (caller, action, resource) => {
        asked.push(`${action} ${resource}`);
        return action === 'dynamodb:PutItem'
          ? new ServiceError('AccessDeniedException', `User: arn:aws:sts::123456789012:assumed-role/r/${caller.functionName} is not authorized to perform: ${action} on resource: ${resource}`, 400)
          : undefined;
      },
    });
    await a.deploy('writer', {
      'index.mjs': `
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
const ddb = DynamoDBDocumentClient.from(new DynamoDBClient({}));
export const handler = async () => {
  await ddb.send(new QueryCommand({ TableName: 'feeds', KeyConditionExpression: 'userId = :u', ExpressionAttributeValues: { ':u': 'x' } }));
  try { await ddb.send(new PutCommand({ TableName: 'feeds', Item: { userId: 'x', createdAt: 1 } })); } catch (e) { return { name: e.name, message: e.message }; }
};`,
    });
    const { result } = await a.run('writer');
    expect(asked).toEqual(['dynamodb:Query arn:aws:dynamodb:us-east-1:123456789012:table/feeds', 'dynamodb:PutItem arn:aws:dynamodb:us-east-1:123456789012:table/feeds']);
    expect(result).toEqual({ name: 'AccessDeniedException', message: 'User: arn:aws:sts::123456789012:assumed-role/r/writer is not authorized to perform: dynamodb:PutItem on resource: arn:aws:dynamodb:us-east-1:123456789012:table/feeds' });
    expect((await a.dynamodb.scan({ TableName: 'feeds' })).Count).toBe(0);
  });
});
