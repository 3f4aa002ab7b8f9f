// One invocation, synchronous or an attempt of a queued event: admission (throttles), an
// environment, the handler, and the response-size check, announced as an `invocation` event.
import { ServiceError } from '../errors';
import type { ChainContext, RunningChains } from './async/chain';
import type { FunctionRegistry, ResolvedTarget } from './function-registry';
import type { InvocationRecord, Invoker } from './invoker';
import type { ConcurrencyControl } from './concurrency-control';
import { exceedsBytes, SYNC_PAYLOAD_LIMIT } from './payload-checks';
import type { Tracer } from '../tracing/tracer';

/** What an invocation needs of the Lambda service's parts. */
export interface InvocationDeps {
  registry: FunctionRegistry;
  invoker: Invoker;
  concurrency: ConcurrencyControl;
  chains: RunningChains;
  emit: (event: { type: 'invocation'; record: InvocationRecord } | { type: 'throttle'; functionName: string; reason: string; time: number }) => void;
  now: () => number;
  /** Records each invocation as a hop of its trace; untraced when left out. */
  tracing?: Tracer;
}

/** Admission (throttles), an environment, the handler: what every invocation goes through. */
export async function runInvocation(
  d: InvocationDeps, name: string, target: ResolvedTarget, payload: string, requestId: string, chain: ChainContext,
): Promise<InvocationRecord> {
  // Take the version's parts now: a deploy during the await below must not mix new settings or
  // a new revision with the old build (an environment would then serve stale code as current).
  // Configuration changes replace the config object (copy-on-write), so holding it is enough.
  const { revision, files, config: c } = target.version;
  const build = await target.version.build;
  // No await between admission and acquiring an environment: the count must not go stale.
  try {
    d.concurrency.admit(name);
  } catch (error) {
    if (error instanceof ServiceError) d.emit({ type: 'throttle', functionName: name, reason: String(error.fields.Reason), time: d.now() });
    if (error instanceof ServiceError) d.tracing?.throttled(chain, name, String(error.fields.Reason));
    throw error;
  }
  // The invocation's hop: what it causes (SDK calls, events) continues from it.
  const span = d.tracing?.startInvocation(name, chain);
  if (span) chain = { ...chain, trace: span.header };
  d.chains.start(requestId, chain);
  try {
    const invocation = await d.invoker.invoke(
      {
        name,
        version: target.executedVersion,
        ...(target.alias ? { alias: target.alias } : {}),
        revision,
        logGroupName: c.LoggingConfig.LogGroup,
        handler: c.Handler,
        runtime: c.Runtime,
        memorySizeMB: c.MemorySize,
        timeoutSeconds: c.Timeout,
        environment: c.Environment.Variables,
        files,
        ephemeralStorageMB: c.EphemeralStorage.Size,
        build,
        currentRevision: () => d.registry.currentRevision(name, target.executedVersion),
        // Handed on with the handler's SDK calls, so what they invoke continues this chain.
        chain,
        // The identity the handler's SDK calls are authorised as.
        roleArn: c.Role,
        ...(span ? { traceHeader: span.header } : {}),
      },
      payload,
      requestId,
    );
    if (invocation.status === 'success' && exceedsBytes(invocation.payload, SYNC_PAYLOAD_LIMIT)) {
      invocation.status = 'error';
      invocation.error = {
        errorType: 'Function.ResponseSizeTooLarge',
        errorMessage: `Response payload size exceeded maximum allowed payload size (${SYNC_PAYLOAD_LIMIT} bytes).`,
        trace: [],
      };
      invocation.payload = JSON.stringify({ errorType: invocation.error.errorType, errorMessage: invocation.error.errorMessage });
    }
    d.tracing?.finishInvocation(span, invocation, c.LoggingConfig.LogGroup);
    d.emit({ type: 'invocation', record: invocation });
    return invocation;
  } finally {
    d.chains.end(requestId);
  }
}
