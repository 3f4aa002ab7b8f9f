import { describe, expect, it } from 'vitest';
import { dynamoHarness, failure, tableInput } from './test-support';

describe('the control plane', () => {
  it('creates a table (CREATING), describes it ACTIVE with its keys, stream and ARN, lists and deletes it', async () => {
    const { service, clock } = dynamoHarness();
    const created = await service.createTable(tableInput('photos', { sortKey: 'takenAt', stream: 'NEW_AND_OLD_IMAGES' }));
    expect(created.TableDescription).toMatchObject({ TableName: 'photos', TableStatus: 'CREATING' });
    const { Table } = await service.describeTable({ TableName: 'photos' });
    expect(Table).toMatchObject({
      TableName: 'photos',
      TableStatus: 'ACTIVE',
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'takenAt', KeyType: 'RANGE' }],
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'takenAt', AttributeType: 'N' }],
      TableArn: 'arn:aws:dynamodb:us-east-1:123456789012:table/photos',
      BillingModeSummary: { BillingMode: 'PAY_PER_REQUEST' },
      StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' },
      LatestStreamArn: `arn:aws:dynamodb:us-east-1:123456789012:table/photos/stream/${new Date(clock.now()).toISOString().slice(0, 23)}`,
      ItemCount: 0,
    });
    await service.createTable(tableInput('albums'));
    expect(await service.listTables({})).toEqual({ TableNames: ['albums', 'photos'] });
    expect(await service.listTables({ Limit: 1 })).toEqual({ TableNames: ['albums'], LastEvaluatedTableName: 'albums' });
    expect(await service.listTables({ ExclusiveStartTableName: 'albums' })).toEqual({ TableNames: ['photos'] });
    expect((await service.deleteTable({ TableName: 'photos' })).TableDescription.TableStatus).toBe('DELETING');
    expect(await failure(() => service.describeTable({ TableName: 'photos' }))).toMatchObject({
      code: 'ResourceNotFoundException',
      message: 'Requested resource not found: Table: photos not found',
    });
  });

  it('refuses what DynamoDB refuses, in its words', async () => {
    const { service } = dynamoHarness();
    await service.createTable(tableInput('photos'));
    expect(await failure(() => service.createTable(tableInput('photos')))).toMatchObject({ code: 'ResourceInUseException', message: 'Table already exists: photos' });
    expect((await failure(() => service.createTable(tableInput('ab')))).message).toBe(
      "1 validation error detected: Value 'ab' at 'tableName' failed to satisfy constraint: Member must have length greater than or equal to 3",
    );
    const unused = { ...tableInput('extra'), AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'x', AttributeType: 'S' }] };
    expect((await failure(() => service.createTable(unused))).message).toBe(
      'One or more parameter values were invalid: Some AttributeDefinitions are not used. AttributeDefinitions: [pk, x], keys used: [pk]',
    );
    const undefinedKey = { ...tableInput('nokey'), AttributeDefinitions: [] };
    expect((await failure(() => service.createTable(undefinedKey))).message).toMatch(/^One or more parameter values were invalid: Some index key attributes are not defined in AttributeDefinitions/);
    const provisioned = { ...tableInput('prov'), BillingMode: undefined };
    expect((await failure(() => service.createTable(provisioned))).message).toBe('No provisioned throughput specified for the table');
    expect((await service.listTables({})).TableNames).toEqual(['photos']);
  });

  it('turns a stream on and off with UpdateTable; a new stream has a new ARN', async () => {
    const { service, clock } = dynamoHarness();
    await service.createTable(tableInput('photos'));
    await service.updateTable({ TableName: 'photos', StreamSpecification: { StreamEnabled: true, StreamViewType: 'KEYS_ONLY' } });
    const first = (await service.describeTable({ TableName: 'photos' })).Table.LatestStreamArn;
    expect(first).toMatch(/\/stream\//);
    expect((await failure(() => service.updateTable({ TableName: 'photos', StreamSpecification: { StreamEnabled: true, StreamViewType: 'KEYS_ONLY' } }))).message).toBe(
      'Table already has an enabled stream: TableName: photos',
    );
    await service.updateTable({ TableName: 'photos', StreamSpecification: { StreamEnabled: false } });
    expect((await service.describeTable({ TableName: 'photos' })).Table.LatestStreamArn).toBeUndefined();
    clock.advance(5_000);
    await service.updateTable({ TableName: 'photos', StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_IMAGE' } });
    expect((await service.describeTable({ TableName: 'photos' })).Table.LatestStreamArn).not.toBe(first);
  });

  it('restores a saved table: items from the store, or its seed items the first time', async () => {
    const h = dynamoHarness();
    await h.service.importTable({
      name: 'users', partitionKey: { name: 'id', type: 'S' }, billingMode: 'PAY_PER_REQUEST', creationDate: h.clock.now(),
      seedItems: [{ id: { S: 'u1' }, avatar: { B: 'AAEC' } }],
    });
    expect(await h.service.getItem({ TableName: 'users', Key: { id: { S: 'u1' } } })).toEqual({ Item: { id: { S: 'u1' }, avatar: { B: new Uint8Array([0, 1, 2]) } } });
    await h.service.putItem({ TableName: 'users', Item: { id: { S: 'u2' } } });
    // The same project opened again: the store has the table, so its items win over the seeds.
    const again = dynamoHarness();
    const def = h.service.findTableDef('users')!;
    const reopened = { ...again, store: h.store };
    const { createDynamoDbService } = await import('./service');
    const service = createDynamoDbService({ store: reopened.store, clock: again.clock, changed: () => {} });
    await service.importTable(def);
    expect((await service.scan({ TableName: 'users' })).Count).toBe(2);
  });
});
