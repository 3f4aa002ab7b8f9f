// Errors in the shape Lambda's Node.js runtime returns them.
import type { LambdaErrorPayload } from '../../src/engine/lambda/runtime-protocol';
import type { StackMapper } from './stack-mapper';

/**
 * An Error gives its name, message and mapped stack; anything else thrown gives its `typeof`
 * as errorType and an empty trace, as the Node.js runtime does.
 */
export function toErrorPayload(error: unknown, mapper: StackMapper): LambdaErrorPayload {
  if (error instanceof Error) {
    return {
      errorType: error.name || 'Error',
      errorMessage: error.message,
      trace: mapper.mapStackLines(error.stack ?? `${error.name}: ${error.message}`),
    };
  }
  return { errorType: typeof error, errorMessage: String(error), trace: [] };
}

/** An error the runtime raises itself (`Runtime.*`): its trace starts with the type. */
export function runtimeErrorPayload(errorType: string, errorMessage: string, frames: string[] = []): LambdaErrorPayload {
  return { errorType, errorMessage, trace: [`${errorType}: ${errorMessage}`, ...frames] };
}

/** Thrown by the runtime's `require` for a module this sandbox cannot provide. */
export class ModuleNotFound extends Error {
  constructor(readonly specifier: string, message: string) {
    super(message);
  }
}

/**
 * An unhandled rejection as Node's runtime reports it: `new UnhandledPromiseRejection(reason)`, an
 * Error whose message is the reason converted to a string as `new Error(reason)` does (an Error
 * gives "Error: boom", `undefined` an empty message), and the process ends.
 */
export function unhandledRejectionPayload(reason: unknown, mapper: StackMapper): LambdaErrorPayload {
  let message: string;
  try {
    message = new Error(reason as string).message;
  } catch {
    // A reason with no string form (a Symbol, an object whose toString throws).
    message = typeof reason === 'symbol' ? reason.toString() : Object.prototype.toString.call(reason);
  }
  const frames = reason instanceof Error ? toErrorPayload(reason, mapper).trace.slice(1) : [];
  return runtimeErrorPayload('Runtime.UnhandledPromiseRejection', message, frames);
}
