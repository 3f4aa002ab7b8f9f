// The browser's localStorage as the storage of the project journal: its writes are synchronous,
// so one made as the page goes is kept, where an IndexedDB write may not finish.

type SyncStorage = Pick<Storage, 'length' | 'key' | 'getItem' | 'setItem' | 'removeItem'>;

/** Where localStorage is blocked: holds nothing and refuses every write, so autosave saves at once instead (and says so). */
const refusing: SyncStorage = {
  length: 0,
  key: () => null,
  getItem: () => null,
  setItem: () => {
    throw new DOMException('localStorage is not available here.', 'SecurityError');
  },
  removeItem: () => {},
};

/** localStorage, or a stand-in that refuses writes where it is missing or blocked (some private modes, sandboxed frames). */
export function browserJournalStorage(): SyncStorage {
  try {
    const storage = globalThis.localStorage;
    // Reading it is what throws where storage is blocked.
    void storage?.length;
    return storage ?? refusing;
  } catch {
    return refusing;
  }
}
