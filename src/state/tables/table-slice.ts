// DynamoDB's slice of the project document: the tables (keys, stream, indexes, seed items).
import type { Engine } from '../../engine/engine';
import type { TableDef } from '../../engine/services/dynamodb/definitions';
import type { ProjectTable } from '../../project/types';
import type { ServiceSlice } from '../projects/service-slice';
import { t } from '../../i18n/i18n.svelte';

export const tableSlice: ServiceSlice = {
  key: 'tables',
  read: (engine) => engine.dynamodb.listTableDefs(),
  restore: (engine, table) => engine.dynamodb.importTable(asTableDef(table as ProjectTable)),
  describe: (table) => t('tables.describe', String((table as TableDef)?.name)),
  changedBy: ['tables-changed'],
};

/**
 * A table in DynamoDB's own shape. A SAM import or a hand-written document may leave out what
 * the playground fills in itself: the billing mode, the creation time and the stream's label.
 */
export function asTableDef(table: ProjectTable, now = Date.now()): TableDef {
  const creationDate = typeof table.creationDate === 'number' ? table.creationDate : now;
  const stream = table.stream ? { viewType: table.stream.viewType as NonNullable<TableDef['stream']>['viewType'], label: table.stream.label ?? new Date(creationDate).toISOString().slice(0, 23) } : undefined;
  const { stream: _stream, ...rest } = table;
  const def = rest as unknown as TableDef;
  return {
    ...def,
    billingMode: def.billingMode ?? 'PAY_PER_REQUEST',
    creationDate,
    ...(stream ? { stream } : {}),
  };
}
