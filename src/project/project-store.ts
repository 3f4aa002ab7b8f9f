// Where projects are kept between visits (IndexedDB in the browser, memory in tests and embeds),
// and the revision rule that stops two tabs on one project from overwriting each other.

/** What the project list shows about a saved project. */
export interface ProjectSummary {
  id: string;
  name: string;
  /** Epoch milliseconds of the last save. */
  updatedAt: number;
  /** Bumped on every save; a tab that loaded revision n may only save over revision n. */
  revision: number;
}

/** A saved project with its document, as stored (not yet read: it may be old or damaged). */
export interface StoredProject extends ProjectSummary {
  doc: unknown;
}

/** What a save says: saved (with the new revision), or why it did not write anything. */
export type SaveResult =
  | { ok: true; revision: number; updatedAt: number }
  | { ok: false; reason: 'conflict'; revision: number }
  | { ok: false; reason: 'deleted' };

/** The version-1 workspace saved before projects existed, and whether it already became a project. */
export interface LegacyWorkspace {
  doc: unknown;
  migratedTo?: string;
}

export interface ProjectStore {
  /** Every project, most recently saved first. */
  list(): Promise<ProjectSummary[]>;
  get(id: string): Promise<StoredProject | undefined>;
  /** Stores a new project at revision 1. */
  create(id: string, name: string, doc: unknown): Promise<StoredProject>;
  /** Saves over revision `expected` only (see decideSave); writes nothing otherwise. */
  save(id: string, name: string, doc: unknown, expected: number): Promise<SaveResult>;
  /** Deletes the project and the runtime data kept for it (S3 objects). */
  delete(id: string): Promise<void>;
  lastOpened(): Promise<string | undefined>;
  setLastOpened(id: string): Promise<void>;
  legacyWorkspace(): Promise<LegacyWorkspace | undefined>;
  /** Remembers that the legacy workspace became project `id`; the record itself is kept. */
  markLegacyMigrated(id: string): Promise<void>;
}

/**
 * Whether a tab that loaded (or last saved) revision `expected` may save over what is stored now:
 * only if nobody saved since. Another tab's save or a deletion is reported, never overwritten.
 */
export function decideSave(stored: ProjectSummary | undefined, expected: number, now: number): SaveResult {
  if (!stored) return { ok: false, reason: 'deleted' };
  if (stored.revision !== expected) return { ok: false, reason: 'conflict', revision: stored.revision };
  return { ok: true, revision: expected + 1, updatedAt: now };
}

/** A short id for URLs (`?project=k3v9x2m7qa`): 10 characters of base 36 from the platform's random source. */
export function newProjectId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(10));
  return Array.from(bytes, (b) => (b % 36).toString(36)).join('');
}

/** The name for a copy that no other project has: `Shop (copy)`, `Shop (copy 2)`, … */
export function copyName(name: string, taken: readonly string[], label = 'copy'): string {
  const base = name.replace(/ \((?:copy|my copy)(?: \d+)?\)$/, '');
  for (let n = 1; ; n++) {
    const suffix = ` (${label}${n > 1 ? ` ${n}` : ''})`;
    const candidate = base.slice(0, 128 - suffix.length) + suffix;
    if (!taken.includes(candidate)) return candidate;
  }
}
