// Raw DEFLATE through the platform's CompressionStream (browsers and Node 20), and SHA-256 prefixes:
// the codec of share links, with no library to download.

async function collect(stream: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    // Stop a small input that inflates into something huge (a "zip bomb") before it fills memory.
    if (size > maxBytes) {
      await reader.cancel();
      throw new RangeError(`more than ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

function streamOf(bytes: Uint8Array): ReadableStream<BufferSource> {
  return new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(bytes as Uint8Array<ArrayBuffer>);
      controller.close();
    },
  });
}

export function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  return collect(streamOf(bytes).pipeThrough(new CompressionStream('deflate-raw')), Number.MAX_SAFE_INTEGER);
}

/** Inflates, refusing output beyond `maxBytes`; rejects on damaged or incomplete input. */
export function inflateRaw(bytes: Uint8Array, maxBytes: number): Promise<Uint8Array> {
  return collect(streamOf(bytes).pipeThrough(new DecompressionStream('deflate-raw')), maxBytes);
}

/** The first 8 hex digits of SHA-256: enough to tell a changed link from the original. */
export async function sha256Prefix(bytes: Uint8Array): Promise<string> {
  let digest: Uint8Array;
  // crypto.subtle exists only in secure contexts; a workshop served over plain http on a LAN has none.
  if (globalThis.crypto?.subtle) digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  else digest = (await import('@noble/hashes/sha2.js')).sha256(bytes);
  return Array.from(digest.subarray(0, 4), (b) => b.toString(16).padStart(2, '0')).join('');
}
