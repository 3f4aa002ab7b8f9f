// fs.ReadStream and fs.WriteStream on readable-stream (Node's streams for the browser): they
// open, read and write through numeric descriptors as Node's do, and close them when done.
import { Buffer } from 'buffer';
import { Readable, Writable } from 'readable-stream';
import { parseOptions, type FsOptions } from './encoding';
import type { Descriptors } from './file-descriptors';

interface StreamOptions extends FsOptions {
  fd?: number;
  start?: number;
  end?: number;
  highWaterMark?: number;
  autoClose?: boolean;
  emitClose?: boolean;
}

type Callback = (error?: Error | null) => void;

/** Opens a stream's file (unless it was given a descriptor) and announces it, as Node's fs streams do. */
function openStream(
  stream: { fd: number | null; path: unknown; pending: boolean; emit(event: string, ...args: unknown[]): boolean },
  fds: { openSync(path: unknown, flags: string | number): number },
  flags: string | number,
  callback: Callback,
): void {
  try {
    if (stream.fd === null) stream.fd = fds.openSync(stream.path, flags);
    stream.pending = false;
    stream.emit('open', stream.fd);
    stream.emit('ready');
    callback();
  } catch (error) {
    callback(error as Error);
  }
}

export function createStreamClasses(fds: Descriptors) {
  class ReadStream extends Readable {
    path: unknown;
    fd: number | null;
    bytesRead = 0;
    pending = true;
    readonly #flags: string | number;
    readonly #end: number;
    readonly #autoClose: boolean;
    #position: number | undefined;

    constructor(path: unknown, options?: unknown) {
      const opts = parseOptions(options) as StreamOptions;
      // Node reads 64 KiB at a time from files.
      super({ highWaterMark: opts.highWaterMark ?? 64 * 1024, encoding: (opts.encoding ?? undefined) as BufferEncoding | undefined, emitClose: opts.emitClose ?? true } as ConstructorParameters<typeof Readable>[0]);
      this.path = path;
      this.fd = opts.fd ?? null;
      this.#flags = opts.flags ?? 'r';
      this.#end = opts.end ?? Infinity;
      this.#autoClose = opts.autoClose ?? true;
      this.#position = opts.start;
    }

    _construct(callback: Callback) {
      openStream(this, fds, this.#flags, callback);
    }

    override _read(size: number) {
      try {
        const wanted = Math.min(size, this.#end - (this.#position ?? this.bytesRead) + 1);
        if (wanted <= 0) return void this.push(null);
        const chunk = Buffer.allocUnsafe(wanted);
        const count = fds.readSync(this.fd as number, chunk, 0, wanted, this.#position ?? null);
        if (this.#position !== undefined) this.#position += count;
        this.bytesRead += count;
        this.push(count > 0 ? chunk.subarray(0, count) : null);
      } catch (error) {
        this.destroy(error as Error);
      }
    }

    override _destroy(error: Error | null, callback: (error: Error | null) => void) {
      release(this, this.#autoClose, error, callback);
    }

    close(callback?: Callback) {
      if (callback) this.once('close', callback);
      this.destroy();
    }
  }

  class WriteStream extends Writable {
    path: unknown;
    fd: number | null;
    bytesWritten = 0;
    pending = true;
    readonly #flags: string | number;
    readonly #autoClose: boolean;
    #position: number | undefined;

    constructor(path: unknown, options?: unknown) {
      const opts = parseOptions(options) as StreamOptions;
      super({ defaultEncoding: opts.encoding ?? 'utf8', emitClose: opts.emitClose ?? true } as ConstructorParameters<typeof Writable>[0]);
      this.path = path;
      this.fd = opts.fd ?? null;
      this.#flags = opts.flags ?? 'w';
      this.#autoClose = opts.autoClose ?? true;
      this.#position = opts.start;
    }

    _construct(callback: Callback) {
      openStream(this, fds, this.#flags, callback);
    }

    override _write(chunk: Uint8Array, _encoding: string, callback: Callback) {
      try {
        const count = fds.writeSync(this.fd as number, chunk, 0, chunk.length, this.#position ?? null);
        if (this.#position !== undefined) this.#position += count;
        this.bytesWritten += count;
        callback();
      } catch (error) {
        callback(error as Error);
      }
    }

    override _destroy(error: Error | null, callback: (error: Error | null) => void) {
      release(this, this.#autoClose, error, callback);
    }

    /** Ends the stream (flushing what was written), then calls back on 'close'. */
    close(callback?: Callback) {
      if (callback) this.once('close', callback);
      this.end();
    }
  }

  /** On destroy: closes the stream's descriptor if it owns it, then reports the error if any. */
  function release(stream: { fd: number | null }, autoClose: boolean, error: Error | null, callback: (error: Error | null) => void) {
    if (stream.fd !== null && autoClose) closeQuietly(stream.fd);
    stream.fd = null;
    callback(error);
  }

  function closeQuietly(fd: number) {
    try {
      fds.closeSync(fd);
    } catch {
      // Already closed by the handler; Node ignores that too.
    }
  }

  return { ReadStream, WriteStream };
}
