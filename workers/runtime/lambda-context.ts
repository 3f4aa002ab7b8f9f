// The `context` object the Node.js runtime passes to a handler.
import type { SandboxInit, SandboxInvoke } from '../../src/engine/ports';

export interface LambdaContext {
  callbackWaitsForEmptyEventLoop: boolean;
  functionName: string;
  functionVersion: string;
  invokedFunctionArn: string;
  /** A string, as in the Node.js runtime (it comes from an environment variable). */
  memoryLimitInMB: string;
  awsRequestId: string;
  logGroupName: string;
  logStreamName: string;
  identity: undefined;
  clientContext: undefined;
  getRemainingTimeInMillis(): number;
  /** Legacy completion methods, kept for old handlers. */
  done(error?: unknown, result?: unknown): void;
  succeed(result?: unknown): void;
  fail(error?: unknown): void;
}

export function createContext(init: SandboxInit, invoke: SandboxInvoke): LambdaContext {
  const unbound = () => {
    throw new Error('context completion methods are bound when the handler is called');
  };
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName: init.functionName,
    functionVersion: init.functionVersion,
    invokedFunctionArn: invoke.invokedFunctionArn,
    memoryLimitInMB: String(init.memoryLimitInMB),
    awsRequestId: invoke.requestId,
    logGroupName: init.logGroupName,
    logStreamName: init.logStreamName,
    identity: undefined,
    clientContext: undefined,
    getRemainingTimeInMillis: () => Math.max(0, invoke.deadline - Date.now()),
    done: unbound,
    succeed: unbound,
    fail: unbound,
  };
}
