// For tests only: a gateway over a registry, with functions as plain JS and a manual clock.
import { ServiceError } from '../../errors';
import { ManualClock } from '../../testing/fake-ports';
import { ApiRegistry } from './api-registry';
import { Gateway, type GatewayRequest, type RequestTrace } from './gateway';
import { utf8 } from './request';
import type { InvokeInput } from '../../lambda/types';

/** A function as plain JS: a result, a thrown error (FunctionError), or a thrown ServiceError (Lambda refuses). */
export type FakeFunction = (event: Record<string, unknown>, input: InvokeInput) => unknown;

export function gatewayKit() {
  const clock = new ManualClock();
  const registry = new ApiRegistry(() => {}, () => clock.now());
  const functions: Record<string, FakeFunction> = {};
  const served: RequestTrace[] = [];
  const gateway = new Gateway({
    registry,
    clock,
    served: (trace) => served.push(trace),
    invoke: async (input) => {
      const fn = functions[input.FunctionName];
      if (!fn) throw new ServiceError('ResourceNotFoundException', `Function not found: ${input.FunctionName}`, 404);
      try {
        const result = await fn(JSON.parse(input.Payload!) as Record<string, unknown>, input);
        return { output: { StatusCode: 200, ExecutedVersion: '$LATEST', Payload: JSON.stringify(result ?? null) } };
      } catch (error) {
        if (error instanceof ServiceError) throw error;
        return { output: { StatusCode: 200, ExecutedVersion: '$LATEST', FunctionError: 'Unhandled' as const, Payload: JSON.stringify({ errorType: 'Error', errorMessage: (error as Error).message }) } };
      }
    },
  });
  /** Sends `path` (with `?query`) to the gateway. */
  const send = async (path: string, init: Partial<GatewayRequest> = {}) => {
    const [p, q = ''] = path.split('?');
    return (await gateway.handle({ method: 'GET', path: p!, query: q, headers: [], ...init }))!;
  };
  return { clock, registry, functions, served, gateway, send };
}

export const text = (trace: RequestTrace) => utf8.decode(trace.response.body);
export const header = (trace: RequestTrace, name: string) => trace.response.headers.find(([n]) => n.toLowerCase() === name)?.[1];
