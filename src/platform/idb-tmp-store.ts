// Keeps each execution environment's /tmp in IndexedDB on the host side: environments run in
// an opaque origin and cannot open IndexedDB themselves, so they report their changes after
// each invocation. One transaction per report (batched writes are several times faster).
import type { TmpChange } from '../engine/lambda/runtime-protocol';
import type { TmpStore } from '../engine/ports';
import { openDatabase, type TmpRecord } from './idb-database';

export interface TmpListing extends TmpStore {
  list(environmentId: string): Promise<TmpRecord[]>;
  /** Removes records of environments that no longer exist (e.g. after a reload). */
  clearAll(): Promise<void>;
}

export function idbTmpStore(): TmpListing {
  return {
    async apply(environmentId: string, changes: TmpChange[]) {
      const tx = (await openDatabase()).transaction('tmp', 'readwrite');
      for (const change of changes) {
        if (change.type === 'deleted') {
          // A deleted directory takes everything below it.
          await tx.store.delete([environmentId, change.path]);
          const below = IDBKeyRange.bound([environmentId, `${change.path}/`], [environmentId, `${change.path}/\uffff`]);
          await tx.store.delete(below);
        } else if (change.type === 'dir') {
          await tx.store.put({ environmentId, path: change.path, type: 'dir', size: 0, mtimeMs: Date.now() });
        } else {
          await tx.store.put({ environmentId, path: change.path, type: 'file', data: new Blob([change.data as Uint8Array<ArrayBuffer>]), size: change.data.byteLength, mtimeMs: change.mtimeMs });
        }
      }
      await tx.done;
    },
    async drop(environmentId: string) {
      const tx = (await openDatabase()).transaction('tmp', 'readwrite');
      await tx.store.delete(IDBKeyRange.bound([environmentId, ''], [environmentId, '\uffff']));
      await tx.done;
    },
    async list(environmentId: string) {
      return (await openDatabase()).getAllFromIndex('tmp', 'byEnvironment', environmentId);
    },
    async clearAll() {
      await (await openDatabase()).clear('tmp');
    },
  };
}
