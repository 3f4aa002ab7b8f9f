// The best honest memory figure a browser gives: the environment's own JS heap in use.
// Chromium exposes it per worker as performance.memory.usedJSHeapSize (quantised unless
// precise memory info is enabled); in Node (unit tests) process.memoryUsage() stands in.

export function heapUsedMB(): number {
  const perf = performance as Performance & { memory?: { usedJSHeapSize: number } };
  const nodeProcess = (globalThis as { process?: { memoryUsage?: () => { heapUsed: number } } }).process;
  const bytes = perf.memory?.usedJSHeapSize ?? nodeProcess?.memoryUsage?.().heapUsed ?? 0;
  return Math.ceil(bytes / (1024 * 1024));
}
