// DynamoDB in a SAM import: AWS::DynamoDB::Table and AWS::Serverless::SimpleTable become project
// tables (checked as CreateTable checks them), and functions' `DynamoDB` events become event source
// mappings on those tables' streams (checked as CreateEventSourceMapping checks them).
import { STREAM_DEFAULTS } from '../engine/lambda/event-source-mappings/limits';
import type { EventSourceMappingExport, StartingPosition } from '../engine/lambda/event-source-mappings/types';
import { checkCreate, defaultDestinationCheck, validateModel } from '../engine/lambda/event-source-mappings/validation';
import { tableDefFromInput, type CreateTableInput } from '../engine/services/dynamodb/create-table';
import { streamArn } from '../engine/services/dynamodb/definitions';
import { isRecord, type ImportContext, type Raw } from './sam-import-context';
import { intrinsicName } from './sam-import-resolve';
import { kebabCase } from './sam-shared';

export const TABLE_TYPES = ['AWS::DynamoDB::Table', 'AWS::Serverless::SimpleTable'];

const TABLE_PROPERTIES = ['TableName', 'AttributeDefinitions', 'KeySchema', 'BillingMode', 'ProvisionedThroughput', 'StreamSpecification', 'GlobalSecondaryIndexes'];
const SIMPLE_TABLE_PROPERTIES = ['TableName', 'PrimaryKey', 'ProvisionedThroughput'];
// The playground records capacity per table, so an index's own capacity is read and let go (the export writes the table's).
const INDEX_PROPERTIES = ['IndexName', 'KeySchema', 'Projection', 'ProvisionedThroughput'];
const EVENT_PROPERTIES = [
  'Stream', 'StartingPosition', 'BatchSize', 'MaximumBatchingWindowInSeconds', 'MaximumRetryAttempts', 'MaximumRecordAgeInSeconds',
  'BisectBatchOnFunctionError', 'ParallelizationFactor', 'FunctionResponseTypes', 'Enabled', 'DestinationConfig',
];
const SIMPLE_KEY_TYPES: Record<string, string> = { String: 'S', Number: 'N', Binary: 'B' };
const TABLE_NAME = /^[a-zA-Z0-9_.-]{3,255}$/;

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The table's name: its TableName, else one made from the logical id (`OrdersTable` → `orders`). */
export function tableName(ctx: ImportContext, id: string, props: Raw): string {
  const path = `Resources.${id}.Properties.TableName`;
  const given = props.TableName === undefined ? undefined : ctx.resolver.string(props.TableName, path);
  if (given !== undefined && TABLE_NAME.test(given)) return given;
  const derived = kebabCase(id.replace(/Table$/, ''));
  const name = derived.length >= 3 ? derived : `${derived || 'my'}-table`;
  if (given !== undefined) ctx.note(path, 'tableName', { given: JSON.stringify(given), name });
  return name;
}

const list = (value: unknown): Raw[] => (Array.isArray(value) ? value.filter(isRecord) : []);

function capacity(ctx: ImportContext, value: unknown, path: string): CreateTableInput['ProvisionedThroughput'] {
  if (!isRecord(value)) return undefined;
  return { ReadCapacityUnits: ctx.number(value.ReadCapacityUnits, `${path}.ReadCapacityUnits`), WriteCapacityUnits: ctx.number(value.WriteCapacityUnits, `${path}.WriteCapacityUnits`) };
}

/** AWS::DynamoDB::Table's properties as CreateTable's input: CloudFormation uses the API's names. */
function tableInput(ctx: ImportContext, props: Raw, path: string): CreateTableInput | undefined {
  if (!Array.isArray(props.KeySchema) || !Array.isArray(props.AttributeDefinitions)) {
    ctx.note(path, 'tableKeys', {});
    return undefined;
  }
  const text = (value: unknown, at: string) => (value === undefined ? undefined : ctx.resolver.string(value, at));
  const keySchema = (value: unknown, at: string) => list(value).map((k, i) => ({ AttributeName: text(k.AttributeName, `${at}[${i}].AttributeName`), KeyType: text(k.KeyType, `${at}[${i}].KeyType`) }));
  const input: CreateTableInput = {
    AttributeDefinitions: list(props.AttributeDefinitions).map((a, i) => ({
      AttributeName: text(a.AttributeName, `${path}.AttributeDefinitions[${i}].AttributeName`),
      AttributeType: text(a.AttributeType, `${path}.AttributeDefinitions[${i}].AttributeType`),
    })),
    KeySchema: keySchema(props.KeySchema, `${path}.KeySchema`),
  };
  const billingMode = text(props.BillingMode, `${path}.BillingMode`);
  if (billingMode !== undefined) input.BillingMode = billingMode;
  const throughput = capacity(ctx, props.ProvisionedThroughput, `${path}.ProvisionedThroughput`);
  if (throughput) input.ProvisionedThroughput = throughput;
  if (isRecord(props.StreamSpecification)) {
    const at = `${path}.StreamSpecification`;
    ctx.unsupported(props.StreamSpecification, ['StreamViewType'], at);
    input.StreamSpecification = { StreamEnabled: true, StreamViewType: text(props.StreamSpecification.StreamViewType, `${at}.StreamViewType`) };
  }
  if (props.GlobalSecondaryIndexes !== undefined) {
    input.GlobalSecondaryIndexes = list(props.GlobalSecondaryIndexes).map((index, i) => {
      const at = `${path}.GlobalSecondaryIndexes[${i}]`;
      ctx.unsupported(index, INDEX_PROPERTIES, at);
      const projection = isRecord(index.Projection) ? index.Projection : {};
      const nonKey = Array.isArray(projection.NonKeyAttributes) ? projection.NonKeyAttributes.filter((a): a is string => typeof a === 'string') : undefined;
      return {
        IndexName: text(index.IndexName, `${at}.IndexName`),
        KeySchema: keySchema(index.KeySchema, `${at}.KeySchema`),
        Projection: { ProjectionType: text(projection.ProjectionType, `${at}.Projection.ProjectionType`), ...(nonKey ? { NonKeyAttributes: nonKey } : {}) },
      };
    });
  }
  return input;
}

/** AWS::Serverless::SimpleTable: one key (`id`, a string, unless PrimaryKey says otherwise), on demand unless given capacity. */
function simpleTableInput(ctx: ImportContext, props: Raw, path: string): CreateTableInput | undefined {
  const key = isRecord(props.PrimaryKey) ? props.PrimaryKey : {};
  ctx.unsupported(key, ['Name', 'Type'], `${path}.PrimaryKey`);
  const name = key.Name === undefined ? 'id' : ctx.resolver.string(key.Name, `${path}.PrimaryKey.Name`);
  const typeName = key.Type === undefined ? 'String' : ctx.resolver.string(key.Type, `${path}.PrimaryKey.Type`);
  const type = typeName === undefined ? undefined : SIMPLE_KEY_TYPES[typeName];
  if (name === undefined || !type) {
    ctx.note(`${path}.PrimaryKey`, 'simpleTableKey', {});
    return undefined;
  }
  const throughput = capacity(ctx, props.ProvisionedThroughput, `${path}.ProvisionedThroughput`);
  return {
    AttributeDefinitions: [{ AttributeName: name, AttributeType: type }],
    KeySchema: [{ AttributeName: name, KeyType: 'HASH' }],
    ...(throughput ? { BillingMode: 'PROVISIONED', ProvisionedThroughput: throughput } : { BillingMode: 'PAY_PER_REQUEST' }),
  };
}

/** Imports one table, dated (and its stream labelled) with the import's time. */
export function importTable(ctx: ImportContext, id: string, resource: Raw): void {
  const path = `Resources.${id}.Properties`;
  const props = isRecord(resource.Properties) ? resource.Properties : {};
  const simple = resource.Type === 'AWS::Serverless::SimpleTable';
  ctx.unsupported(props, simple ? SIMPLE_TABLE_PROPERTIES : TABLE_PROPERTIES, path);
  const input = simple ? simpleTableInput(ctx, props, path) : tableInput(ctx, props, path);
  if (!input) return;
  try {
    ctx.tables.set(id, tableDefFromInput({ ...input, TableName: ctx.resolver.refs.get(id) }, ctx.now));
  } catch (error) {
    ctx.note(path, 'tableRefused', { reason: message(error) });
  }
}

/** The logical id in `!GetAtt T.StreamArn` (or `!Sub '${T.StreamArn}'`), if that is what the value is. */
function streamTableOf(value: unknown): string | undefined {
  const name = intrinsicName(value);
  const arg = name ? (value as Raw)[name] : undefined;
  if (name === 'Fn::GetAtt') {
    const [id, attribute] = Array.isArray(arg) ? arg : typeof arg === 'string' ? arg.split('.') : [];
    return typeof id === 'string' && attribute === 'StreamArn' ? id : undefined;
  }
  if (name === 'Fn::Sub' && typeof arg === 'string') return /^\$\{([A-Za-z0-9]+)\.StreamArn\}$/.exec(arg)?.[1];
  return undefined;
}

function flag(ctx: ImportContext, value: unknown, path: string): boolean | undefined {
  if (value === undefined || typeof value === 'boolean') return value;
  const text = ctx.resolver.string(value, path);
  if (text === 'true' || text === 'false') return text === 'true';
  if (text !== undefined) ctx.note(path, 'notABoolean', { text: JSON.stringify(text) });
  return undefined;
}

/** The on-failure destination, when there is one Lambda accepts for a stream (a queue, topic or bucket). */
function onFailure(ctx: ImportContext, value: unknown, path: string): string | undefined {
  if (!isRecord(value)) return undefined;
  ctx.unsupported(value, ['OnFailure'], path);
  if (!isRecord(value.OnFailure)) return undefined;
  // Type is SAM's hint for the permissions it grants; the playground needs none.
  ctx.unsupported(value.OnFailure, ['Destination', 'Type'], `${path}.OnFailure`);
  const at = `${path}.OnFailure.Destination`;
  const destination = value.OnFailure.Destination === undefined ? undefined : ctx.resolver.string(value.OnFailure.Destination, at);
  const refusal = destination ? defaultDestinationCheck(destination) : undefined;
  if (refusal) ctx.note(at, 'streamDestination', {});
  return destination && !refusal ? destination : undefined;
}

/** A `DynamoDB` event: an event source mapping on the stream of a table of the template. */
export function importStreamEvent(ctx: ImportContext, functionName: string, props: Raw, path: string): void {
  ctx.unsupported(props, EVENT_PROPERTIES, path);
  const id = streamTableOf(props.Stream);
  const resource = id ? ctx.template.Resources : undefined;
  const type = isRecord(resource) && isRecord(resource[id!]) ? (resource[id!] as Raw).Type : undefined;
  if (!id || !TABLE_TYPES.includes(String(type))) return ctx.note(`${path}.Stream`, 'streamRef', {});
  const table = ctx.tables.get(id);
  if (!table) return ctx.note(`${path}.Stream`, 'streamTableLeftOut', { table: id });
  if (!table.stream) return ctx.note(`${path}.Stream`, 'streamNone', { table: id });
  const startingPosition = props.StartingPosition === undefined ? undefined : ctx.resolver.string(props.StartingPosition, `${path}.StartingPosition`);
  if (!startingPosition) return ctx.note(`${path}.StartingPosition`, 'streamStartingPosition', {});

  // The shape the engine saves a mapping in: every setting spelled out, Lambda's defaults filled in.
  const d = STREAM_DEFAULTS;
  const number = (key: string, fallback: number) => ctx.number(props[key], `${path}.${key}`) ?? fallback;
  const types = Array.isArray(props.FunctionResponseTypes) ? props.FunctionResponseTypes.filter((t): t is string => typeof t === 'string') : [];
  const destination = onFailure(ctx, props.DestinationConfig, `${path}.DestinationConfig`);
  const mapping: EventSourceMappingExport = {
    UUID: crypto.randomUUID(),
    FunctionName: functionName,
    EventSourceArn: streamArn(table.name, table.stream.label),
    StartingPosition: startingPosition as StartingPosition,
    Enabled: flag(ctx, props.Enabled, `${path}.Enabled`) ?? true,
    BatchSize: number('BatchSize', d.batchSize),
    MaximumBatchingWindowInSeconds: number('MaximumBatchingWindowInSeconds', d.maximumBatchingWindowInSeconds),
    MaximumRetryAttempts: number('MaximumRetryAttempts', d.maximumRetryAttempts),
    MaximumRecordAgeInSeconds: number('MaximumRecordAgeInSeconds', d.maximumRecordAgeInSeconds),
    BisectBatchOnFunctionError: flag(ctx, props.BisectBatchOnFunctionError, `${path}.BisectBatchOnFunctionError`) ?? d.bisectBatchOnFunctionError,
    ParallelizationFactor: number('ParallelizationFactor', d.parallelizationFactor),
    FunctionResponseTypes: types,
    ...(destination ? { DestinationConfig: { OnFailure: { Destination: destination } } } : {}),
  };
  try {
    validateModel(mapping, true);
    checkCreate(mapping);
  } catch (error) {
    return ctx.note(path, 'mappingRefused', { reason: message(error) });
  }
  if (ctx.eventSourceMappings.some((m) => m.FunctionName === functionName && m.EventSourceArn === mapping.EventSourceArn)) {
    return ctx.note(path, 'streamTaken', { table: id });
  }
  ctx.eventSourceMappings.push(mapping);
}
