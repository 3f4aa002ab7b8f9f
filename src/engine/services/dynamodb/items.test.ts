import { describe, expect, it } from 'vitest';
import { dynamoHarness, failure, tableInput } from './test-support';

async function setup() {
  const h = dynamoHarness();
  await h.service.createTable(tableInput('posts', { sortKey: 'seq' }));
  return h;
}

describe('PutItem, GetItem, DeleteItem', () => {
  it('stores an item, normalises numbers, replaces it and answers ALL_OLD', async () => {
    const { service } = await setup();
    await service.putItem({ TableName: 'posts', Item: { pk: { S: 'u1' }, seq: { N: '1.50' }, text: { S: 'hi' } } });
    expect(await service.getItem({ TableName: 'posts', Key: { pk: { S: 'u1' }, seq: { N: '1.5' } } })).toEqual({ Item: { pk: { S: 'u1' }, seq: { N: '1.5' }, text: { S: 'hi' } } });
    const replaced = await service.putItem({ TableName: 'posts', Item: { pk: { S: 'u1' }, seq: { N: '1.5' } }, ReturnValues: 'ALL_OLD' });
    expect(replaced).toEqual({ Attributes: { pk: { S: 'u1' }, seq: { N: '1.5' }, text: { S: 'hi' } } });
    expect(await service.deleteItem({ TableName: 'posts', Key: { pk: { S: 'u1' }, seq: { N: '1.5' } }, ReturnValues: 'ALL_OLD' })).toEqual({ Attributes: { pk: { S: 'u1' }, seq: { N: '1.5' } } });
    expect(await service.getItem({ TableName: 'posts', Key: { pk: { S: 'u1' }, seq: { N: '1.5' } } })).toEqual({});
  });

  it('refuses bad keys and items with DynamoDB’s messages and changes nothing', async () => {
    const { service } = await setup();
    const put = (Item: Record<string, unknown>) => failure(() => service.putItem({ TableName: 'posts', Item }));
    expect((await put({ pk: { S: 'u1' } })).message).toBe('One or more parameter values were invalid: Missing the key seq in the item');
    expect((await put({ pk: { N: '1' }, seq: { N: '1' } })).message).toBe('One or more parameter values were invalid: Type mismatch for key pk expected: S actual: N');
    expect((await put({ pk: { S: '' }, seq: { N: '1' } })).message).toBe(
      'One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: pk',
    );
    expect((await put({ pk: { S: 'a' }, seq: { N: '1' }, tags: { SS: [] } })).message).toBe('One or more parameter values were invalid: An string set  may not be empty');
    expect((await put({ pk: { S: 'a' }, seq: { N: '1' }, big: { S: 'x'.repeat(400 * 1024) } })).message).toBe('Item size has exceeded the maximum allowed size');
    expect((await put({ pk: { S: 'a' }, seq: { N: '1' }, both: { S: 'x', N: '1' } })).message).toMatch(/^Supplied AttributeValue has more than one datatypes set/);
    expect((await failure(() => service.getItem({ TableName: 'posts', Key: { pk: { S: 'u1' } } }))).message).toBe('The provided key element does not match the schema');
    expect(await failure(() => service.getItem({ TableName: 'nope', Key: { pk: { S: 'u1' } } }))).toMatchObject({ code: 'ResourceNotFoundException', message: 'Requested resource not found' });
    expect((await service.scan({ TableName: 'posts' })).Count).toBe(0);
  });

  it('checks ConditionExpression: attribute_not_exists guards a create, the old item rides on the error', async () => {
    const { service } = await setup();
    const create = { TableName: 'posts', Item: { pk: { S: 'u1' }, seq: { N: '1' }, v: { N: '1' } }, ConditionExpression: 'attribute_not_exists(pk)' };
    await service.putItem(create);
    expect(await failure(() => service.putItem(create))).toEqual({ code: 'ConditionalCheckFailedException', message: 'The conditional request failed', fields: {} });
    const withOld = await failure(() => service.putItem({ ...create, ReturnValuesOnConditionCheckFailure: 'ALL_OLD' }));
    expect(withOld.fields).toEqual({ Item: { pk: { S: 'u1' }, seq: { N: '1' }, v: { N: '1' } } });
    await expect(service.deleteItem({ TableName: 'posts', Key: { pk: { S: 'u1' }, seq: { N: '1' } }, ConditionExpression: 'v = :v', ExpressionAttributeValues: { ':v': { N: '2' } } })).rejects.toMatchObject({ code: 'ConditionalCheckFailedException' });
    expect((await service.scan({ TableName: 'posts' })).Count).toBe(1);
  });

  it('refuses expression names and values no expression uses', async () => {
    const { service } = await setup();
    const error = await failure(() => service.putItem({ TableName: 'posts', Item: { pk: { S: 'a' }, seq: { N: '1' } }, ExpressionAttributeValues: { ':x': { S: 'y' } } }));
    expect(error.message).toBe('Value provided in ExpressionAttributeValues unused in expressions: keys: {:x}');
  });
});

describe('UpdateItem', () => {
  it('creates the item from its key when absent, then SET, ADD and REMOVE with ReturnValues', async () => {
    const { service } = await setup();
    const key = { pk: { S: 'u1' }, seq: { N: '1' } };
    const first = await service.updateItem({
      TableName: 'posts', Key: key, UpdateExpression: 'SET #t = :t ADD likes :one', ExpressionAttributeNames: { '#t': 'text' },
      ExpressionAttributeValues: { ':t': { S: 'hello' }, ':one': { N: '1' } }, ReturnValues: 'ALL_NEW',
    });
    expect(first).toEqual({ Attributes: { pk: { S: 'u1' }, seq: { N: '1' }, text: { S: 'hello' }, likes: { N: '1' } } });
    const second = await service.updateItem({ TableName: 'posts', Key: key, UpdateExpression: 'ADD likes :n REMOVE #t', ExpressionAttributeNames: { '#t': 'text' }, ExpressionAttributeValues: { ':n': { N: '0.5' } }, ReturnValues: 'UPDATED_NEW' });
    expect(second).toEqual({ Attributes: { likes: { N: '1.5' } } });
    expect(await service.updateItem({ TableName: 'posts', Key: key, UpdateExpression: 'SET likes = likes + :n', ExpressionAttributeValues: { ':n': { N: '1' } }, ReturnValues: 'UPDATED_OLD' })).toEqual({
      Attributes: { likes: { N: '1.5' } },
    });
  });

  it('refuses to change a key attribute, and a condition on an absent item fails', async () => {
    const { service } = await setup();
    const key = { pk: { S: 'u1' }, seq: { N: '1' } };
    expect((await failure(() => service.updateItem({ TableName: 'posts', Key: key, UpdateExpression: 'SET pk = :p', ExpressionAttributeValues: { ':p': { S: 'x' } } }))).message).toBe(
      'One or more parameter values were invalid: Cannot update attribute pk. This attribute is part of the key',
    );
    await expect(service.updateItem({ TableName: 'posts', Key: key, UpdateExpression: 'SET a = :a', ConditionExpression: 'attribute_exists(pk)', ExpressionAttributeValues: { ':a': { N: '1' } } })).rejects.toMatchObject({
      code: 'ConditionalCheckFailedException',
    });
    expect((await service.scan({ TableName: 'posts' })).Count).toBe(0);
  });
});
