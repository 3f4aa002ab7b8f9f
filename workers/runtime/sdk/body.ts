// Request bodies as SDK v3 accepts them (string, Buffer/Uint8Array, other views, ArrayBuffer, Blob,
// a web ReadableStream or a Node Readable), made into what travels to the host: text, a Blob or bytes.

/** A body ready to post, and the buffers that are the SDK's own to hand over (never the handler's). */
export interface WireBody {
  body: string | Uint8Array | Blob | undefined;
  transfer: ArrayBuffer[];
}

const encoder = new TextEncoder();

/** What Node's HTTP layer says when a body is none of the accepted types. */
function notABody(value: unknown): TypeError {
  const received = value === null ? 'null' : typeof value === 'object' ? `an instance of ${(value as object).constructor?.name ?? 'Object'}` : `type ${typeof value} (${String(value)})`;
  return new TypeError(`The "chunk" argument must be of type string or an instance of Buffer or Uint8Array. Received ${received}`);
}

/** One chunk of a stream as bytes. */
export function chunkBytes(chunk: unknown): Uint8Array {
  if (typeof chunk === 'string') return encoder.encode(chunk);
  if (chunk instanceof Uint8Array) return chunk;
  if (ArrayBuffer.isView(chunk)) return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  if (chunk instanceof ArrayBuffer) return new Uint8Array(chunk);
  throw notABody(chunk);
}

/** Reads a Node Readable (or any async iterable of chunks) to the end, into one new Uint8Array. */
export async function collectBytes(chunks: AsyncIterable<unknown>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    const bytes = chunkBytes(chunk);
    parts.push(bytes);
    size += bytes.byteLength;
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}

async function* webChunks(stream: ReadableStream<unknown>): AsyncGenerator<unknown> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

const owned = (bytes: Uint8Array): WireBody => ({ body: bytes, transfer: [bytes.buffer as ArrayBuffer] });

/** Normalises a command's Body; streams are read to the end (the playground sends whole bodies). */
export async function toWireBody(body: unknown): Promise<WireBody> {
  if (body === undefined || body === null) return { body: undefined, transfer: [] };
  if (typeof body === 'string' || body instanceof Blob) return { body, transfer: [] };
  if (ArrayBuffer.isView(body)) {
    const whole = body.byteOffset === 0 && body.byteLength === body.buffer.byteLength;
    const bytes = new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
    // Structured clone copies a view's whole buffer: a view onto part of one is copied on its own.
    return whole && body instanceof Uint8Array ? { body: bytes, transfer: [] } : owned(bytes.slice());
  }
  if (body instanceof ArrayBuffer) return { body: new Uint8Array(body), transfer: [] };
  if (typeof ReadableStream !== 'undefined' && body instanceof ReadableStream) return owned(await collectBytes(webChunks(body)));
  if (typeof (body as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function') return owned(await collectBytes(body as AsyncIterable<unknown>));
  throw notABody(body);
}
