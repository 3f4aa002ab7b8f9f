// "Max Memory Used" for the REPORT line: the best honest figure available.
// Node (unit tests) reports the real heap. Chromium exposes no heap figure inside a dedicated
// worker (performance.memory and measureUserAgentSpecificMemory are both absent there), so the
// browser reports a documented estimate instead: the footprint of a minimal Node.js function on
// Lambda, plus the bytes of the event and response this invocation handled and of the buffers the
// handler holds (memory-meter.ts).

/** Max Memory Used that a minimal Node.js handler reports on Lambda (about 65–70 MB). */
export const NODE_RUNTIME_BASELINE_MB = 67;
const MB = 1024 * 1024;

function measuredHeapBytes(): number | undefined {
  const perf = performance as Performance & { memory?: { usedJSHeapSize: number } };
  if (perf.memory) return perf.memory.usedJSHeapSize;
  const nodeProcess = (globalThis as { process?: { memoryUsage?: () => { heapUsed: number } } }).process;
  return nodeProcess?.memoryUsage?.().heapUsed;
}

/** Memory used in MB: measured where the platform allows, estimated where it does not. */
export function memoryUsedMB(payloadChars: number, meteredBytes = 0): number {
  const measured = measuredHeapBytes();
  if (measured !== undefined) return Math.ceil(measured / MB);
  return NODE_RUNTIME_BASELINE_MB + Math.ceil((payloadChars + meteredBytes) / MB);
}

/** The bytes a handler may hold in metered allocations before the environment is out of memory. */
export const meteredLimitBytes = (memoryLimitInMB: number) => (memoryLimitInMB - NODE_RUNTIME_BASELINE_MB) * MB;
