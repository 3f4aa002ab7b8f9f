// `stream` and `stream/promises`: readable-stream v4, the userland copy of Node's own stream implementation.
import processShim from 'process/browser.js';
import Stream from 'readable-stream/lib/stream.js';

// readable-stream defers its work with the `process` shim's nextTick, which waits for a real (untracked) timer:
// slow under the browser's timer clamping, and invisible to the runtime's event-loop check. A microtask is
// what the runtime's own process.nextTick uses, and stays inside the current invocation's turn.
processShim.nextTick = (callback: (...args: unknown[]) => void, ...args: unknown[]) => queueMicrotask(() => callback(...args));

export { Stream };

/** The `stream` module: as in Node, the legacy Stream class itself, carrying Readable, Writable, pipeline, ... */
export function createStream() {
  return Stream;
}

/** The `stream/promises` module: promise forms of pipeline and finished. */
export function createStreamPromises() {
  return Stream.promises;
}
