// The `fs` module handlers get from require('fs' | 'node:fs' | 'fs/promises'): a Lambda file
// system in the worker's memory (read-only code under /var/task, a writable /tmp of fixed size),
// with the host taking /tmp's changes to keep them in IndexedDB.
import { createCallbackApi, createPromiseApi } from './async-api';
import { constants } from './constants';
import { createDescriptors } from './file-descriptors';
import { Dirent, Stats } from './stats';
import { createStreamClasses } from './streams';
import { createSyncApi } from './sync-api';
import { createTmpReporter, type TmpChange, type TmpEntry } from './tmp-changes';
import { createVolume } from './volume';

export type { TmpChange, TmpEntry };

export interface FileSystemOptions {
  /** The function's code, readable (never writable) under /var/task, keyed by relative path, e.g. 'index.mjs', 'lib/util.ts'. */
  taskFiles: Record<string, string>;
  /** The ephemeral-storage setting in bytes (512–10240 MB); writes that would exceed it fail with ENOSPC. */
  capacityBytes: number;
}

export function createFileSystem(options: FileSystemOptions): {
  /** The module object for 'fs' and 'node:fs' (with `.promises`). */
  fs: Record<string, unknown>;
  /** The module object for 'fs/promises' and 'node:fs/promises'. */
  promises: Record<string, unknown>;
  takeChanges(): TmpChange[];
  /** Bytes and file count under /tmp. */
  usage(): { bytes: number; files: number };
  /** Everything under /tmp, for the UI. */
  list(): TmpEntry[];
} {
  const volume = createVolume(options.taskFiles, options.capacityBytes);
  const fds = createDescriptors(volume);
  const sync = createSyncApi(volume, fds);
  const { ReadStream, WriteStream } = createStreamClasses(fds);
  // require('fs').promises and require('fs/promises') are one object in Node.
  const promises = createPromiseApi(sync, fds);
  const fs: Record<string, unknown> = {
    ...sync,
    ...fds,
    ...createCallbackApi(sync, fds),
    promises,
    constants,
    F_OK: constants.F_OK,
    R_OK: constants.R_OK,
    W_OK: constants.W_OK,
    X_OK: constants.X_OK,
    Stats,
    Dirent,
    ReadStream,
    WriteStream,
    createReadStream: (path: unknown, streamOptions?: unknown) => new ReadStream(path, streamOptions),
    createWriteStream: (path: unknown, streamOptions?: unknown) => new WriteStream(path, streamOptions),
  };
  // Internal helpers of the descriptor table are not part of Node's API.
  delete fs.readRest;
  delete fs.writeAll;
  return { fs, promises, ...createTmpReporter(volume) };
}
