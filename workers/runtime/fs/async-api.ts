// The callback and promise forms of `fs`, both made from the synchronous calls: the file system
// lives in the worker's memory, so only the calling convention differs.
import { constants } from './constants';
import { fromBytes, parseOptions, toBytes } from './encoding';
import { invalidArgType } from './errors';
import type { Descriptors } from './file-descriptors';
import type { SyncApi } from './sync-api';

/** The names both forms share: `fs.readFile` / `fs.promises.readFile` from `readFileSync`. */
const SHARED = [
  'access', 'appendFile', 'chmod', 'copyFile', 'lstat', 'mkdir', 'mkdtemp', 'readdir', 'readFile', 'realpath',
  'rename', 'rm', 'rmdir', 'stat', 'truncate', 'unlink', 'utimes', 'writeFile',
] as const;
const CALLBACK_ONLY = ['close', 'fstat', 'fsync', 'fdatasync', 'ftruncate', 'open'] as const;

// Callbacks run after the caller returns, as Node's do; a microtask keeps them ahead of timers.
function later(fn: () => void) {
  queueMicrotask(fn);
}

/** fn(...args, callback): the result as the callback's second argument (or more, via `spread`). */
function callbackForm(fn: (...args: unknown[]) => unknown, spread?: (result: unknown, args: unknown[]) => unknown[]) {
  return (...args: unknown[]) => {
    const callback = args.length > 1 ? args.pop() : undefined;
    if (typeof callback !== 'function') throw invalidArgType('cb', 'of type function', callback);
    try {
      const result = fn(...args);
      // Node passes no second argument when a call has no result.
      const results = spread ? spread(result, args) : result === undefined ? [] : [result];
      later(() => callback(null, ...results));
    } catch (error) {
      later(() => callback(error));
    }
  };
}

export function createCallbackApi(sync: SyncApi, fds: Descriptors): Record<string, unknown> {
  const api: Record<string, unknown> = {};
  const all = { ...sync, ...fds } as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const name of [...SHARED, ...CALLBACK_ONLY]) api[name] = callbackForm(all[`${name}Sync`] as (...args: unknown[]) => unknown);
  (api.realpath as { native?: unknown }).native = callbackForm(sync.realpathSync.native);
  api.read = callbackForm(fds.readSync as (...args: unknown[]) => unknown, (count, args) => [count, args[1]]);
  api.write = callbackForm(fds.writeSync as (...args: unknown[]) => unknown, (count, args) => [count, args[1]]);
  /** Deprecated in Node, but still used: the callback gets only a boolean. */
  api.exists = (path: unknown, callback: unknown) => {
    if (typeof callback !== 'function') throw invalidArgType('cb', 'of type function', callback);
    const found = sync.existsSync(path);
    later(() => callback(found));
  };
  return api;
}

export function createPromiseApi(sync: SyncApi, fds: Descriptors): Record<string, unknown> {
  /** fs.promises.open's result: a descriptor with methods; closed by close(). */
  class FileHandle {
    constructor(readonly fd: number) {}
    async read(buffer: ArrayBufferView, offset?: number, length?: number, position?: number | null) {
      return { bytesRead: fds.readSync(this.fd, buffer, offset, length, position), buffer };
    }
    async write(data: unknown, offsetOrPosition?: unknown, lengthOrEncoding?: unknown, position?: unknown) {
      return { bytesWritten: fds.writeSync(this.fd, data, offsetOrPosition, lengthOrEncoding, position), buffer: data };
    }
    async readFile(options?: unknown) {
      return fromBytes(fds.readRest(this.fd), parseOptions(options).encoding);
    }
    async writeFile(data: unknown, options?: unknown) {
      fds.writeAll(this.fd, toBytes(data, parseOptions(options).encoding));
    }
    async appendFile(data: unknown, options?: unknown) {
      return this.writeFile(data, options);
    }
    async stat() {
      return fds.fstatSync(this.fd);
    }
    async truncate(length?: number) {
      fds.ftruncateSync(this.fd, length);
    }
    async sync() {
      fds.fsyncSync(this.fd);
    }
    async datasync() {
      fds.fdatasyncSync(this.fd);
    }
    async close() {
      fds.closeSync(this.fd);
    }
  }

  const api: Record<string, unknown> = { constants };
  for (const name of SHARED) {
    const fn = (sync as unknown as Record<string, (...args: unknown[]) => unknown>)[`${name}Sync`] as (...args: unknown[]) => unknown;
    // readFile, writeFile and appendFile also take a FileHandle in place of the path.
    api[name] = async (path: unknown, ...rest: unknown[]) => fn(path instanceof FileHandle ? path.fd : path, ...rest);
  }
  api.realpath = async (path: unknown) => sync.realpathSync.native(path);
  api.open = async (path: unknown, flags?: string | number, mode?: number) => new FileHandle(fds.openSync(path, flags, mode));
  return api;
}
