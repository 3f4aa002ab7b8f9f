// A ProjectStore in memory: for unit tests, and for an embedded shared project, which runs in the
// visitor's browser without becoming one of their projects.
import { decideSave, type LegacyWorkspace, type ProjectStore, type StoredProject } from '../../project/project-store';

export interface MemoryProjectStore extends ProjectStore {
  /** The records as stored, for tests to inspect or damage. */
  readonly records: Map<string, StoredProject>;
  legacy: LegacyWorkspace | undefined;
}

export function memoryProjectStore(now: () => number = Date.now): MemoryProjectStore {
  const records = new Map<string, StoredProject>();
  let last: string | undefined;
  // structuredClone, as IndexedDB does: a caller's later change never reaches the stored copy.
  const copy = <T>(value: T): T => structuredClone(value);
  const store: MemoryProjectStore = {
    records,
    legacy: undefined,
    async list() {
      return [...records.values()].map(({ doc: _doc, ...summary }) => summary).sort((a, b) => b.updatedAt - a.updatedAt);
    },
    async get(id) {
      const record = records.get(id);
      return record && copy(record);
    },
    async create(id, name, doc) {
      const record = { id, name, doc: copy(doc), revision: 1, updatedAt: now() };
      records.set(id, record);
      return copy(record);
    },
    async save(id, name, doc, expected) {
      const result = decideSave(records.get(id), expected, now());
      if (result.ok) records.set(id, { id, name, doc: copy(doc), revision: result.revision, updatedAt: result.updatedAt });
      return result;
    },
    async delete(id) {
      records.delete(id);
    },
    async lastOpened() {
      return last;
    },
    async setLastOpened(id) {
      last = id;
    },
    async legacyWorkspace() {
      return store.legacy && copy(store.legacy);
    },
    async markLegacyMigrated(id) {
      if (store.legacy) store.legacy.migratedTo = id;
    },
  };
  return store;
}
