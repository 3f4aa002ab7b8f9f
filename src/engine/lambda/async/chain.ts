// Recursion detection's chain context: which originating event an invocation descends from and
// how many invocations that event has caused so far, as plain data that can cross a worker boundary.
import { requestId } from '../../ids';

/**
 * Where an invocation stands in its chain of requests. AWS carries this in the X-Ray trace
 * header's `Lineage` field; the playground passes it explicitly (structured-clone safe).
 */
export interface ChainContext {
  /** Id of the event that started the chain (not the request id of any one invocation). */
  originId: string;
  /** Invocations of the chain so far, counting the one that carries this context; 0 for an event not yet run. */
  count: number;
  /** The X-Ray trace header of the hop that caused this event (`Root=…;Parent=…;Sampled=1`). */
  trace?: string;
}

/**
 * "If your function is invoked more than 16 times in the same chain of requests, Lambda stops the
 * next invocation" (Lambda developer guide, invocation-recursion; AWS Compute blog, July 2023).
 */
export const RECURSION_LIMIT = 16;

/** AWS's description of the error (API reference, Invoke errors); HTTP 400. */
export const RECURSION_MESSAGE =
  "Lambda has detected your function being invoked in a recursive loop with other AWS resources and stopped your function's invocation.";

/** The context of an event nobody's invocation caused: a person, a schedule, a test. */
export const newChain = (): ChainContext => ({ originId: requestId(), count: 0 });

/** The context of the invocation an event causes: one step further along the chain. */
export const invocationChain = (event: ChainContext): ChainContext =>
  event.trace === undefined ? { originId: event.originId, count: event.count + 1 } : { originId: event.originId, count: event.count + 1, trace: event.trace };

/** Whether Lambda stops an invocation at this position of its chain. */
export const exceedsRecursionLimit = (invocation: ChainContext): boolean => invocation.count > RECURSION_LIMIT;

/** Checks chain data that arrived from elsewhere (a worker, a saved trace) before trusting it. */
export function isChainContext(value: unknown): value is ChainContext {
  if (!value || typeof value !== 'object') return false;
  const { originId, count } = value as Partial<ChainContext>;
  return typeof originId === 'string' && originId.length > 0 && Number.isInteger(count) && (count as number) >= 0;
}

/**
 * The chain of every invocation in flight, by request id, so that a call a handler makes (an SDK
 * `Invoke`, an S3 write that notifies) can continue the chain of the invocation that made it.
 */
export class RunningChains {
  #byRequest = new Map<string, ChainContext>();

  start(requestId: string, chain: ChainContext): void {
    this.#byRequest.set(requestId, chain);
  }

  end(requestId: string): void {
    this.#byRequest.delete(requestId);
  }

  /** A copy of the running invocation's chain, or undefined once it has finished. */
  get(requestId: string): ChainContext | undefined {
    const chain = this.#byRequest.get(requestId);
    return chain && { ...chain };
  }
}
