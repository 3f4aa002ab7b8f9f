// `window.playground.xray`: the account's traces with X-Ray's SDK v3 shapes (GetTraceSummaries,
// BatchGetTraces), plus the plain recorded traces the trace view draws.
import type { Engine } from '../engine/engine';
import { createXRayApi } from '../engine/tracing/xray-api';

export function createXRayScripting(engine: Engine) {
  const api = createXRayApi(engine.tracing.store, () => Date.now());
  return {
    getTraceSummaries: async (input: Parameters<typeof api.getTraceSummaries>[0] = {}) => api.getTraceSummaries(input),
    batchGetTraces: async (input: { TraceIds: string[] }) => api.batchGetTraces(input),
    /** Not an AWS API: the recorded traces (newest first) with their hops, as plain data. */
    traces: () => structuredClone(engine.tracing.store.list()),
    /** Not an AWS API: one recorded trace by id. */
    trace: (id: string) => {
      const trace = engine.tracing.store.get(id);
      return trace && structuredClone(trace);
    },
  };
}
