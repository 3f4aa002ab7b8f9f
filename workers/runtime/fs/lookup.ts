// Path lookups shared by every call: find an entry or raise the error Linux would, in the
// order Linux checks (missing parent, then read-only mount, then the entry itself).
import { fsError, type FsError, type FsErrorCode } from './errors';
import type { OpenMode } from './encoding';
import { isTmp, resolvePath, type ResolvedPath } from './paths';
import type { DirNode, FileNode, FsNode, Volume } from './volume';

/** Builds the error for one call, so every check reports the same syscall and paths. */
export type Fail = (code: FsErrorCode) => FsError;

export function failWith(syscall: string, path?: string, dest?: string): Fail {
  return (code) => fsError(code, syscall, path, dest);
}

/** An entry slot: its parent exists; `node` is what is there now, if anything. */
export interface Slot extends ResolvedPath {
  parent: DirNode;
  name: string;
  node: FsNode | undefined;
}

/**
 * Creating or removing an entry writes its parent directory, so it needs the parent on /tmp:
 * `/tmp` itself sits in the read-only root.
 */
export function canChangeEntry(abs: string): boolean {
  return abs.startsWith('/tmp/');
}

export function parentDir(abs: string): string {
  return abs.slice(0, abs.lastIndexOf('/')) || '/';
}

export function slotOf(volume: Volume, p: ResolvedPath, fail: Fail): Slot {
  if (p.user === '') throw fail('ENOENT');
  const walk = volume.walk(p.abs);
  if (walk.error) throw fail(walk.error);
  return { ...p, parent: walk.parent, name: walk.name, node: walk.node };
}

export function existing(volume: Volume, p: ResolvedPath, fail: Fail): Slot & { node: FsNode } {
  const slot = slotOf(volume, p, fail);
  if (!slot.node) throw fail('ENOENT');
  if (p.slash && slot.node.kind === 'file') throw fail('ENOTDIR');
  return slot as Slot & { node: FsNode };
}

/** open(2)'s checks, without changing anything yet (writes stay atomic under ENOSPC). */
export function checkOpen(volume: Volume, path: unknown, mode: OpenMode): Slot {
  const p = resolvePath(path);
  const fail = failWith('open', p.user);
  const slot = slotOf(volume, p, fail);
  const { node } = slot;
  if (node) {
    if (mode.create && mode.exclusive) throw fail('EEXIST');
    if (node.kind === 'dir' && mode.write) throw fail('EISDIR');
    if (p.slash && node.kind === 'file') throw fail('ENOTDIR');
    if (mode.write && !isTmp(p.abs)) throw fail('EROFS');
  } else {
    if (!mode.create) throw fail('ENOENT');
    if (p.slash) throw fail('EISDIR');
    if (!canChangeEntry(p.abs)) throw fail('EROFS');
  }
  return slot;
}

/** open(2) itself: creates or truncates as the flags say. */
export function openPath(volume: Volume, path: unknown, mode: OpenMode, fileMode?: number): Slot & { node: FsNode } {
  const slot = checkOpen(volume, path, mode);
  if (!slot.node) slot.node = volume.create(slot.parent, slot.name, 'file', fileMode);
  else if (mode.truncate && slot.node.kind === 'file' && slot.node.size > 0) volume.truncate(slot.node, 0);
  return slot as Slot & { node: FsNode };
}

/** Writes a whole file through a path; on ENOSPC the old content (or absence) remains. */
export function writeThrough(volume: Volume, slot: Slot, bytes: Uint8Array, mode: OpenMode, fileMode?: number) {
  const created = !slot.node;
  const file = (slot.node ?? volume.create(slot.parent, slot.name, 'file', fileMode)) as FileNode;
  try {
    if (created || mode.truncate) volume.replace(file, bytes);
    else volume.writeAt(file, bytes, mode.append ? file.size : 0);
  } catch (error) {
    if (created) volume.remove(slot.parent, slot.name);
    throw error;
  }
}
