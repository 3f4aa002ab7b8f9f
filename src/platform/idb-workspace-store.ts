// The `workspace` object store: the version-1 workspace saved before projects existed (read,
// never rewritten), which project was open last, and whether the old workspace became a project.
import { openDatabase } from './idb-database';

/** The version-1 record's key; it stays where it is after it becomes a project. */
const LEGACY = 'current';
const LAST_PROJECT = 'last-project';
const LEGACY_MIGRATED = 'legacy-migrated-to';

async function read(key: string): Promise<unknown> {
  return (await openDatabase()).get('workspace', key);
}

async function write(key: string, value: unknown): Promise<void> {
  await (await openDatabase()).put('workspace', value, key);
}

export const workspaceKeys = {
  legacyWorkspace: () => read(LEGACY),
  lastProject: async () => {
    const id = await read(LAST_PROJECT);
    return typeof id === 'string' ? id : undefined;
  },
  setLastProject: (id: string) => write(LAST_PROJECT, id),
  legacyMigratedTo: async () => {
    const id = await read(LEGACY_MIGRATED);
    return typeof id === 'string' ? id : undefined;
  },
  setLegacyMigratedTo: (id: string) => write(LEGACY_MIGRATED, id),
};
