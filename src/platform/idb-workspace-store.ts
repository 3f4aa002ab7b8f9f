// Keeps the workspace in IndexedDB.
import type { WorkspaceDoc, WorkspaceStore } from '../state/workspace-doc';
import { openDatabase } from './idb-database';

const CURRENT = 'current';

export function idbWorkspaceStore(): WorkspaceStore {
  return {
    async load() {
      return (await openDatabase()).get('workspace', CURRENT);
    },
    async save(doc: WorkspaceDoc) {
      try {
        await (await openDatabase()).put('workspace', doc, CURRENT);
      } catch (error) {
        if (error instanceof DOMException && error.name === 'QuotaExceededError') {
          throw new Error('The browser refused to save: its storage for this site is full. Your work is still open here; export or delete something to free space.');
        }
        throw error;
      }
    },
  };
}
