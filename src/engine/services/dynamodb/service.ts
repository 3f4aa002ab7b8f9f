// DynamoDB as the engine exposes it: the project's table definitions, the control-plane and item
// operations (what the SDK bridge and the scripting API call, low-level attribute-value shapes),
// and the tables' streams (what event source mappings read).
import type { Clock, ItemStore } from '../../ports';
import { batchGetItem, batchWriteItem, transactGetItems, transactWriteItems } from './batch-operations';
import type { TableDef } from './definitions';
import { toJsonItem } from './json-item';
import { getItem, query, scan } from './read-operations';
import { createTable, deleteTable, describeTable, listTables, updateTable } from './table-operations';
import { Tables } from './tables';
import type { TableStream } from './table-stream';
import { commitWrite, planDelete, planPut, planUpdate } from './write-operations';
import { withTraceHeader } from '../../tracing/ambient';

export interface DynamoDbDeps {
  store: ItemStore;
  clock: Clock;
  /** After any table definition changes (to save the project, refresh the UI). */
  changed: () => void;
  /** After a table's items change (runtime data, not the project document). */
  itemsChanged?: (table: string) => void;
  /** A table's stream appeared or went (event source mappings resolve streams by ARN). */
  streamsChanged?: () => void;
}

type Input = Record<string, unknown>;

/** Creates the service over an item store. */
export function createDynamoDbService(deps: DynamoDbDeps) {
  const tables = new Tables({ store: deps.store, now: () => deps.clock.now(), changed: deps.changed, itemsChanged: deps.itemsChanged, streamsChanged: deps.streamsChanged });
  const now = () => deps.clock.now();
  return {
    /** The project's table definitions, in name order (what the project document stores). */
    listTableDefs: (): TableDef[] => tables.list().map((t) => t.def),
    findTableDef: (name: string): TableDef | undefined => tables.find(name)?.def,
    /** Restores a saved table; seeds its items the first time this store sees it. */
    importTable: (def: TableDef) => tables.import(def),
    /** The stream with this ARN, if a table has it. */
    findStream: (arn: string): TableStream | undefined => tables.streams().find((s) => s.arn === arn),
    /** The records a table's stream keeps (none without a stream), oldest first. */
    streamRecords: (table: string) => tables.find(table)?.stream?.records() ?? [],
    /** A table's items in DynamoDB JSON, in Scan order (the item browser; the project's seed items). */
    exportItems: (table: string): Record<string, unknown>[] => [...tables.getNamed(table).items.all()].map(toJsonItem),
    createTable: (input: Input) => createTable(tables, input, now()),
    describeTable: async (input: Input) => describeTable(tables, input),
    listTables: async (input: Input = {}) => listTables(tables, input),
    deleteTable: (input: Input) => deleteTable(tables, input),
    updateTable: async (input: Input) => updateTable(tables, input, now()),
    // `trace`: the X-Ray header of the SDK call, which the stream records of the write carry.
    putItem: async (input: Input, trace?: string) => withTraceHeader(trace, () => commitWrite(tables, planPut(tables, input))),
    updateItem: async (input: Input, trace?: string) => withTraceHeader(trace, () => commitWrite(tables, planUpdate(tables, input))),
    deleteItem: async (input: Input, trace?: string) => withTraceHeader(trace, () => commitWrite(tables, planDelete(tables, input))),
    getItem: async (input: Input) => getItem(tables, input),
    query: async (input: Input) => query(tables, input),
    scan: async (input: Input) => scan(tables, input),
    batchWriteItem: (input: Input, trace?: string) => withTraceHeader(trace, () => batchWriteItem(tables, input)),
    batchGetItem: async (input: Input) => batchGetItem(tables, input),
    transactWriteItems: (input: Input, trace?: string) => withTraceHeader(trace, () => transactWriteItems(tables, input)),
    transactGetItems: async (input: Input) => transactGetItems(tables, input),
  };
}

/** The service as createDynamoDbService builds it. */
export type DynamoDbService = ReturnType<typeof createDynamoDbService>;

/** What the rest of the engine uses: the service, or the lazily loaded one (lazy-service.ts). */
export type DynamoDbServiceApi = DynamoDbService;
