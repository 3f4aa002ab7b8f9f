// `fetch` as handler code sees it: while a request or the read of its body is in flight it
// holds the runtime's event loop, as the socket does in Node, so the empty-loop rules (the null
// answer, a callback's result held until the loop drains) do not fire while a handler waits on it.

/** Keeps the loop busy until the returned function is called (the timer tracker's `hold`). */
type Hold = () => () => void;

const BODY_READERS = ['arrayBuffer', 'blob', 'bytes', 'formData', 'json', 'text'] as const;

function holding<T>(hold: Hold, start: () => Promise<T>): Promise<T> {
  const release = hold();
  let work: Promise<T>;
  try {
    work = start();
  } catch (error) {
    work = Promise.reject(error);
  }
  return work.finally(release);
}

/** Wraps the scope's `fetch` (looked up per call); the response's body readers hold the loop too. */
export function createTrackedFetch(hold: Hold): typeof globalThis.fetch {
  return function fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    return holding(hold, () => globalThis.fetch(input, init)).then((response) => {
      for (const name of BODY_READERS) {
        const read = (response as unknown as Record<string, unknown>)[name];
        if (typeof read !== 'function') continue;
        // Own, non-enumerable: the response otherwise looks and behaves as the browser's.
        Object.defineProperty(response, name, {
          configurable: true,
          writable: true,
          value: (...args: unknown[]) => holding(hold, () => read.apply(response, args) as Promise<unknown>),
        });
      }
      return response;
    });
  };
}
