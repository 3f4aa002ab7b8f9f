// The in-memory tree behind the file system: a read-only root with the function's code under
// /var/task and a writable /tmp whose file bytes are counted against the ephemeral-storage size.
import { fsError } from './errors';

// Taken before the runtime meters allocations (memory-meter.ts): /tmp is disk on Lambda, not memory.
const Bytes = Uint8Array;

interface NodeTimes {
  ino: number;
  mode: number;
  atimeMs: number;
  mtimeMs: number;
  ctimeMs: number;
  birthtimeMs: number;
}

/** A regular file; `data` may be longer than `size` so appends do not copy every time. */
export interface FileNode extends NodeTimes {
  kind: 'file';
  data: Uint8Array;
  size: number;
  /** Bumped on every content change, so takeChanges can tell what to send. */
  version: number;
  /** In the /tmp tree and counted against capacity (false once unlinked while still open). */
  counted: boolean;
}

export interface DirNode extends NodeTimes {
  kind: 'dir';
  entries: Map<string, FsNode>;
}

export type FsNode = FileNode | DirNode;

/** Where a path leads: its parent directory and entry name, or why the walk stopped. */
export type Walk =
  | { error: 'ENOENT' | 'ENOTDIR' }
  | { error?: undefined; parent: DirNode; name: string; node: FsNode | undefined };

// Lambda's process has umask 022, so new files are 644 and new directories 755.
const UMASK = 0o022;
const ROOT_DIRS = ['bin', 'boot', 'dev', 'etc', 'home', 'lib', 'lib64', 'media', 'mnt', 'opt', 'proc', 'root', 'run', 'sbin', 'srv', 'sys', 'tmp', 'usr', 'var'];
let nextIno = 1000;

function times(mode: number): NodeTimes {
  const now = Date.now();
  return { ino: nextIno++, mode, atimeMs: now, mtimeMs: now, ctimeMs: now, birthtimeMs: now };
}

function touch(node: FsNode) {
  node.mtimeMs = node.ctimeMs = Date.now();
}

export function createVolume(taskFiles: Record<string, string>, capacityBytes: number) {
  const newDir = (mode = 0o40755): DirNode => ({ kind: 'dir', entries: new Map(), ...times(mode) });
  const root = newDir();
  let used = 0;
  // Counts every change to the tree, so readers can tell cheaply that nothing changed.
  let mutations = 0;
  const touchTree = (node: FsNode) => {
    mutations++;
    touch(node);
  };

  function ensureDir(parent: DirNode, name: string, mode?: number): DirNode {
    const found = parent.entries.get(name);
    if (found?.kind === 'dir') return found;
    const dir = newDir(mode);
    parent.entries.set(name, dir);
    return dir;
  }
  // The top of Lambda's Amazon Linux image, so writing to /etc or /home is EROFS, not ENOENT.
  for (const name of ROOT_DIRS) ensureDir(root, name, name === 'tmp' ? 0o41777 : undefined);
  const varDir = ensureDir(root, 'var');
  for (const name of ['lang', 'runtime']) ensureDir(varDir, name);
  const task = ensureDir(varDir, 'task');
  const encoder = new TextEncoder();
  for (const [relative, source] of Object.entries(taskFiles)) {
    const parts = relative.split('/').filter((part) => part && part !== '.');
    const name = parts.pop();
    if (!name) continue;
    const dir = parts.reduce((parent, part) => ensureDir(parent, part), task);
    const data = encoder.encode(source);
    dir.entries.set(name, { kind: 'file', data, size: data.length, version: 0, counted: false, ...times(0o100644) });
  }

  /** Throws ENOSPC unless `delta` more bytes fit; nothing has changed when it throws. */
  function reserve(node: FileNode, newSize: number) {
    const delta = node.counted ? newSize - node.size : 0;
    if (delta > 0 && used + delta > capacityBytes) throw fsError('ENOSPC', 'write');
    used += delta;
  }

  function capacityFor(node: FileNode, size: number) {
    if (node.data.length >= size) return;
    // Growing by half again keeps a stream of small appends linear in the file's size.
    const grown = new Bytes(Math.max(size, Math.floor(node.data.length * 1.5) + 4096));
    grown.set(node.data.subarray(0, node.size));
    node.data = grown;
  }

  function changed(node: FileNode, size: number) {
    node.size = size;
    node.version++;
    touchTree(node);
  }

  /** Marks a subtree as leaving (or joining) /tmp, and returns its file bytes. */
  function setCounted(node: FsNode, counted: boolean): number {
    if (node.kind === 'file') {
      node.counted = counted;
      return node.size;
    }
    let total = 0;
    for (const child of node.entries.values()) total += setCounted(child, counted);
    return total;
  }

  return {
    root,
    get used() {
      return used;
    },

    /** Grows with every change to the tree (files, directories, times). */
    get mutations() {
      return mutations;
    },

    /** Records a change made outside these methods (e.g. utimes). */
    noteChange() {
      mutations++;
    },

    walk(abs: string): Walk {
      const parts = abs.split('/').filter(Boolean);
      const name = parts.pop();
      let dir = root;
      for (const part of parts) {
        const next = dir.entries.get(part);
        if (!next) return { error: 'ENOENT' };
        if (next.kind !== 'dir') return { error: 'ENOTDIR' };
        dir = next;
      }
      return name === undefined ? { parent: root, name: '', node: root } : { parent: dir, name, node: dir.entries.get(name) };
    },

    /** Adds a new file or directory to `parent` (always inside /tmp). */
    create<K extends FsNode['kind']>(parent: DirNode, name: string, kind: K, mode?: number | string): Extract<FsNode, { kind: K }> {
      // Node also takes modes as octal strings ('755').
      const bits = (mode === undefined ? (kind === 'dir' ? 0o777 : 0o666) : typeof mode === 'string' ? parseInt(mode, 8) : mode) & ~UMASK;
      const node: FsNode = kind === 'dir'
        ? newDir(0o40000 | bits)
        : { kind: 'file', data: new Bytes(0), size: 0, version: 0, counted: true, ...times(0o100000 | bits) };
      parent.entries.set(name, node);
      touchTree(parent);
      return node as Extract<FsNode, { kind: K }>;
    },

    /** Removes an entry (and everything below it) and frees its bytes. */
    remove(parent: DirNode, name: string) {
      const node = parent.entries.get(name);
      if (!node) return;
      parent.entries.delete(name);
      used -= setCounted(node, false);
      touchTree(parent);
    },

    move(fromParent: DirNode, fromName: string, toParent: DirNode, toName: string) {
      const node = fromParent.entries.get(fromName);
      if (!node) return;
      if (toParent.entries.has(toName)) this.remove(toParent, toName);
      fromParent.entries.delete(fromName);
      toParent.entries.set(toName, node);
      node.ctimeMs = Date.now();
      touchTree(fromParent);
      touchTree(toParent);
    },

    /** Replaces a file's whole content, or leaves it intact if the bytes do not fit. */
    replace(node: FileNode, bytes: Uint8Array) {
      reserve(node, bytes.length);
      node.data = new Bytes(bytes.length);
      node.data.set(bytes);
      changed(node, bytes.length);
    },

    writeAt(node: FileNode, bytes: Uint8Array, position: number): number {
      const end = Math.max(node.size, position + bytes.length);
      reserve(node, end);
      capacityFor(node, end);
      if (position > node.size) node.data.fill(0, node.size, position);
      node.data.set(bytes, position);
      changed(node, end);
      return bytes.length;
    },

    truncate(node: FileNode, length: number) {
      reserve(node, length);
      capacityFor(node, length);
      // Bytes past the old end must read as zeros, as after ftruncate(2).
      if (length > node.size) node.data.fill(0, node.size, length);
      changed(node, length);
    },
  };
}

export type Volume = ReturnType<typeof createVolume>;
