// Lambda's Invoke as a handler sends it with LambdaClient: checked against lambda:InvokeFunction
// on the function's (qualified) ARN, run through the injected invoke, answered with bytes.
import { lambdaInvokeRequest, type AuthorizationRequest } from '../iam/request-actions';
import { parseFunctionName } from '../lambda/validation';
import type { InvokeInput, InvokeOutput } from '../lambda/types';
import type { ServiceError } from '../errors';
import { malformedInput } from './errors';
import type { SdkCaller } from './types';

/**
 * Runs one invocation for an SDK caller: synchronous, or queued (`InvocationType: 'Event'`). The
 * engine's `lambda.invokeWithRecord` fits (its `requestId` becomes `$metadata.requestId`);
 * `caller.chain` is there for recursion detection.
 */
export type SdkInvoke = (
  input: InvokeInput,
  caller: SdkCaller,
) => Promise<InvokeOutput | { output: InvokeOutput; requestId?: string; record?: { requestId: string } }>;

export interface LambdaContext {
  invoke: SdkInvoke;
  caller: SdkCaller;
  input: Record<string, unknown>;
  denied(request: AuthorizationRequest): Promise<ServiceError | undefined>;
}

const encoder = new TextEncoder();
const optionalString = (value: unknown) => value === undefined || typeof value === 'string';

/** lambda:InvokeFunction on the function's ARN, with the qualifier the request names (in the name or apart). */
function permission(functionName: string, qualifier: string | undefined): AuthorizationRequest {
  try {
    const parsed = parseFunctionName(functionName);
    return lambdaInvokeRequest(parsed.name, parsed.qualifier ?? qualifier);
  } catch {
    // Not a valid name: Invoke itself will say so, in AWS's words.
    return lambdaInvokeRequest(functionName, qualifier);
  }
}

export const LAMBDA_OPERATIONS: Record<string, (ctx: LambdaContext) => Promise<object>> = {
  async Invoke(ctx) {
    const { FunctionName, Payload, InvocationType, LogType, Qualifier } = ctx.input;
    if (typeof FunctionName !== 'string' || FunctionName === '') throw malformedInput('lambda', 'FunctionName must be a non-empty string.');
    if (![Payload, InvocationType, LogType, Qualifier].every(optionalString)) {
      throw malformedInput('lambda', 'Payload, InvocationType, LogType and Qualifier must be strings.');
    }
    const denial = await ctx.denied(permission(FunctionName, Qualifier as string | undefined));
    if (denial) throw denial;
    const input: InvokeInput = { FunctionName };
    if (Payload !== undefined) input.Payload = Payload as string;
    if (InvocationType !== undefined) input.InvocationType = InvocationType as InvokeInput['InvocationType'];
    if (LogType !== undefined) input.LogType = LogType as InvokeInput['LogType'];
    if (Qualifier !== undefined) input.Qualifier = Qualifier as string;
    const answer = await ctx.invoke(input, ctx.caller);
    const output = 'output' in answer ? answer.output : answer;
    const requestId = ('output' in answer && (answer.requestId ?? answer.record?.requestId)) || crypto.randomUUID();
    // The SDK hands `Payload` back as bytes (a Uint8ArrayBlobAdapter); an Event invocation's is empty.
    return {
      StatusCode: output.StatusCode,
      Payload: encoder.encode(output.Payload ?? ''),
      ...(output.FunctionError !== undefined ? { FunctionError: output.FunctionError } : {}),
      ...(output.LogResult !== undefined ? { LogResult: output.LogResult } : {}),
      ...(output.ExecutedVersion !== undefined ? { ExecutedVersion: output.ExecutedVersion } : {}),
      $metadata: { httpStatusCode: output.StatusCode, requestId, attempts: 1, totalRetryDelay: 0 },
    };
  },
};
