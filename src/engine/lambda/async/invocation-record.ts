// The invocation record Lambda sends to an asynchronous invocation's destination, field for field
// as in the developer guide's example (invocation-async-retain-records).
import { functionArn } from '../../ids';

/**
 * Why the record was sent. `Success`, `RetriesExhausted` and `EventAgeExceeded` are AWS's
 * documented conditions. `ZeroReservedConcurrency` is what LocalStack (checked against AWS) sends
 * when reserved concurrency 0 turns events away; AWS documents no condition for a recursion stop,
 * so the playground names it after the error.
 */
export type DestinationCondition = 'Success' | 'RetriesExhausted' | 'EventAgeExceeded' | 'ZeroReservedConcurrency' | 'RecursiveInvocationException';

export interface AsyncInvocationRecord {
  version: '1.0';
  /** ISO 8601 with milliseconds, e.g. `2019-11-14T18:16:05.568Z`. */
  timestamp: string;
  requestContext: {
    requestId: string;
    /** Qualified as invoked: `…:function:my-function:$LATEST` for an unqualified invocation. */
    functionArn: string;
    condition: DestinationCondition;
    approximateInvokeCount: number;
  };
  /** The event, parsed. */
  requestPayload: unknown;
  /** Present once the function has run. */
  responseContext?: { statusCode: number; executedVersion: string; functionError?: 'Unhandled' };
  /** The function's result or error object, parsed. */
  responsePayload?: unknown;
}

/** What the last run of the event returned. */
export interface LastResponse {
  executedVersion: string;
  payload: string;
  failed: boolean;
}

export interface RecordInput {
  time: number;
  requestId: string;
  functionName: string;
  qualifier?: string;
  condition: DestinationCondition;
  approximateInvokeCount: number;
  payload: string;
  response?: LastResponse;
}

export function invocationRecord(input: RecordInput): AsyncInvocationRecord {
  const record: AsyncInvocationRecord = {
    version: '1.0',
    timestamp: new Date(input.time).toISOString(),
    requestContext: {
      requestId: input.requestId,
      functionArn: functionArn(input.functionName, input.qualifier ?? '$LATEST'),
      condition: input.condition,
      approximateInvokeCount: input.approximateInvokeCount,
    },
    requestPayload: parsed(input.payload),
  };
  if (input.response) {
    const { executedVersion, failed, payload } = input.response;
    // Function errors are reported with status 200, as in synchronous responses.
    record.responseContext = { statusCode: 200, executedVersion, ...(failed ? { functionError: 'Unhandled' as const } : {}) };
    record.responsePayload = parsed(payload);
  }
  return record;
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
