// The playground's one IndexedDB database, with versioned upgrades.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { WorkspaceDoc } from '../state/workspace-doc';

/** One file or directory of an environment's /tmp, as the host keeps it. */
export interface TmpRecord {
  environmentId: string;
  path: string;
  type: 'file' | 'dir';
  data?: Blob;
  size: number;
  mtimeMs: number;
}

export interface PlaygroundDB extends DBSchema {
  workspace: { key: string; value: WorkspaceDoc };
  tmp: { key: [string, string]; value: TmpRecord; indexes: { byEnvironment: string } };
}

const NAME = 'serverless-playground';
const VERSION = 2;
let db: Promise<IDBPDatabase<PlaygroundDB>> | undefined;

export function openDatabase(): Promise<IDBPDatabase<PlaygroundDB>> {
  db ??= openDB<PlaygroundDB>(NAME, VERSION, {
    upgrade(database, oldVersion) {
      if (oldVersion < 1) database.createObjectStore('workspace');
      if (oldVersion < 2) {
        const tmp = database.createObjectStore('tmp', { keyPath: ['environmentId', 'path'] });
        tmp.createIndex('byEnvironment', 'environmentId');
      }
    },
  });
  return db;
}
