// For tests only: waits for something asynchronous the engine does (a log line, an invocation).

/** Resolves with the first value `probe` returns that is not undefined; fails after `ms`. */
export async function until<T>(probe: () => T | undefined, ms = 5000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
