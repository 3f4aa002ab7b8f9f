// A table definition as DescribeTable answers it (TableDescription), and the AttributeDefinitions
// and KeySchema that rebuild it (CreateTable's input, for exports).
import type { IndexDef, KeySchema, TableDef } from './definitions';
import { indexArn, streamArn, tableArn } from './definitions';

const keySchemaOf = (schema: KeySchema) => [
  { AttributeName: schema.partitionKey.name, KeyType: 'HASH' },
  ...(schema.sortKey ? [{ AttributeName: schema.sortKey.name, KeyType: 'RANGE' }] : []),
];

function attributeDefinitions(def: TableDef) {
  const types = new Map<string, string>();
  for (const schema of [def, ...(def.globalSecondaryIndexes ?? [])]) {
    types.set(schema.partitionKey.name, schema.partitionKey.type);
    if (schema.sortKey) types.set(schema.sortKey.name, schema.sortKey.type);
  }
  return [...types].map(([AttributeName, AttributeType]) => ({ AttributeName, AttributeType }));
}

const projectionOf = (index: IndexDef) => ({
  ProjectionType: index.projection.type,
  ...(index.projection.nonKeyAttributes ? { NonKeyAttributes: index.projection.nonKeyAttributes } : {}),
});

/** A stable id per table, shaped like DynamoDB's TableId (a UUID). */
function tableId(def: TableDef): string {
  let h = 0x811c9dc5;
  const text = `${def.name}:${def.creationDate}`;
  const out: string[] = [];
  for (let round = 0; round < 4; round++) {
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) ^ round;
    out.push((h >>> 0).toString(16).padStart(8, '0'));
  }
  const hex = out.join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function tableDescription(def: TableDef, stats: { itemCount: number; sizeBytes: number }, status = 'ACTIVE') {
  const throughput = { NumberOfDecreasesToday: 0, ReadCapacityUnits: def.provisionedThroughput?.read ?? 0, WriteCapacityUnits: def.provisionedThroughput?.write ?? 0 };
  return {
    AttributeDefinitions: attributeDefinitions(def),
    TableName: def.name,
    KeySchema: keySchemaOf(def),
    TableStatus: status,
    CreationDateTime: new Date(def.creationDate),
    ProvisionedThroughput: throughput,
    TableSizeBytes: stats.sizeBytes,
    ItemCount: stats.itemCount,
    TableArn: tableArn(def.name),
    TableId: tableId(def),
    ...(def.billingMode === 'PAY_PER_REQUEST' ? { BillingModeSummary: { BillingMode: 'PAY_PER_REQUEST', LastUpdateToPayPerRequestDateTime: new Date(def.creationDate) } } : {}),
    ...(def.globalSecondaryIndexes
      ? {
          GlobalSecondaryIndexes: def.globalSecondaryIndexes.map((index) => ({
            IndexName: index.name,
            KeySchema: keySchemaOf(index),
            Projection: projectionOf(index),
            IndexStatus: 'ACTIVE',
            ProvisionedThroughput: throughput,
            IndexSizeBytes: 0,
            ItemCount: 0,
            IndexArn: indexArn(def.name, index.name),
          })),
        }
      : {}),
    ...(def.stream
      ? {
          StreamSpecification: { StreamEnabled: true, StreamViewType: def.stream.viewType },
          LatestStreamLabel: def.stream.label,
          LatestStreamArn: streamArn(def.name, def.stream.label),
        }
      : {}),
    DeletionProtectionEnabled: false,
  };
}

/** The CreateTable input that makes this table again (SAM export, the scripting API). */
export function createTableInput(def: TableDef) {
  return {
    TableName: def.name,
    AttributeDefinitions: attributeDefinitions(def),
    KeySchema: keySchemaOf(def),
    BillingMode: def.billingMode,
    ...(def.provisionedThroughput ? { ProvisionedThroughput: { ReadCapacityUnits: def.provisionedThroughput.read, WriteCapacityUnits: def.provisionedThroughput.write } } : {}),
    ...(def.stream ? { StreamSpecification: { StreamEnabled: true, StreamViewType: def.stream.viewType } } : {}),
    ...(def.globalSecondaryIndexes
      ? { GlobalSecondaryIndexes: def.globalSecondaryIndexes.map((index) => ({ IndexName: index.name, KeySchema: keySchemaOf(index), Projection: projectionOf(index) })) }
      : {}),
  };
}
