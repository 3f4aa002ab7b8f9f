// `window.playground.xray`: the account's traces with X-Ray's SDK v3 shapes (GetTraceSummaries,
// BatchGetTraces), plus the plain recorded traces the trace view draws.
import type { Engine } from '../engine/engine';

type XRayApi = ReturnType<typeof import('../engine/tracing/xray-api').createXRayApi>;

export function createXRayScripting(engine: Engine) {
  // The X-Ray shapes load with the first call, not with the page.
  let loaded: Promise<XRayApi> | undefined;
  const api = () => (loaded ??= import('../engine/tracing/xray-api').then(({ createXRayApi }) => createXRayApi(engine.tracing.store, () => Date.now())));
  return {
    getTraceSummaries: async (input: Parameters<XRayApi['getTraceSummaries']>[0] = {}) => (await api()).getTraceSummaries(input),
    batchGetTraces: async (input: { TraceIds: string[] }) => (await api()).batchGetTraces(input),
    /** Not an AWS API: the recorded traces (newest first) with their hops, as plain data. */
    traces: () => structuredClone(engine.tracing.store.list()),
    /** Not an AWS API: one recorded trace by id. */
    trace: (id: string) => {
      const trace = engine.tracing.store.get(id);
      return trace && structuredClone(trace);
    },
  };
}
