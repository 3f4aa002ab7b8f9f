// What the host reads from /tmp: net changes since it last asked (to persist in IndexedDB),
// the bytes and file count in use, and a listing for the UI.
import type { TmpChange } from '../../../src/engine/lambda/runtime-protocol';
import type { FsNode, Volume } from './volume';

export type { TmpChange };

/** One entry under /tmp; directories report size 0 (their files are listed separately). */
export interface TmpEntry { path: string; type: 'file' | 'dir'; size: number; mtimeMs: number }

/** Visits everything under /tmp, parents before children. */
function eachTmp(volume: Volume, visit: (path: string, node: FsNode) => void) {
  const walk = (node: FsNode, path: string) => {
    if (node.kind !== 'dir') return;
    for (const [name, child] of node.entries) {
      visit(`${path}/${name}`, child);
      walk(child, `${path}/${name}`);
    }
  };
  const tmp = volume.root.entries.get('tmp');
  if (tmp) walk(tmp, '/tmp');
}

export function createTmpReporter(volume: Volume) {
  // What the host holds after the last takeChanges(): each path's node and content version.
  // Diffing against it coalesces any number of writes, renames and deletes into net changes.
  let sent = new Map<string, { node: FsNode; version: number }>();
  // The volume's change count when the host was last told, and the file count then.
  let reported = -1;
  let counted = -1;
  let files = 0;

  return {
    takeChanges(): TmpChange[] {
      // Most invocations leave /tmp alone: then there is nothing to walk or send.
      if (volume.mutations === reported) return [];
      reported = volume.mutations;
      const now = new Map<string, { node: FsNode; version: number }>();
      const upserts: TmpChange[] = [];
      eachTmp(volume, (path, node) => {
        const version = node.kind === 'file' ? node.version : 0;
        const before = sent.get(path);
        now.set(path, { node, version });
        if (node.kind === 'dir') {
          if (before?.node.kind !== 'dir') upserts.push({ type: 'dir', path });
        } else if (before?.node !== node || before.version !== version) {
          upserts.push({ type: 'file', path, data: node.data.slice(0, node.size), mtimeMs: node.mtimeMs });
        }
      });
      // Children before parents, so a host applying deletions in order never orphans a record.
      const deleted: TmpChange[] = [...sent.keys()].filter((path) => !now.has(path)).reverse().map((path) => ({ type: 'deleted', path }));
      sent = now;
      return [...deleted, ...upserts];
    },

    usage(): { bytes: number; files: number } {
      if (volume.mutations !== counted) {
        counted = volume.mutations;
        files = 0;
        eachTmp(volume, (_, node) => {
          if (node.kind === 'file') files++;
        });
      }
      return { bytes: volume.used, files };
    },

    list(): TmpEntry[] {
      const entries: TmpEntry[] = [];
      eachTmp(volume, (path, node) => entries.push({
        path, type: node.kind, size: node.kind === 'file' ? node.size : 0, mtimeMs: node.mtimeMs,
      }));
      // Tree order: a directory's entries come right after it ('/tmp/d/a' before '/tmp/d-x').
      const key = (entry: TmpEntry) => entry.path.replaceAll('/', '\0');
      return entries.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    },
  };
}
