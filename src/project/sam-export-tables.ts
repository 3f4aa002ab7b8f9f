// Tables in the SAM export: an AWS::DynamoDB::Table each, and the event source mappings that read
// their streams as `DynamoDB` events of the target functions (SAM needs the table in the template).
import { ACCOUNT_ID } from '../engine/ids';
import { STREAM_DEFAULTS } from '../engine/lambda/event-source-mappings/limits';
import type { TableDef } from '../engine/services/dynamodb/definitions';
import { createTableInput } from '../engine/services/dynamodb/table-description';
import type { ExportContext } from './sam-export-context';
import { GetAtt, pascalCase } from './sam-shared';

type Raw = Record<string, unknown>;

const isRecord = (value: unknown): value is Raw => !!value && typeof value === 'object' && !Array.isArray(value);

/** A function name as CreateEventSourceMapping takes it: plain, `name:qualifier` or the function's ARN. */
const FUNCTION_NAME = /^(?:arn:[^:]+:lambda:[^:]*:\d{12}:function:)?([A-Za-z0-9_-]+)(?::(\$LATEST|[A-Za-z0-9_-]+))?$/;
const STREAM_ARN = /^arn:[^:]+:dynamodb:[^:]*:\d{12}:table\/([^/]+)\/stream\/(.+)$/;
/** OnFailure.Type values with which SAM grants the function's role the permission to send there (SAM's own property). */
const DESTINATION_TYPES: Record<string, string> = { sqs: 'SQS', sns: 'SNS' };

/** The table's CloudFormation properties: CreateTable's input, less what CloudFormation shapes differently. */
export function tableProperties(def: TableDef): Raw {
  const { ProvisionedThroughput, StreamSpecification, GlobalSecondaryIndexes, ...props } = createTableInput(def) as ReturnType<typeof createTableInput> & Raw;
  const out: Raw = { ...props };
  // CloudFormation refuses capacity on an on-demand table.
  const capacity = def.billingMode === 'PROVISIONED' ? ProvisionedThroughput : undefined;
  if (capacity) out.ProvisionedThroughput = capacity;
  // CloudFormation's StreamSpecification has no StreamEnabled: naming a view type turns the stream on.
  if (StreamSpecification) out.StreamSpecification = { StreamViewType: StreamSpecification.StreamViewType };
  // CloudFormation requires capacity on each index of a provisioned table; the playground records the table's only.
  // A copy each: the YAML writer turns a shared object into an anchor and aliases, which read poorly.
  if (GlobalSecondaryIndexes) out.GlobalSecondaryIndexes = GlobalSecondaryIndexes.map((index) => (capacity ? { ...index, ProvisionedThroughput: { ...capacity } } : index));
  return out;
}

interface ExportedTable {
  id: string;
  def: TableDef;
}

/** One mapping as a `DynamoDB` event, leaving out what equals Lambda's defaults for a stream. */
function exportMapping(ctx: ExportContext, raw: unknown, index: number, tables: Map<string, ExportedTable>): void {
  const m = isRecord(raw) ? raw : {};
  const where = `eventSourceMappings[${index}]${typeof m.FunctionName === 'string' ? ` (${m.FunctionName})` : ''}`;
  const fn = typeof m.FunctionName === 'string' ? FUNCTION_NAME.exec(m.FunctionName) : null;
  const source = typeof m.EventSourceArn === 'string' ? STREAM_ARN.exec(m.EventSourceArn) : null;
  if (!fn || !source) return ctx.note(where, 'not exported: it needs a FunctionName and the EventSourceArn of a DynamoDB stream');
  const table = tables.get(source[1]!);
  if (!table) return ctx.note(where, `not exported: its source ${String(m.EventSourceArn)} is not a stream of a table in the project`);
  if (!table.def.stream) return ctx.note(where, `not exported: table ${table.def.name} has no stream now`);
  if (table.def.stream.label !== source[2]) return ctx.note(where, `not exported: it reads an earlier stream of table ${table.def.name}, not the one the table has now`);
  if (typeof m.StartingPosition !== 'string') return ctx.note(where, 'not exported: it has no StartingPosition');
  if (!ctx.target({ functionName: fn[1]!, ...(fn[2] ? { qualifier: fn[2] } : {}) }, where)) return;

  const d = STREAM_DEFAULTS;
  const props: Raw = { Stream: new GetAtt(table.id, 'StreamArn'), StartingPosition: m.StartingPosition };
  const unlessDefault = (key: string, fallback: unknown) => {
    if (m[key] !== undefined && m[key] !== fallback) props[key] = m[key];
  };
  unlessDefault('BatchSize', d.batchSize);
  unlessDefault('MaximumBatchingWindowInSeconds', d.maximumBatchingWindowInSeconds);
  unlessDefault('MaximumRetryAttempts', d.maximumRetryAttempts);
  unlessDefault('MaximumRecordAgeInSeconds', d.maximumRecordAgeInSeconds);
  unlessDefault('BisectBatchOnFunctionError', d.bisectBatchOnFunctionError);
  unlessDefault('ParallelizationFactor', d.parallelizationFactor);
  if (Array.isArray(m.FunctionResponseTypes) && m.FunctionResponseTypes.length > 0) props.FunctionResponseTypes = [...m.FunctionResponseTypes];
  unlessDefault('Enabled', true);
  unlessDefault('TumblingWindowInSeconds', d.tumblingWindowInSeconds);
  const onFailure = isRecord(m.DestinationConfig) && isRecord(m.DestinationConfig.OnFailure) ? m.DestinationConfig.OnFailure.Destination : undefined;
  if (typeof onFailure === 'string' && onFailure) {
    const type = DESTINATION_TYPES[onFailure.split(':')[2] ?? ''];
    props.DestinationConfig = { OnFailure: { Destination: onFailure, ...(type ? { Type: type } : {}) } };
    if (onFailure.includes(`:${ACCOUNT_ID}:`)) {
      ctx.note(`${where}.DestinationConfig`, `the on-failure destination ${onFailure} is in the playground's account: point it at a queue, topic or bucket of yours`);
    }
  }
  ctx.addEvent(fn[1]!, pascalCase(`${table.def.name} stream`), { Type: 'DynamoDB', Properties: props });
}

export function exportTables(ctx: ExportContext): void {
  const tables = new Map<string, ExportedTable>();
  for (const [i, table] of (ctx.doc.tables ?? []).entries()) {
    const where = `tables[${i}] (${table.name})`;
    const id = ctx.ids.take(table.name, 'Table');
    // The DynamoDB service owns the shape; a hand-written document may leave the billing mode out.
    const def = { billingMode: 'PAY_PER_REQUEST', creationDate: 0, ...table } as unknown as TableDef;
    tables.set(table.name, { id, def });
    ctx.resources[id] = { Type: 'AWS::DynamoDB::Table', Properties: tableProperties(def) };
    if (table.seedItems?.length) ctx.note(`${where}.seedItems`, `${table.seedItems.length} starting item(s) not exported: put them after deploying`);
  }
  for (const [i, mapping] of (ctx.doc.eventSourceMappings ?? []).entries()) {
    // Mappings that read queues are SQS events (sam-export-messaging.ts).
    if (isRecord(mapping) && typeof mapping.EventSourceArn === 'string' && mapping.EventSourceArn.startsWith('arn:aws:sqs:')) continue;
    exportMapping(ctx, mapping, i, tables);
  }

  const [first] = tables.values();
  if (first && ctx.functionIds.size > 0) {
    // SAM grants a function with a DynamoDB event the right to read that stream, and nothing else on the table.
    ctx.note('tables', `on AWS functions may only read the streams of their DynamoDB events: add Policies such as DynamoDBCrudPolicy: { TableName: !Ref ${first.id} } to each function whose code reads or writes a table`);
  }
}
