// Keeps DynamoDB items in IndexedDB, per project, so tables keep their data across reloads. Each
// request's changes are written in one transaction (IndexedDB is several times faster that way).
import type { ItemStore, StoredItemChange } from '../engine/ports';
import { openDatabase } from './idb-database';

/** A readable message for the storage errors a person can act on. */
function storageError(error: unknown): unknown {
  if (error instanceof DOMException && error.name === 'QuotaExceededError') {
    return new Error("The browser refused to store the item: this site's storage is full. Delete items, objects or other projects to free space.");
  }
  return error;
}

/** Every key of one table: [scope, table, ''] up to [scope, table, '\uffff…']. */
const tableRange = (scope: string, table: string) => IDBKeyRange.bound([scope, table, ''], [scope, table, '\uffff\uffff\uffff'], false, false);

/** The item store for one project (`scope`); other projects' tables are invisible to it. */
export function idbItemStore(scope = 'default'): ItemStore {
  const db = () => openDatabase();
  return {
    async load(table: string) {
      const database = await db();
      if (!(await database.get('dynamoTables', [scope, table]))) return undefined;
      const records = await database.getAll('dynamoItems', tableRange(scope, table));
      return records.map((r) => [r.key, r.item] as [string, Record<string, unknown>]);
    },
    async create(table: string) {
      await (await db()).put('dynamoTables', { scope, name: table });
    },
    async apply(table: string, changes: StoredItemChange[]) {
      try {
        const tx = (await db()).transaction('dynamoItems', 'readwrite');
        for (const change of changes) {
          if (change.item) void tx.store.put({ scope, table, key: change.key, item: change.item });
          else void tx.store.delete([scope, table, change.key]);
        }
        await tx.done;
      } catch (error) {
        throw storageError(error);
      }
    },
    async drop(table: string) {
      const tx = (await db()).transaction(['dynamoTables', 'dynamoItems'], 'readwrite');
      void tx.objectStore('dynamoTables').delete([scope, table]);
      void tx.objectStore('dynamoItems').delete(tableRange(scope, table));
      await tx.done;
    },
  };
}
