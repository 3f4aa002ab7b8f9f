import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STREAM_RETENTION_MS } from './table-stream';
import { dynamoHarness, tableInput } from './test-support';

const sample = JSON.parse(readFileSync(resolve(__dirname, '../../../../test-fixtures/events/aws-sam-cli/DynamoDBUpdate.json'), 'utf8')) as {
  Records: Array<Record<string, unknown> & { dynamodb: Record<string, unknown> }>;
};
const shape = (value: Record<string, unknown>) => Object.keys(value).sort();

async function streamed(viewType: string) {
  const h = dynamoHarness();
  await h.service.createTable({ ...tableInput('messages', { stream: viewType }) });
  const key = { pk: { S: '101' } };
  await h.service.putItem({ TableName: 'messages', Item: { ...key, Message: { S: 'New item!' } } });
  await h.service.updateItem({ TableName: 'messages', Key: key, UpdateExpression: 'SET Message = :m', ExpressionAttributeValues: { ':m': { S: 'This item has changed' } } });
  await h.service.deleteItem({ TableName: 'messages', Key: key });
  return { h, records: h.service.streamRecords('messages') };
}

describe('table streams', () => {
  it('record INSERT, MODIFY and REMOVE with the fields of the official sample, in order', async () => {
    const { h, records } = await streamed('NEW_AND_OLD_IMAGES');
    expect(records.map((r) => (r.data as { eventName: string }).eventName)).toEqual(['INSERT', 'MODIFY', 'REMOVE']);
    for (const [i, record] of records.entries()) {
      const data = record.data as Record<string, unknown> & { dynamodb: Record<string, unknown> };
      expect(shape(data)).toEqual(shape(sample.Records[i]!));
      expect(shape(data.dynamodb)).toEqual(shape(sample.Records[i]!.dynamodb));
      expect(data).toMatchObject({ eventVersion: '1.1', eventSource: 'aws:dynamodb', awsRegion: 'us-east-1' });
      expect(data.eventSourceARN).toBe((await h.service.describeTable({ TableName: 'messages' })).Table.LatestStreamArn);
      expect(data.eventID).toMatch(/^[0-9a-f]{32}$/);
    }
    const [insert, modify, remove] = records.map((r) => (r.data as { dynamodb: Record<string, unknown> }).dynamodb);
    expect(insert).toMatchObject({ Keys: { pk: { S: '101' } }, NewImage: { pk: { S: '101' }, Message: { S: 'New item!' } }, StreamViewType: 'NEW_AND_OLD_IMAGES' });
    expect(modify).toMatchObject({ OldImage: { Message: { S: 'New item!' } }, NewImage: { Message: { S: 'This item has changed' } } });
    expect(remove).toMatchObject({ OldImage: { Message: { S: 'This item has changed' } } });
    expect(insert!.ApproximateCreationDateTime).toBe(Math.floor(h.clock.now() / 1000));
    const sequences = records.map((r) => r.sequenceNumber);
    expect([...sequences].sort()).toEqual(sequences);
    expect(BigInt(sequences[1]!)).toBeGreaterThan(BigInt(sequences[0]!));
  });

  it('carry only what the view type asks for', async () => {
    const images = async (viewType: string) => (await streamed(viewType)).records.map((r) => Object.keys((r.data as { dynamodb: object }).dynamodb).filter((k) => k.endsWith('Image')).sort());
    expect(await images('KEYS_ONLY')).toEqual([[], [], []]);
    expect(await images('NEW_IMAGE')).toEqual([['NewImage'], ['NewImage'], []]);
    expect(await images('OLD_IMAGE')).toEqual([[], ['OldImage'], ['OldImage']]);
  });

  it('write nothing for a write that changes nothing, and keep records 24 hours', async () => {
    const h = dynamoHarness();
    await h.service.createTable(tableInput('t1x', { stream: 'KEYS_ONLY' }));
    const item = { TableName: 't1x', Item: { pk: { S: 'a' }, n: { N: '1' } } };
    await h.service.putItem(item);
    await h.service.putItem(item);
    expect(h.service.streamRecords('t1x')).toHaveLength(1);
    h.clock.advance(STREAM_RETENTION_MS + 1);
    expect(h.service.streamRecords('t1x')).toHaveLength(0);
  });

  it('carry binary values as base64, as the event JSON does', async () => {
    const h = dynamoHarness();
    await h.service.createTable(tableInput('bin', { stream: 'NEW_IMAGE' }));
    await h.service.putItem({ TableName: 'bin', Item: { pk: { S: 'a' }, b: { B: new Uint8Array([0, 1, 42, 65]) }, bs: { BS: [new Uint8Array([0, 1, 42, 65])] } } });
    expect((h.service.streamRecords('bin')[0]!.data as { dynamodb: { NewImage: unknown } }).dynamodb.NewImage).toEqual({ pk: { S: 'a' }, b: { B: 'AAEqQQ==' }, bs: { BS: ['AAEqQQ=='] } });
  });
});
