// Response bodies as SDK v3 gives them in Node: a Readable with the stream mixin
// (`transformToString`, `transformToByteArray`, `transformToWebStream`, one of them, once), and
// `sdkStreamMixin` of @aws-sdk/util-stream-node for handlers that build such bodies themselves.
import { Buffer } from '../builtins/buffer';
import { Stream } from '../builtins/stream';
import { chunkBytes, collectBytes } from './body';

type Readable = InstanceType<typeof Stream.Readable>;

/** The mixin's methods, on the body. */
export interface SdkStreamMixin {
  transformToByteArray(): Promise<Uint8Array>;
  transformToString(encoding?: string): Promise<string>;
  transformToWebStream(): ReadableStream<Uint8Array>;
}

/** As util-stream-node: a Buffer encoding through Buffer, any other label through TextDecoder. */
export function decodeBytes(bytes: Uint8Array, encoding = 'utf-8'): string {
  if (Buffer.isEncoding(encoding)) return Buffer.from(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength).toString(encoding as BufferEncoding);
  return new TextDecoder(encoding).decode(bytes);
}

/** A web stream over a Node Readable (what `Readable.toWeb` gives). */
function toWeb(readable: Readable): ReadableStream<Uint8Array> {
  const chunks = readable[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(new Uint8Array(chunkBytes(next.value)));
    },
    cancel: (reason) => void readable.destroy(reason instanceof Error ? reason : undefined),
  });
}

function mixin<T extends object>(stream: T, source: { bytes(): Promise<Uint8Array>; web(): ReadableStream<Uint8Array> }): T & SdkStreamMixin {
  let transformed = false;
  const take = () => {
    if (transformed) throw new Error('The stream has already been transformed.');
    transformed = true;
  };
  return Object.assign(stream, {
    transformToByteArray: async () => (take(), source.bytes()),
    transformToString: async (encoding?: string) => (take(), decodeBytes(await source.bytes(), encoding)),
    transformToWebStream: () => (take(), source.web()),
  });
}

/** `sdkStreamMixin(stream)` of @aws-sdk/util-stream-node: only a Node Readable will do. */
export function sdkStreamMixin(stream: unknown): Readable & SdkStreamMixin {
  if (!(stream instanceof Stream.Readable)) {
    const name = (stream as { constructor?: { name?: string } } | null)?.constructor?.name ?? String(stream);
    throw new Error(`Unexpected stream implementation, expect Stream.Readable instance, got ${name}`);
  }
  return mixin(stream, { bytes: () => collectBytes(stream), web: () => toWeb(stream) });
}

/**
 * GetObject's Body over the Blob the host sent: a Readable that reads the Blob only if streamed
 * (chunks are Buffers, as Node's are); the transforms read the Blob directly, which is faster.
 */
export function blobBody(blob: Blob): Readable & SdkStreamMixin {
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  const readable: Readable = new Stream.Readable({
    read() {
      reader ??= blob.stream().getReader();
      reader.read().then(
        ({ done, value }) => void readable.push(done ? null : Buffer.from(value.buffer as ArrayBuffer, value.byteOffset, value.byteLength)),
        (error: Error) => void readable.destroy(error),
      );
    },
  });
  const started = () => reader !== undefined;
  return mixin(readable, {
    bytes: async () => (started() ? collectBytes(readable) : new Uint8Array(await blob.arrayBuffer())),
    web: () => (started() ? toWeb(readable) : blob.stream()),
  });
}
