// The control plane: CreateTable, DescribeTable, ListTables, UpdateTable (streams, billing) and
// DeleteTable, answering with TableDescription as DynamoDB does.
import { validationError } from '../../errors';
import { checkTableName, streamOf, tableDefFromInput, type CreateTableInput } from './create-table';
import type { TableDef } from './definitions';
import { invalidParameter, validation } from './errors';
import { tableDescription } from './table-description';
import type { Tables } from './tables';

type Input = Record<string, unknown>;

export async function createTable(tables: Tables, input: Input, now: number) {
  const def = tableDefFromInput(input as CreateTableInput, now);
  const table = await tables.create(def);
  // DynamoDB answers CREATING; the playground's table is usable at once (DescribeTable says ACTIVE).
  return { TableDescription: tableDescription(table.def, tables.stats(table), 'CREATING') };
}

export function describeTable(tables: Tables, input: Input) {
  const table = tables.getNamed(checkTableName(input.TableName));
  return { Table: tableDescription(table.def, tables.stats(table)) };
}

export function listTables(tables: Tables, input: Input) {
  const limit = input.Limit as number | undefined;
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1 || limit > 100)) {
    throw validationError([`Value '${String(limit)}' at 'limit' failed to satisfy constraint: Member must have value ${limit < 1 ? 'greater than or equal to 1' : 'less than or equal to 100'}`]);
  }
  const start = input.ExclusiveStartTableName as string | undefined;
  const names = tables.list().map((t) => t.def.name).filter((name) => start === undefined || name > start);
  const pageSize = limit ?? 100;
  const page = names.slice(0, pageSize);
  return { TableNames: page, ...(names.length > pageSize ? { LastEvaluatedTableName: page.at(-1) } : {}) };
}

export async function deleteTable(tables: Tables, input: Input) {
  const table = tables.getNamed(checkTableName(input.TableName));
  const description = tableDescription(table.def, tables.stats(table), 'DELETING');
  await tables.delete(table.def.name);
  return { TableDescription: description };
}

export function updateTable(tables: Tables, input: Input, now: number) {
  const table = tables.getNamed(checkTableName(input.TableName));
  let def: TableDef = table.def;
  const spec = input.StreamSpecification as CreateTableInput['StreamSpecification'];
  if (spec) {
    if (spec.StreamEnabled === true && def.stream) throw validation(`Table already has an enabled stream: TableName: ${def.name}`);
    if (spec.StreamEnabled === false && !def.stream) throw validation(`Table already has a disabled stream: TableName: ${def.name}`);
    const stream = streamOf(spec, now);
    const { stream: _old, ...rest } = def;
    def = stream ? { ...rest, stream } : rest;
  }
  const billing = input.BillingMode as string | undefined;
  if (billing === 'PAY_PER_REQUEST') {
    const { provisionedThroughput: _throughput, ...rest } = def;
    def = { ...rest, billingMode: 'PAY_PER_REQUEST' };
  } else if (billing === 'PROVISIONED' || input.ProvisionedThroughput) {
    const throughput = input.ProvisionedThroughput as { ReadCapacityUnits?: number; WriteCapacityUnits?: number } | undefined;
    if (throughput?.ReadCapacityUnits === undefined || throughput.WriteCapacityUnits === undefined) {
      throw invalidParameter('ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode is PROVISIONED');
    }
    def = { ...def, billingMode: 'PROVISIONED', provisionedThroughput: { read: throughput.ReadCapacityUnits, write: throughput.WriteCapacityUnits } };
  }
  if (input.GlobalSecondaryIndexUpdates !== undefined) throw validation('The playground does not simulate GlobalSecondaryIndexUpdates: define the indexes in CreateTable.');
  if (def === table.def) throw validation('At least one of ProvisionedThroughput, BillingMode, UpdateStreamEnabled, GlobalSecondaryIndexUpdates or SSESpecification or ReplicaUpdates is required');
  tables.redefine(table, def);
  return { TableDescription: tableDescription(def, tables.stats(table), 'UPDATING') };
}
