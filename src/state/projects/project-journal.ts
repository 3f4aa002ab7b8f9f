// A write-ahead copy of the open project's unsaved document in synchronous storage (localStorage):
// IndexedDB saves are asynchronous and a page that reloads or closes right after a change may
// not finish one, but a synchronous write is done before the next event. The next load replays it.

/** The synchronous key-value storage a journal lives in (a subset of Web Storage; a Map in tests). */
export interface JournalStorage {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  /** Throws when the storage refuses (its quota is full). */
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** One page's unsaved document for one project. */
export interface JournalEntry {
  /** The storage key (one per project and page, so two tabs never overwrite each other's entry). */
  key: string;
  projectId: string;
  /** The revision the document is a change over: the one the page had saved (or loaded) last. */
  base: number;
  /**
   * When a save over `base` was under way as this was written, the fingerprint of the document being
   * saved: if the stored record is `base + 1` with that content, that save committed and this entry
   * is a change over it.
   */
  inflight?: string;
  /** Epoch milliseconds of the write; the oldest entry of a project is replayed first. */
  at: number;
  /** Exactly what autosave would write. */
  doc: unknown;
}

const PREFIX = 'serverless-playground/journal/';
const VERSION = 1;

/** A short, stable fingerprint of a JSON text (FNV-1a, 32 bits, and the length): cheap to keep. */
export function fingerprint(json: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < json.length; i++) {
    hash ^= json.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${(hash >>> 0).toString(36)}.${json.length.toString(36)}`;
}

function parseEntry(key: string, text: string | null): JournalEntry | undefined {
  if (text === null) return undefined;
  try {
    const value = JSON.parse(text) as Partial<JournalEntry> & { v?: number; id?: unknown };
    if (value.v !== VERSION || typeof value.id !== 'string' || typeof value.base !== 'number' || typeof value.at !== 'number') return undefined;
    if (!value.doc || typeof value.doc !== 'object') return undefined;
    return { key, projectId: value.id, base: value.base, at: value.at, doc: value.doc, ...(typeof value.inflight === 'string' ? { inflight: value.inflight } : {}) };
  } catch {
    return undefined;
  }
}

export class ProjectJournal {
  /** This page's own part of the key: a fresh one per load, so a reload never overwrites the entry it must replay. */
  readonly writer: string;

  constructor(
    private readonly storage: JournalStorage,
    writer?: string,
    private readonly now: () => number = Date.now,
  ) {
    this.writer = writer ?? Math.random().toString(36).slice(2, 10);
  }

  #key(projectId: string): string {
    return `${PREFIX}${projectId}/${this.writer}`;
  }

  /**
   * Writes this page's unsaved document for `projectId` (`docJson`: the document as JSON text), at
   * once. Returns false when the storage refused it (full); the entry it replaced is then removed,
   * since a replay of an older document could later undo a newer save.
   */
  write(projectId: string, base: number, docJson: string, inflight?: string): boolean {
    const head = { v: VERSION, id: projectId, base, at: this.now(), ...(inflight ? { inflight } : {}) };
    // Spliced as text: the document is serialized once per change, not twice.
    const text = `${JSON.stringify(head).slice(0, -1)},"doc":${docJson}}`;
    try {
      this.storage.setItem(this.#key(projectId), text);
      return true;
    } catch {
      this.clear(projectId);
      return false;
    }
  }

  /** Removes this page's entry for the project (its document is saved, or deliberately dropped). */
  clear(projectId: string): void {
    this.remove(this.#key(projectId));
  }

  remove(key: string): void {
    try {
      this.storage.removeItem(key);
    } catch {
      // Nothing to do: a storage that cannot remove cannot have written either.
    }
  }

  /** Every page's entry, or those of one project, oldest first; unreadable entries are removed. */
  entries(projectId?: string): JournalEntry[] {
    const prefix = projectId === undefined ? PREFIX : `${PREFIX}${projectId}/`;
    const keys: string[] = [];
    for (let i = 0; i < this.storage.length; i++) {
      const key = this.storage.key(i);
      if (key?.startsWith(prefix)) keys.push(key);
    }
    const found: JournalEntry[] = [];
    for (const key of keys) {
      const entry = parseEntry(key, this.storage.getItem(key));
      if (entry) found.push(entry);
      else this.remove(key);
    }
    return found.sort((a, b) => a.at - b.at);
  }
}

/** A journal in memory, for tests (and the shape a browser storage has). */
export function memoryJournalStorage(): JournalStorage & { readonly items: Map<string, string>; quota: number } {
  const items = new Map<string, string>();
  const storage = {
    items,
    quota: Infinity,
    get length() {
      return items.size;
    },
    key: (index: number) => [...items.keys()][index] ?? null,
    getItem: (key: string) => items.get(key) ?? null,
    setItem(key: string, value: string) {
      const others = [...items].reduce((sum, [k, v]) => sum + (k === key ? 0 : k.length + v.length), 0);
      if (others + key.length + value.length > storage.quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      items.set(key, value);
    },
    removeItem: (key: string) => void items.delete(key),
  };
  return storage;
}
