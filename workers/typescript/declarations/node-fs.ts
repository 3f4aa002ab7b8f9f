// Declarations of `fs` and `fs/promises` as the runtime serves them (workers/runtime/fs): Lambda's
// file system, read-only code under /var/task and a writable /tmp; no watchers, links or streams of directories.

const SHARED = `
  type PathLike = string | Buffer | URL;
  type Data = string | ArrayBufferView;
  type EncodingOption = { encoding?: BufferEncoding | null; flag?: string } | BufferEncoding | null;
  type WriteOptions = { encoding?: BufferEncoding | null; mode?: number; flag?: string } | BufferEncoding | null;
  interface MakeDirectoryOptions { recursive?: boolean; mode?: number }
  interface RmOptions { recursive?: boolean; force?: boolean }
  interface Stats {
    dev: number; ino: number; mode: number; nlink: number; uid: number; gid: number; rdev: number; size: number; blksize: number; blocks: number;
    atimeMs: number; mtimeMs: number; ctimeMs: number; birthtimeMs: number; atime: Date; mtime: Date; ctime: Date; birthtime: Date;
    isFile(): boolean; isDirectory(): boolean; isSymbolicLink(): boolean; isBlockDevice(): boolean; isCharacterDevice(): boolean; isFIFO(): boolean; isSocket(): boolean;
  }
  interface Dirent {
    name: string;
    /** The directory as the caller named it. */
    parentPath: string;
    path: string;
    isFile(): boolean; isDirectory(): boolean; isSymbolicLink(): boolean; isBlockDevice(): boolean; isCharacterDevice(): boolean; isFIFO(): boolean; isSocket(): boolean;
  }
  const constants: {
    F_OK: number; R_OK: number; W_OK: number; X_OK: number; COPYFILE_EXCL: number;
    O_RDONLY: number; O_WRONLY: number; O_RDWR: number; O_CREAT: number; O_EXCL: number; O_TRUNC: number; O_APPEND: number;
    S_IFMT: number; S_IFREG: number; S_IFDIR: number; S_IFLNK: number; [name: string]: number;
  };
`;

export const FS = `
declare module 'fs' {
  import { Readable, Writable } from 'stream';
  ${SHARED}
  export { PathLike, Stats, Dirent, MakeDirectoryOptions, RmOptions, constants };
  export const Stats: { prototype: Stats };
  export const Dirent: { prototype: Dirent };
  export const F_OK: number, R_OK: number, W_OK: number, X_OK: number;
  type NoParamCallback = (error: NodeJS.ErrnoException | null) => void;
  type Callback<T> = (error: NodeJS.ErrnoException | null, result: T) => void;

  export function readFileSync(path: PathLike | number, options?: { encoding?: null; flag?: string } | null): Buffer;
  export function readFileSync(path: PathLike | number, options: { encoding: BufferEncoding; flag?: string } | BufferEncoding): string;
  export function writeFileSync(file: PathLike | number, data: Data, options?: WriteOptions): void;
  export function appendFileSync(file: PathLike | number, data: Data, options?: WriteOptions): void;
  export function existsSync(path: PathLike): boolean;
  export function accessSync(path: PathLike, mode?: number): void;
  export function statSync(path: PathLike, options?: { throwIfNoEntry?: boolean }): Stats;
  export function lstatSync(path: PathLike, options?: { throwIfNoEntry?: boolean }): Stats;
  export function mkdirSync(path: PathLike, options?: MakeDirectoryOptions | number): string | undefined;
  export function mkdtempSync(prefix: string, options?: EncodingOption): string;
  export function readdirSync(path: PathLike, options?: { encoding?: BufferEncoding | null; withFileTypes?: false; recursive?: boolean } | BufferEncoding | null): string[];
  export function readdirSync(path: PathLike, options: { withFileTypes: true; recursive?: boolean }): Dirent[];
  export function unlinkSync(path: PathLike): void;
  export function rmdirSync(path: PathLike, options?: { recursive?: boolean }): void;
  export function rmSync(path: PathLike, options?: RmOptions): void;
  export function renameSync(oldPath: PathLike, newPath: PathLike): void;
  export function copyFileSync(src: PathLike, dest: PathLike, mode?: number): void;
  export function realpathSync(path: PathLike, options?: EncodingOption): string;
  export function truncateSync(path: PathLike, len?: number): void;
  export function chmodSync(path: PathLike, mode: string | number): void;
  export function utimesSync(path: PathLike, atime: string | number | Date, mtime: string | number | Date): void;
  export function openSync(path: PathLike, flags?: string | number, mode?: number): number;
  export function closeSync(fd: number): void;
  export function readSync(fd: number, buffer: ArrayBufferView, offset?: number, length?: number, position?: number | bigint | null): number;
  export function writeSync(fd: number, buffer: ArrayBufferView, offset?: number, length?: number, position?: number | null): number;
  export function writeSync(fd: number, string: string, position?: number | null, encoding?: BufferEncoding): number;
  export function fstatSync(fd: number): Stats;
  export function ftruncateSync(fd: number, len?: number): void;
  export function fsyncSync(fd: number): void;
  export function fdatasyncSync(fd: number): void;

  export function readFile(path: PathLike | number, callback: Callback<Buffer>): void;
  export function readFile(path: PathLike | number, options: { encoding?: null; flag?: string } | null | undefined, callback: Callback<Buffer>): void;
  export function readFile(path: PathLike | number, options: { encoding: BufferEncoding; flag?: string } | BufferEncoding, callback: Callback<string>): void;
  export function writeFile(file: PathLike | number, data: Data, callback: NoParamCallback): void;
  export function writeFile(file: PathLike | number, data: Data, options: WriteOptions, callback: NoParamCallback): void;
  export function appendFile(file: PathLike | number, data: Data, callback: NoParamCallback): void;
  export function appendFile(file: PathLike | number, data: Data, options: WriteOptions, callback: NoParamCallback): void;
  export function access(path: PathLike, callback: NoParamCallback): void;
  export function access(path: PathLike, mode: number, callback: NoParamCallback): void;
  export function stat(path: PathLike, callback: Callback<Stats>): void;
  export function lstat(path: PathLike, callback: Callback<Stats>): void;
  export function mkdir(path: PathLike, callback: NoParamCallback): void;
  export function mkdir(path: PathLike, options: MakeDirectoryOptions | number, callback: Callback<string | undefined>): void;
  export function mkdtemp(prefix: string, callback: Callback<string>): void;
  export function readdir(path: PathLike, callback: Callback<string[]>): void;
  export function readdir(path: PathLike, options: { withFileTypes?: false; recursive?: boolean } | BufferEncoding | null, callback: Callback<string[]>): void;
  export function readdir(path: PathLike, options: { withFileTypes: true; recursive?: boolean }, callback: Callback<Dirent[]>): void;
  export function unlink(path: PathLike, callback: NoParamCallback): void;
  export function rmdir(path: PathLike, callback: NoParamCallback): void;
  export function rm(path: PathLike, callback: NoParamCallback): void;
  export function rm(path: PathLike, options: RmOptions, callback: NoParamCallback): void;
  export function rename(oldPath: PathLike, newPath: PathLike, callback: NoParamCallback): void;
  export function copyFile(src: PathLike, dest: PathLike, callback: NoParamCallback): void;
  export function realpath(path: PathLike, callback: Callback<string>): void;
  export function truncate(path: PathLike, len: number | undefined, callback: NoParamCallback): void;
  export function chmod(path: PathLike, mode: string | number, callback: NoParamCallback): void;
  export function utimes(path: PathLike, atime: string | number | Date, mtime: string | number | Date, callback: NoParamCallback): void;
  export function open(path: PathLike, flags: string | number | undefined, callback: Callback<number>): void;
  export function close(fd: number, callback?: NoParamCallback): void;
  export function read(fd: number, buffer: ArrayBufferView, offset: number, length: number, position: number | null, callback: (error: NodeJS.ErrnoException | null, bytesRead: number, buffer: ArrayBufferView) => void): void;
  export function write(fd: number, buffer: ArrayBufferView, offset: number | undefined, length: number | undefined, position: number | null | undefined, callback: (error: NodeJS.ErrnoException | null, written: number, buffer: ArrayBufferView) => void): void;
  export function fstat(fd: number, callback: Callback<Stats>): void;
  export function ftruncate(fd: number, len: number | undefined, callback: NoParamCallback): void;
  export function fsync(fd: number, callback: NoParamCallback): void;
  export function fdatasync(fd: number, callback: NoParamCallback): void;
  /** @deprecated Use fs.stat() or fs.access(). */
  export function exists(path: PathLike, callback: (exists: boolean) => void): void;

  interface StreamOptions { flags?: string; encoding?: BufferEncoding; fd?: number; mode?: number; autoClose?: boolean; start?: number; highWaterMark?: number }
  export class ReadStream extends Readable { path: string | Buffer; bytesRead: number; pending: boolean }
  export class WriteStream extends Writable { path: string | Buffer; bytesWritten: number; pending: boolean }
  export function createReadStream(path: PathLike, options?: BufferEncoding | (StreamOptions & { end?: number })): ReadStream;
  export function createWriteStream(path: PathLike, options?: BufferEncoding | StreamOptions): WriteStream;
  export * as promises from 'fs/promises';
}
declare module 'fs/promises' {
  ${SHARED}
  export { constants };
  interface FileHandle {
    readonly fd: number;
    read<T extends ArrayBufferView>(buffer: T, offset?: number, length?: number, position?: number | null): Promise<{ bytesRead: number; buffer: T }>;
    write<T extends ArrayBufferView | string>(data: T, offsetOrPosition?: number | null, lengthOrEncoding?: number | BufferEncoding, position?: number | null): Promise<{ bytesWritten: number; buffer: T }>;
    readFile(options?: { encoding?: null } | null): Promise<Buffer>;
    readFile(options: { encoding: BufferEncoding } | BufferEncoding): Promise<string>;
    writeFile(data: Data, options?: WriteOptions): Promise<void>;
    appendFile(data: Data, options?: WriteOptions): Promise<void>;
    stat(): Promise<Stats>;
    truncate(len?: number): Promise<void>;
    sync(): Promise<void>;
    datasync(): Promise<void>;
    close(): Promise<void>;
  }
  export { FileHandle };
  export function readFile(path: PathLike | FileHandle, options?: { encoding?: null; flag?: string } | null): Promise<Buffer>;
  export function readFile(path: PathLike | FileHandle, options: { encoding: BufferEncoding; flag?: string } | BufferEncoding): Promise<string>;
  export function writeFile(file: PathLike | FileHandle, data: Data, options?: WriteOptions): Promise<void>;
  export function appendFile(file: PathLike | FileHandle, data: Data, options?: WriteOptions): Promise<void>;
  export function access(path: PathLike, mode?: number): Promise<void>;
  export function stat(path: PathLike): Promise<Stats>;
  export function lstat(path: PathLike): Promise<Stats>;
  export function mkdir(path: PathLike, options?: MakeDirectoryOptions | number): Promise<string | undefined>;
  export function mkdtemp(prefix: string, options?: EncodingOption): Promise<string>;
  export function readdir(path: PathLike, options?: { encoding?: BufferEncoding | null; withFileTypes?: false; recursive?: boolean } | BufferEncoding | null): Promise<string[]>;
  export function readdir(path: PathLike, options: { withFileTypes: true; recursive?: boolean }): Promise<Dirent[]>;
  export function unlink(path: PathLike): Promise<void>;
  export function rmdir(path: PathLike, options?: { recursive?: boolean }): Promise<void>;
  export function rm(path: PathLike, options?: RmOptions): Promise<void>;
  export function rename(oldPath: PathLike, newPath: PathLike): Promise<void>;
  export function copyFile(src: PathLike, dest: PathLike, mode?: number): Promise<void>;
  export function realpath(path: PathLike, options?: EncodingOption): Promise<string>;
  export function truncate(path: PathLike, len?: number): Promise<void>;
  export function chmod(path: PathLike, mode: string | number): Promise<void>;
  export function utimes(path: PathLike, atime: string | number | Date, mtime: string | number | Date): Promise<void>;
  export function open(path: PathLike, flags?: string | number, mode?: number): Promise<FileHandle>;
}
`;
