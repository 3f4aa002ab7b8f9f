// Errors shaped like Node's: system errors from libuv (`ENOENT: no such file or directory,
// open '/tmp/x'`) and the argument TypeErrors Node raises before touching the disk.

/** libuv's errno and description for each code the file system can raise (Linux values). */
const UV: Record<string, [number, string]> = {
  EPERM: [-1, 'operation not permitted'],
  ENOENT: [-2, 'no such file or directory'],
  EBADF: [-9, 'bad file descriptor'],
  EACCES: [-13, 'permission denied'],
  EBUSY: [-16, 'resource busy or locked'],
  EEXIST: [-17, 'file already exists'],
  EXDEV: [-18, 'cross-device link not permitted'],
  ENOTDIR: [-20, 'not a directory'],
  EISDIR: [-21, 'illegal operation on a directory'],
  EINVAL: [-22, 'invalid argument'],
  ENOSPC: [-28, 'no space left on device'],
  EROFS: [-30, 'read-only file system'],
  ENOTEMPTY: [-39, 'directory not empty'],
};

export type FsErrorCode = keyof typeof UV;

/** A Node system error: `code`, negative `errno`, `syscall`, and `path`/`dest` when the call had them. */
export interface FsError extends Error {
  errno: number;
  code: string;
  syscall: string;
  path?: string;
  dest?: string;
}

export function fsError(code: FsErrorCode, syscall: string, path?: string, dest?: string): FsError {
  const [errno, description] = UV[code] ?? [-1, 'unknown error'];
  let message = `${code}: ${description}, ${syscall}`;
  if (path !== undefined) message += ` '${path}'`;
  if (dest !== undefined) message += ` -> '${dest}'`;
  // Property order follows Node's, so logged errors print the same.
  const error = Object.assign(new Error(message), { errno, code, syscall }) as FsError;
  if (path !== undefined) error.path = path;
  if (dest !== undefined) error.dest = dest;
  return error;
}

/** What `rm` without `recursive` raises for a directory (a SystemError, with a positive errno). */
export function rmIsDirectory(path: string): Error {
  const info = { errno: 21, code: 'EISDIR', message: 'is a directory', path, syscall: 'rm' };
  const error = new Error(`Path is a directory: rm returned EISDIR (is a directory) ${path}`);
  error.name = 'SystemError';
  return Object.assign(error, { code: 'ERR_FS_EISDIR', info, errno: 21, syscall: 'rm', path });
}

function describe(value: unknown): string {
  if (value == null) return ` Received ${value}`;
  if (typeof value === 'function') return ` Received function ${value.name}`;
  if (typeof value === 'object') {
    const name = (value as { constructor?: { name?: string } }).constructor?.name;
    return name ? ` Received an instance of ${name}` : ` Received ${String(value)}`;
  }
  const shown = typeof value === 'string' ? `'${value.length > 25 ? `${value.slice(0, 25)}...` : value}'` : String(value);
  return ` Received type ${typeof value} (${shown})`;
}

/** Node's ERR_INVALID_ARG_TYPE, e.g. `The "cb" argument must be of type function. Received undefined`. */
export function invalidArgType(name: string, expected: string, value: unknown): TypeError {
  const error = new TypeError(`The "${name}" argument must be ${expected}.${describe(value)}`);
  return Object.assign(error, { code: 'ERR_INVALID_ARG_TYPE' });
}

/** Node's ERR_INVALID_ARG_VALUE, e.g. `The argument 'flags' is invalid. Received 'zz'`. */
export function invalidArgValue(name: string, value: unknown, reason = 'is invalid'): TypeError {
  const error = new TypeError(`The argument '${name}' ${reason}. Received ${typeof value === 'string' ? `'${value}'` : String(value)}`);
  return Object.assign(error, { code: 'ERR_INVALID_ARG_VALUE' });
}
