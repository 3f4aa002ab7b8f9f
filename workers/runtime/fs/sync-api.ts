// The synchronous, path-based calls of `fs` (readFileSync, mkdirSync, renameSync, ...), the
// ground truth that the callback and promise forms wrap.
import { constants } from './constants';
import { fromBytes, parseFlags, parseOptions, toBytes } from './encoding';
import { rmIsDirectory } from './errors';
import type { Descriptors } from './file-descriptors';
import { canChangeEntry, checkOpen, existing, failWith, parentDir, slotOf, writeThrough } from './lookup';
import { isTmp, mountOf, resolvePath } from './paths';
import { Dirent, Stats } from './stats';
import type { DirNode, FileNode, FsNode, Volume } from './volume';

const TEMP_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

function toMs(time: unknown): number {
  if (time instanceof Date) return time.getTime();
  return Number(time) * 1000;
}

export function createSyncApi(volume: Volume, fds: Descriptors) {
  function writeFileSync(path: unknown, data: unknown, options?: unknown, defaultFlag = 'w'): void {
    const opts = parseOptions(options);
    const bytes = toBytes(data, opts.encoding);
    if (typeof path === 'number') return fds.writeAll(path, bytes);
    const mode = parseFlags(opts.flag, defaultFlag);
    const slot = checkOpen(volume, path, mode);
    writeThrough(volume, slot, bytes, mode, opts.mode);
  }

  function stat(syscall: string) {
    return (path: unknown, options?: { throwIfNoEntry?: boolean }): Stats | undefined => {
      const p = resolvePath(path);
      try {
        return new Stats(existing(volume, p, failWith(syscall, p.user)).node, p.abs);
      } catch (error) {
        if (options?.throwIfNoEntry === false && (error as { code?: string }).code === 'ENOENT') return undefined;
        throw error;
      }
    };
  }

  /** rm: lstat first (so `force` can ignore ENOENT), then unlink a file or remove a tree. */
  function removeTree(path: unknown, recursive: boolean): void {
    const p = resolvePath(path);
    const slot = existing(volume, p, failWith('lstat', p.user));
    if (slot.node.kind === 'file') return unlinkSync(path);
    if (!recursive) throw rmIsDirectory(p.user);
    const fail = failWith('rmdir', p.user);
    if (!canChangeEntry(p.abs)) throw fail('EROFS');
    volume.remove(slot.parent, slot.name);
  }

  function unlinkSync(path: unknown): void {
    const p = resolvePath(path);
    const fail = failWith('unlink', p.user);
    const slot = slotOf(volume, p, fail);
    // Linux asks the mount for write access before it looks the name up.
    if (!canChangeEntry(p.abs)) throw fail('EROFS');
    if (!slot.node) throw fail('ENOENT');
    if (slot.node.kind === 'dir') throw fail('EISDIR');
    if (p.slash) throw fail('ENOTDIR');
    volume.remove(slot.parent, slot.name);
  }

  function realpath(syscall: 'lstat' | 'realpath') {
    return (path: unknown): string => {
      const p = resolvePath(path);
      // Node's JS realpath reports the resolved path; the native one, the path as given.
      existing(volume, p, failWith(syscall, syscall === 'lstat' ? p.abs : p.user));
      return p.abs;
    };
  }

  return {
    readFileSync(path: unknown, options?: unknown): unknown {
      const opts = parseOptions(options);
      if (typeof path === 'number') return fromBytes(fds.readRest(path), opts.encoding);
      const mode = parseFlags(opts.flag, 'r');
      const slot = checkOpen(volume, path, mode);
      if (slot.node?.kind === 'dir') throw failWith('read')('EISDIR');
      if (!slot.node || mode.truncate) writeThrough(volume, slot, new Uint8Array(0), mode, opts.mode);
      const file = slot.parent.entries.get(slot.name) as FileNode;
      return fromBytes(file.data.subarray(0, file.size), opts.encoding);
    },

    writeFileSync,

    appendFileSync(path: unknown, data: unknown, options?: unknown): void {
      writeFileSync(path, data, options, 'a');
    },

    existsSync(path: unknown): boolean {
      try {
        const p = resolvePath(path);
        const walk = volume.walk(p.abs);
        return p.user !== '' && !walk.error && !!walk.node && !(p.slash && walk.node.kind === 'file');
      } catch {
        return false;
      }
    },

    accessSync(path: unknown, mode: number = constants.F_OK): void {
      const p = resolvePath(path);
      const fail = failWith('access', p.user);
      const { node } = existing(volume, p, fail);
      if (mode & constants.W_OK && !isTmp(p.abs)) throw fail('EROFS');
      if (mode & constants.X_OK && node.kind === 'file' && !(node.mode & 0o111)) throw fail('EACCES');
    },

    statSync: stat('stat'),
    lstatSync: stat('lstat'),

    /** With `recursive`, returns the first directory it created (undefined if none). */
    mkdirSync(path: unknown, options?: unknown): string | undefined {
      const opts = typeof options === 'number' ? { mode: options } : parseOptions(options);
      const p = resolvePath(path);
      const fail = failWith('mkdir', p.user);
      if (!opts.recursive) {
        const slot = slotOf(volume, p, fail);
        if (slot.node) throw fail('EEXIST');
        if (!canChangeEntry(p.abs)) throw fail('EROFS');
        volume.create(slot.parent, slot.name, 'dir', opts.mode);
        return undefined;
      }
      let dir: DirNode = volume.root;
      let abs = '';
      let first: string | undefined;
      for (const part of p.abs.split('/').filter(Boolean)) {
        abs += `/${part}`;
        const next: FsNode | undefined = dir.entries.get(part);
        if (next?.kind === 'file') throw fail(abs === p.abs ? 'EEXIST' : 'ENOTDIR');
        if (next) {
          dir = next;
          continue;
        }
        if (!canChangeEntry(abs)) throw fail('EROFS');
        dir = volume.create(dir, part, 'dir', opts.mode);
        first ??= abs;
      }
      if (first === undefined || p.user.startsWith('/')) return first;
      // Node answers in the caller's terms: 'a/b/c' created from 'a' returns 'a'.
      let answer = p.user.replace(/\/+$/, '');
      for (let extra = abs.split('/').length - first.split('/').length; extra > 0; extra--) answer = answer.slice(0, answer.lastIndexOf('/'));
      return answer;
    },

    mkdtempSync(prefix: unknown): string {
      const base = resolvePath(prefix, 'prefix').user;
      const p = resolvePath(`${base}XXXXXX`);
      const fail = failWith('mkdtemp', p.user);
      const slot = slotOf(volume, p, fail);
      if (!canChangeEntry(p.abs)) throw fail('EROFS');
      for (;;) {
        let suffix = '';
        for (let i = 0; i < 6; i++) suffix += TEMP_CHARS[Math.floor(Math.random() * TEMP_CHARS.length)];
        const name = slot.name.slice(0, -6) + suffix;
        if (slot.parent.entries.has(name)) continue;
        volume.create(slot.parent, name, 'dir', 0o700);
        return base + suffix;
      }
    },

    readdirSync(path: unknown, options?: unknown): Array<string | Dirent | Uint8Array> {
      const opts = parseOptions(options);
      const p = resolvePath(path);
      const fail = failWith('scandir', p.user);
      const { node } = existing(volume, p, fail);
      if (node.kind !== 'dir') throw fail('ENOTDIR');
      const names: Array<string | Dirent | Uint8Array> = [];
      // Breadth first, as Node's recursive readdir lists.
      const queue: Array<[DirNode, string, string]> = [[node, '', p.user]];
      for (const [dir, prefix, parentPath] of queue) {
        for (const [name, child] of dir.entries) {
          const relative = prefix ? `${prefix}/${name}` : name;
          if (opts.withFileTypes) names.push(new Dirent(name, child.kind, parentPath));
          else names.push(opts.encoding === 'buffer' ? toBytes(relative) : relative);
          if (opts.recursive && child.kind === 'dir') queue.push([child, relative, `${parentPath.replace(/\/$/, '')}/${name}`]);
        }
      }
      return names;
    },

    unlinkSync,

    rmdirSync(path: unknown, options?: { recursive?: boolean }): void {
      const p = resolvePath(path);
      const fail = failWith('rmdir', p.user);
      const slot = slotOf(volume, p, fail);
      if (!canChangeEntry(p.abs)) throw fail('EROFS');
      if (!slot.node) throw fail('ENOENT');
      if (slot.node.kind !== 'dir') throw fail('ENOTDIR');
      if (slot.node.entries.size > 0 && !options?.recursive) throw fail('ENOTEMPTY');
      volume.remove(slot.parent, slot.name);
    },

    rmSync(path: unknown, options?: { recursive?: boolean; force?: boolean }): void {
      try {
        removeTree(path, !!options?.recursive);
      } catch (error) {
        if (options?.force && (error as { code?: string }).code === 'ENOENT') return;
        throw error;
      }
    },

    renameSync(oldPath: unknown, newPath: unknown): void {
      const from = resolvePath(oldPath, 'oldPath');
      const to = resolvePath(newPath, 'newPath');
      const fail = failWith('rename', from.user, to.user);
      const source = slotOf(volume, from, fail);
      const target = slotOf(volume, to, fail);
      if (mountOf(parentDir(from.abs)) !== mountOf(parentDir(to.abs))) throw fail('EXDEV');
      if (!canChangeEntry(from.abs) || !canChangeEntry(to.abs)) throw fail('EROFS');
      const node = source.node;
      if (!node) throw fail('ENOENT');
      if (from.abs === to.abs) return;
      if (node.kind === 'dir') {
        if (to.abs.startsWith(`${from.abs}/`)) throw fail('EINVAL');
        if (target.node?.kind === 'file') throw fail('ENOTDIR');
        if (target.node?.kind === 'dir' && target.node.entries.size > 0) throw fail('ENOTEMPTY');
      } else if (target.node?.kind === 'dir' || to.slash || from.slash) {
        throw fail(target.node?.kind === 'dir' ? 'EISDIR' : 'ENOTDIR');
      }
      volume.move(source.parent, source.name, target.parent, target.name);
    },

    copyFileSync(src: unknown, dest: unknown, mode = 0): void {
      const from = resolvePath(src, 'src');
      const to = resolvePath(dest, 'dest');
      const fail = failWith('copyfile', from.user, to.user);
      const { node } = existing(volume, from, fail);
      if (node.kind === 'dir') throw fail('EISDIR');
      const target = slotOf(volume, to, fail);
      if (target.node && mode & constants.COPYFILE_EXCL) throw fail('EEXIST');
      if (target.node?.kind === 'dir') throw fail('EISDIR');
      if (target.node === node) return;
      if (!canChangeEntry(to.abs)) throw fail('EROFS');
      try {
        writeThrough(volume, target, node.data.subarray(0, node.size), parseFlags('w', 'w'));
      } catch (error) {
        throw (error as { code?: string }).code === 'ENOSPC' ? fail('ENOSPC') : error;
      }
    },

    realpathSync: Object.assign(realpath('lstat'), { native: realpath('realpath') }),

    truncateSync(path: unknown, length = 0): void {
      if (typeof path === 'number') return fds.ftruncateSync(path, length);
      const slot = checkOpen(volume, path, parseFlags('r+', 'r+'));
      volume.truncate(slot.node as FileNode, Math.max(0, length));
    },

    chmodSync(path: unknown, mode: number | string): void {
      const p = resolvePath(path);
      const fail = failWith('chmod', p.user);
      const { node } = existing(volume, p, fail);
      if (!isTmp(p.abs)) throw fail('EROFS');
      node.mode = (node.mode & constants.S_IFMT) | ((typeof mode === 'string' ? parseInt(mode, 8) : mode) & 0o7777);
      node.ctimeMs = Date.now();
    },

    utimesSync(path: unknown, atime: unknown, mtime: unknown): void {
      const p = resolvePath(path);
      const fail = failWith('utime', p.user);
      const { node } = existing(volume, p, fail);
      if (!isTmp(p.abs)) throw fail('EROFS');
      node.atimeMs = toMs(atime);
      node.mtimeMs = toMs(mtime);
      node.ctimeMs = Date.now();
      if (node.kind === 'file') node.version++;
      volume.noteChange();
    },
  };
}

export type SyncApi = ReturnType<typeof createSyncApi>;
