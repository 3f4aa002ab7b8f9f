// DynamoDB loaded on first use: the service, its expression language and its streams are a chunk
// of their own, so a project without tables never downloads them. Until a table exists (which
// takes an asynchronous call), the synchronous reads have nothing to report and answer empty.
import type { ItemStore } from '../../ports';
import { tableNotFoundNamed } from './errors';
import type { DynamoDbDeps, DynamoDbService } from './service';

type AsyncOperation = {
  [K in keyof DynamoDbService]: DynamoDbService[K] extends (...args: infer A) => Promise<infer R> ? (...args: A) => Promise<R> : never;
};

/** The same API as createDynamoDbService's, with the service itself loaded when first needed. */
export function lazyDynamoDbService(deps: DynamoDbDeps & { store: ItemStore }) {
  let service: DynamoDbService | undefined;
  let loading: Promise<DynamoDbService> | undefined;
  const load = () => (loading ??= import('./service').then((module) => (service = module.createDynamoDbService(deps))));
  const later = <K extends keyof DynamoDbService>(name: K) =>
    (async (...args: unknown[]) => ((await load())[name] as (...a: unknown[]) => unknown)(...args)) as AsyncOperation[K];

  return {
    listTableDefs: (): ReturnType<DynamoDbService['listTableDefs']> => service?.listTableDefs() ?? [],
    findTableDef: (name: string) => service?.findTableDef(name),
    findStream: (arn: string) => service?.findStream(arn),
    streamRecords: (table: string): ReturnType<DynamoDbService['streamRecords']> => service?.streamRecords(table) ?? [],
    exportItems: (table: string): ReturnType<DynamoDbService['exportItems']> => {
      if (!service) throw tableNotFoundNamed(table);
      return service.exportItems(table);
    },
    importTable: later('importTable'),
    createTable: later('createTable'),
    describeTable: later('describeTable'),
    listTables: later('listTables'),
    deleteTable: later('deleteTable'),
    updateTable: later('updateTable'),
    putItem: later('putItem'),
    updateItem: later('updateItem'),
    deleteItem: later('deleteItem'),
    getItem: later('getItem'),
    query: later('query'),
    scan: later('scan'),
    batchWriteItem: later('batchWriteItem'),
    batchGetItem: later('batchGetItem'),
    transactWriteItems: later('transactWriteItems'),
    transactGetItems: later('transactGetItems'),
  } satisfies DynamoDbService;
}
