// Turns what a handler passes as a path (string, Buffer, file: URL) into an absolute path,
// resolving relative ones against /var/task, the working directory of every Lambda function.
import { invalidArgType } from './errors';

export const CWD = '/var/task';

/** A path as the caller wrote it (`user`, which error messages quote) and where it points. */
export interface ResolvedPath {
  user: string;
  abs: string;
  /** A trailing slash demands a directory (`/tmp/file.txt/` is ENOTDIR). */
  slash: boolean;
}

export function pathString(path: unknown, name = 'path'): string {
  if (typeof path === 'string') return path;
  if (path instanceof Uint8Array) return new TextDecoder().decode(path);
  if (path instanceof URL) {
    if (path.protocol !== 'file:') throw Object.assign(new TypeError('The URL must be of scheme file'), { code: 'ERR_INVALID_URL_SCHEME' });
    return decodeURIComponent(path.pathname);
  }
  throw invalidArgType(name, 'of type string or an instance of Buffer or URL', path);
}

export function resolvePath(path: unknown, name?: string): ResolvedPath {
  const user = pathString(path, name);
  const parts: string[] = [];
  for (const part of (user.startsWith('/') ? user : `${CWD}/${user}`).split('/')) {
    if (part === '..') parts.pop();
    else if (part && part !== '.') parts.push(part);
  }
  return { user, abs: `/${parts.join('/')}`, slash: user.endsWith('/') && parts.length > 0 };
}

/** Only /tmp is writable; the rest of Lambda's file system is mounted read-only. */
export function isTmp(abs: string): boolean {
  return abs === '/tmp' || abs.startsWith('/tmp/');
}

/** /tmp and /var/task are separate mounts on Lambda, so renaming between them is EXDEV. */
export function mountOf(abs: string): string {
  if (isTmp(abs)) return '/tmp';
  return abs === CWD || abs.startsWith(`${CWD}/`) ? CWD : '/';
}
