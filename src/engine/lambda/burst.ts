// Fires many invocations at once and tallies what came back: how concurrency and throttling
// behave is easiest to see with a burst (e.g. 200 requests arriving together).
import { ServiceError } from '../errors';
import type { InvokeInput, InvokeOutput } from './types';

export interface BurstInput extends Omit<InvokeInput, 'InvocationType'> {
  Count: number;
}

/** The outcome of a burst: successes, function errors, throttles by reason, other failures. */
export interface BurstResult {
  count: number;
  succeeded: number;
  functionErrors: number;
  throttled: Record<string, number>;
  otherErrors: Record<string, number>;
  executedVersions: Record<string, number>;
  durationMs: number;
}

export const MAX_BURST = 1000;
/** Requests started per task: a thousand started in one task would hold the page for a noticeable moment. */
const BURST_SLICE = 100;

export async function burst(invoke: (input: InvokeInput) => Promise<InvokeOutput>, input: BurstInput): Promise<BurstResult> {
  const { Count, ...request } = input;
  if (!Number.isInteger(Count) || Count < 1 || Count > MAX_BURST) {
    throw new ServiceError('InvalidParameterValueException', `Count must be a whole number from 1 to ${MAX_BURST}.`);
  }
  const result: BurstResult = { count: Count, succeeded: 0, functionErrors: 0, throttled: {}, otherErrors: {}, executedVersions: {}, durationMs: 0 };
  const started = performance.now();
  const calls: Array<Promise<InvokeOutput>> = [];
  for (let i = 0; i < Count; i++) {
    // A tick between slices: the requests still arrive within milliseconds, far inside any handler's run.
    if (i && i % BURST_SLICE === 0) await new Promise((resolve) => setTimeout(resolve, 0));
    calls.push(invoke(request));
  }
  const outcomes = await Promise.allSettled(calls);
  result.durationMs = performance.now() - started;
  for (const outcome of outcomes) {
    if (outcome.status === 'fulfilled') {
      if (outcome.value.FunctionError) result.functionErrors++;
      else result.succeeded++;
      const version = outcome.value.ExecutedVersion ?? '$LATEST';
      result.executedVersions[version] = (result.executedVersions[version] ?? 0) + 1;
      continue;
    }
    const error = outcome.reason;
    if (error instanceof ServiceError && error.code === 'TooManyRequestsException') {
      const reason = String(error.fields.Reason);
      result.throttled[reason] = (result.throttled[reason] ?? 0) + 1;
    } else {
      const name = error instanceof ServiceError ? error.code : error instanceof Error ? error.name : 'Error';
      result.otherErrors[name] = (result.otherErrors[name] ?? 0) + 1;
    }
  }
  return result;
}
