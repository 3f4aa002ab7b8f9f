// Keeps the workspace in IndexedDB (one database, versioned upgrades).
import { openDB, type IDBPDatabase } from 'idb';
import type { WorkspaceDoc, WorkspaceStore } from '../state/workspace-doc';

const DB_NAME = 'serverless-playground';
const DB_VERSION = 1;
const WORKSPACE = 'workspace';
const CURRENT = 'current';

export function idbWorkspaceStore(): WorkspaceStore {
  let db: Promise<IDBPDatabase> | undefined;
  const open = () =>
    (db ??= openDB(DB_NAME, DB_VERSION, {
      upgrade(database, oldVersion) {
        if (oldVersion < 1) database.createObjectStore(WORKSPACE);
      },
    }));
  return {
    async load() {
      return (await open()).get(WORKSPACE, CURRENT);
    },
    async save(doc: WorkspaceDoc) {
      try {
        await (await open()).put(WORKSPACE, doc, CURRENT);
      } catch (error) {
        if (error instanceof DOMException && error.name === 'QuotaExceededError') {
          throw new Error('The browser refused to save: its storage for this site is full. Your work is still open here; export or delete something to free space.');
        }
        throw error;
      }
    },
  };
}
