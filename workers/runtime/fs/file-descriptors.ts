// Numeric file descriptors (open/read/write/fstat/close): each remembers its node, access mode
// and position, so a file unlinked while open stays readable, as on Linux.
import { fsError, invalidArgType } from './errors';
import { parseFlags, toBytes, type OpenMode } from './encoding';
import { openPath } from './lookup';
import { Stats } from './stats';
import type { FileNode, FsNode, Volume } from './volume';

interface Descriptor {
  node: FsNode;
  abs: string;
  mode: OpenMode;
  position: number;
}

interface Range {
  offset?: number;
  length?: number;
  position?: number | bigint | null;
}

function explicitPosition(position: unknown): number | undefined {
  if (typeof position === 'bigint') return Number(position);
  return typeof position === 'number' && position >= 0 ? position : undefined;
}

function view(buffer: unknown): Uint8Array {
  if (!ArrayBuffer.isView(buffer)) throw invalidArgType('buffer', 'an instance of Buffer, TypedArray, or DataView', buffer);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

export function createDescriptors(volume: Volume) {
  const table = new Map<number, Descriptor>();
  // 0–2 are stdio; Node's own handles take a few more on Lambda, so user files start higher.
  let nextFd = 20;

  function get(fd: unknown, syscall: string): Descriptor {
    if (typeof fd !== 'number') throw invalidArgType('fd', 'of type number', fd);
    const entry = table.get(fd);
    if (!entry) throw fsError('EBADF', syscall);
    return entry;
  }

  function readable(fd: unknown): Descriptor & { node: FileNode } {
    const entry = get(fd, 'read');
    if (!entry.mode.read) throw fsError('EBADF', 'read');
    if (entry.node.kind === 'dir') throw fsError('EISDIR', 'read');
    return entry as Descriptor & { node: FileNode };
  }

  function writeBytes(fd: unknown, bytes: Uint8Array, position: unknown): number {
    const entry = get(fd, 'write');
    if (!entry.mode.write || entry.node.kind !== 'file') throw fsError('EBADF', 'write');
    const explicit = explicitPosition(position);
    // O_APPEND writes land at the end whatever the position, as pwrite(2) does on Linux.
    const at = entry.mode.append ? entry.node.size : explicit ?? entry.position;
    const written = volume.writeAt(entry.node, bytes, at);
    if (explicit === undefined) entry.position = at + written;
    return written;
  }

  return {
    openSync(path: unknown, flags?: string | number, mode?: number): number {
      const openMode = parseFlags(flags, 'r');
      const slot = openPath(volume, path, openMode, mode);
      const fd = nextFd++;
      table.set(fd, { node: slot.node, abs: slot.abs, mode: openMode, position: 0 });
      return fd;
    },

    closeSync(fd: number): void {
      get(fd, 'close');
      table.delete(fd);
    },

    readSync(fd: number, buffer: ArrayBufferView, offset?: number | Range | null, length?: number | null, position?: number | bigint | null): number {
      const entry = readable(fd);
      const target = view(buffer);
      const range: Range = offset && typeof offset === 'object' ? offset : { offset: offset ?? 0, length: length ?? undefined, position };
      const start = range.offset ?? 0;
      const wanted = Math.min(range.length ?? target.length - start, target.length - start);
      const explicit = explicitPosition(range.position);
      const at = explicit ?? entry.position;
      const count = Math.max(0, Math.min(wanted, entry.node.size - at));
      target.set(entry.node.data.subarray(at, at + count), start);
      if (explicit === undefined) entry.position += count;
      return count;
    },

    /** writeSync(fd, buffer[, offset[, length[, position]]]) or writeSync(fd, string[, position[, encoding]]). */
    writeSync(fd: number, data: unknown, offsetOrPosition?: unknown, lengthOrEncoding?: unknown, position?: unknown): number {
      if (typeof data === 'string') return writeBytes(fd, toBytes(data, lengthOrEncoding as string | undefined), offsetOrPosition);
      const bytes = view(data);
      const range: Range = offsetOrPosition && typeof offsetOrPosition === 'object'
        ? offsetOrPosition as Range
        : { offset: (offsetOrPosition as number | undefined) ?? 0, length: lengthOrEncoding as number | undefined, position: position as number | undefined };
      const start = range.offset ?? 0;
      return writeBytes(fd, bytes.subarray(start, start + (range.length ?? bytes.length - start)), range.position);
    },

    fstatSync(fd: number): Stats {
      const entry = get(fd, 'fstat');
      return new Stats(entry.node, entry.abs);
    },

    ftruncateSync(fd: number, length = 0): void {
      const entry = get(fd, 'ftruncate');
      if (!entry.mode.write || entry.node.kind !== 'file') throw fsError('EINVAL', 'ftruncate');
      volume.truncate(entry.node, Math.max(0, length));
    },

    fsyncSync(fd: number): void {
      get(fd, 'fsync');
    },

    fdatasyncSync(fd: number): void {
      get(fd, 'fdatasync');
    },

    /** What readFile(fd) reads: from the current position to the end. */
    readRest(fd: number): Uint8Array {
      get(fd, 'fstat');
      const entry = readable(fd);
      const bytes = entry.node.data.subarray(entry.position, entry.node.size);
      entry.position = entry.node.size;
      return bytes;
    },

    /** What writeFile(fd) writes: at the current position. */
    writeAll(fd: number, bytes: Uint8Array): void {
      writeBytes(fd, bytes, null);
    },
  };
}

export type Descriptors = ReturnType<typeof createDescriptors>;
