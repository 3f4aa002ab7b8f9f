// `path` and `path/posix`: Node's POSIX path functions, resolving relative paths against Lambda's working directory.
import posix from 'path-browserify';

/** Lambda starts the runtime in the function's code directory. */
export const TASK_ROOT = '/var/task';

/** The `path` module object; Lambda runs on Linux, so it is the POSIX flavour. */
export function createPath() {
  // path-browserify asks `process.cwd()` for the base, and the worker has no global `process`.
  const resolve = (...segments: string[]) => posix.resolve(TASK_ROOT, ...segments);
  const path: Record<string, unknown> = {
    ...posix,
    resolve,
    relative: (from: string, to: string) => posix.relative(resolve(from), resolve(to)),
    toNamespacedPath: (value: string) => value,
  };
  path.posix = path;
  return path as unknown as typeof posix & { toNamespacedPath(path: string): string };
}
