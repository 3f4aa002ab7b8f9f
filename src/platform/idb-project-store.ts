// Keeps projects in IndexedDB: one record per project (`projects` store), saved only over the
// revision a tab loaded, so two tabs never silently overwrite each other.
import { decideSave, type ProjectStore, type ProjectSummary } from '../project/project-store';
import { dropProjectMessages } from './idb-message-store';
import { openDatabase } from './idb-database';
import { workspaceKeys } from './idb-workspace-store';

/** A readable message for the storage error a person can act on; its name stays, so the page can say it in the person's language. */
function storageError(error: unknown): unknown {
  if (error instanceof DOMException && error.name === 'QuotaExceededError') {
    const readable = new Error('The browser refused to save: its storage for this site is full. Your work is still open here; export it, or delete objects or other projects to free space.');
    readable.name = 'QuotaExceededError';
    return readable;
  }
  return error;
}

export function idbProjectStore(): ProjectStore {
  const db = () => openDatabase();
  return {
    async list() {
      // Walk the index newest first and keep only the list's fields, not every document.
      const out: ProjectSummary[] = [];
      let cursor = await (await db()).transaction('projects').store.index('byUpdated').openCursor(null, 'prev');
      while (cursor) {
        const { id, name, updatedAt, revision } = cursor.value;
        out.push({ id, name, updatedAt, revision });
        cursor = await cursor.continue();
      }
      return out;
    },
    async get(id) {
      return (await db()).get('projects', id);
    },
    async create(id, name, doc) {
      const record = { id, name, doc, revision: 1, updatedAt: Date.now() };
      try {
        await (await db()).add('projects', record);
      } catch (error) {
        throw storageError(error);
      }
      return record;
    },
    async save(id, name, doc, expected) {
      // Read and write in one transaction: no other tab can save between the check and the write.
      const tx = (await db()).transaction('projects', 'readwrite');
      try {
        const result = decideSave(await tx.store.get(id), expected, Date.now());
        if (result.ok) await tx.store.put({ id, name, doc, revision: result.revision, updatedAt: result.updatedAt });
        await tx.done;
        return result;
      } catch (error) {
        throw storageError(error);
      }
    },
    async delete(id) {
      // The project's S3 buckets and objects and its DynamoDB tables and items are kept under its
      // id (the object and item stores' scope); its SQS messages in their own database.
      const tx = (await db()).transaction(['projects', 's3Buckets', 's3Objects', 'dynamoTables', 'dynamoItems'], 'readwrite');
      await tx.objectStore('projects').delete(id);
      const buckets = tx.objectStore('s3Buckets');
      for (const key of await buckets.index('byScope').getAllKeys(id)) await buckets.delete(key);
      const ofProject = IDBKeyRange.bound([id], [id, []]);
      await tx.objectStore('s3Objects').delete(ofProject);
      await tx.objectStore('dynamoTables').delete(ofProject);
      await tx.objectStore('dynamoItems').delete(ofProject);
      await tx.done;
      await dropProjectMessages(id);
    },
    lastOpened: workspaceKeys.lastProject,
    setLastOpened: workspaceKeys.setLastProject,
    async legacyWorkspace() {
      const doc = await workspaceKeys.legacyWorkspace();
      if (doc === undefined) return undefined;
      const migratedTo = await workspaceKeys.legacyMigratedTo();
      return migratedTo ? { doc, migratedTo } : { doc };
    },
    markLegacyMigrated: workspaceKeys.setLegacyMigratedTo,
  };
}
