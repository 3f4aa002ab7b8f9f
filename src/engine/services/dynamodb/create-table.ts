// CreateTable's input, checked as DynamoDB checks it, into a table definition.
import { validationError } from '../../errors';
import type { IndexDef, KeyAttribute, KeySchema, KeyType, StreamViewType, TableDef } from './definitions';
import { STREAM_VIEW_TYPES } from './definitions';
import { invalidParameter, validation } from './errors';

interface KeySchemaElement {
  AttributeName?: string;
  KeyType?: string;
}

/** CreateTable's input as the SDK sends it (the members the playground reads). */
export interface CreateTableInput {
  TableName?: string;
  AttributeDefinitions?: Array<{ AttributeName?: string; AttributeType?: string }>;
  KeySchema?: KeySchemaElement[];
  BillingMode?: string;
  ProvisionedThroughput?: { ReadCapacityUnits?: number; WriteCapacityUnits?: number };
  StreamSpecification?: { StreamEnabled?: boolean; StreamViewType?: string };
  GlobalSecondaryIndexes?: Array<{ IndexName?: string; KeySchema?: KeySchemaElement[]; Projection?: { ProjectionType?: string; NonKeyAttributes?: string[] } }>;
}

const NAME_PATTERN = /^[a-zA-Z0-9_.-]+$/;

/** The model's constraints on a table or index name, with the API's wording. */
export function checkTableName(name: unknown, member = 'tableName'): string {
  if (typeof name !== 'string') throw validationError([`Value null at '${member}' failed to satisfy constraint: Member must not be null`]);
  const failures: string[] = [];
  if (name.length < 3) failures.push(`Value '${name}' at '${member}' failed to satisfy constraint: Member must have length greater than or equal to 3`);
  if (name.length > 255) failures.push(`Value '${name}' at '${member}' failed to satisfy constraint: Member must have length less than or equal to 255`);
  if (!NAME_PATTERN.test(name)) failures.push(`Value '${name}' at '${member}' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+`);
  if (failures.length) throw validationError(failures);
  return name;
}

function keySchema(elements: KeySchemaElement[] | undefined, types: Map<string, KeyType>, where: string): KeySchema {
  if (!Array.isArray(elements) || elements.length < 1 || elements.length > 2) {
    throw validationError([`Value '${JSON.stringify(elements ?? null)}' at '${where}' failed to satisfy constraint: Member must have length less than or equal to 2`]);
  }
  const [hash, range] = elements;
  if (hash?.KeyType !== 'HASH') throw invalidParameter('Invalid KeySchema: The first KeySchemaElement is not a HASH key type');
  if (range && range.KeyType !== 'RANGE') throw invalidParameter('Invalid KeySchema: The second KeySchemaElement is not a RANGE key type');
  if (range && range.AttributeName === hash.AttributeName) throw invalidParameter('Both the Hash Key and the Range Key element in the KeySchema have the same name');
  const attribute = (element: KeySchemaElement): KeyAttribute => {
    const type = types.get(element.AttributeName ?? '');
    if (!type) {
      throw invalidParameter(`Some index key attributes are not defined in AttributeDefinitions. Keys: [${elements.map((e) => e.AttributeName).join(', ')}], AttributeDefinitions: [${[...types.keys()].join(', ')}]`);
    }
    return { name: element.AttributeName!, type };
  };
  return { partitionKey: attribute(hash), ...(range ? { sortKey: attribute(range) } : {}) };
}

function streamOf(spec: CreateTableInput['StreamSpecification'], now: number): TableDef['stream'] {
  if (!spec || spec.StreamEnabled === false) {
    if (spec?.StreamViewType) throw invalidParameter('StreamViewType cannot be specified when StreamEnabled is false');
    return undefined;
  }
  if (spec.StreamEnabled !== true) throw validation('StreamSpecification must contain StreamEnabled');
  const viewType = spec.StreamViewType as StreamViewType;
  if (!STREAM_VIEW_TYPES.includes(viewType)) {
    throw validationError([`Value '${spec.StreamViewType ?? 'null'}' at 'streamSpecification.streamViewType' failed to satisfy constraint: Member must satisfy enum value set: [${STREAM_VIEW_TYPES.join(', ')}]`]);
  }
  return { viewType, label: new Date(now).toISOString().slice(0, 23) };
}

/** Checks CreateTable's input; `now` dates the table and its stream. */
export function tableDefFromInput(input: CreateTableInput, now: number): TableDef {
  const name = checkTableName(input.TableName);
  const types = new Map<string, KeyType>();
  for (const definition of input.AttributeDefinitions ?? []) {
    const type = definition.AttributeType as KeyType;
    if (!['S', 'N', 'B'].includes(type)) {
      throw validationError([`Value '${definition.AttributeType}' at 'attributeDefinitions.member.attributeType' failed to satisfy constraint: Member must satisfy enum value set: [B, N, S]`]);
    }
    types.set(definition.AttributeName ?? '', type);
  }
  const schema = keySchema(input.KeySchema, types, 'keySchema');
  const indexes: IndexDef[] = (input.GlobalSecondaryIndexes ?? []).map((index, i) => ({
    name: checkTableName(index.IndexName, `globalSecondaryIndexes.${i + 1}.member.indexName`),
    ...keySchema(index.KeySchema, types, `globalSecondaryIndexes.${i + 1}.member.keySchema`),
    projection: {
      type: (index.Projection?.ProjectionType ?? 'ALL') as IndexDef['projection']['type'],
      ...(index.Projection?.NonKeyAttributes ? { nonKeyAttributes: index.Projection.NonKeyAttributes } : {}),
    },
  }));
  const used = new Set([schema, ...indexes].flatMap((s) => [s.partitionKey.name, ...(s.sortKey ? [s.sortKey.name] : [])]));
  if ([...types.keys()].some((attribute) => !used.has(attribute))) {
    throw invalidParameter(`Some AttributeDefinitions are not used. AttributeDefinitions: [${[...types.keys()].join(', ')}], keys used: [${[...used].join(', ')}]`);
  }
  const billingMode = input.BillingMode ?? 'PROVISIONED';
  if (billingMode !== 'PAY_PER_REQUEST' && billingMode !== 'PROVISIONED') {
    throw validationError([`Value '${billingMode}' at 'billingMode' failed to satisfy constraint: Member must satisfy enum value set: [PROVISIONED, PAY_PER_REQUEST]`]);
  }
  const throughput = input.ProvisionedThroughput;
  if (billingMode === 'PROVISIONED' && (throughput?.ReadCapacityUnits === undefined || throughput.WriteCapacityUnits === undefined)) {
    throw validation('No provisioned throughput specified for the table');
  }
  if (billingMode === 'PAY_PER_REQUEST' && throughput) {
    throw validation('One or more parameter values were invalid: Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST');
  }
  const stream = streamOf(input.StreamSpecification, now);
  return {
    name,
    ...schema,
    billingMode,
    ...(billingMode === 'PROVISIONED' ? { provisionedThroughput: { read: throughput!.ReadCapacityUnits!, write: throughput!.WriteCapacityUnits! } } : {}),
    ...(stream ? { stream } : {}),
    ...(indexes.length ? { globalSecondaryIndexes: indexes } : {}),
    creationDate: now,
  };
}

export { streamOf };
