// What crosses between the AWS SDK inside an execution environment and the host that serves it:
// one call, its result, and whose call it is. Plain, structured-clonable data only.

/** The services the in-sandbox SDK can call. */
export type SdkService = 's3' | 'lambda' | 'dynamodb' | 'sqs' | 'sns' | 'eventbridge' | 'cloudwatch' | 'logs';

export const SDK_SERVICES: readonly SdkService[] = ['s3', 'lambda', 'dynamodb', 'sqs', 'sns', 'eventbridge', 'cloudwatch', 'logs'];

/** One `client.send(command)` of a handler, as the host receives it (its shape already checked). */
export interface SdkCall {
  service: SdkService;
  /** The command's operation, e.g. `GetObject` for `GetObjectCommand`. */
  operation: string;
  /** The command's input; Blobs and Uint8Arrays travel as they are (structured clone). */
  input: Record<string, unknown>;
  /** The client's region; the playground's account lives in us-east-1 only. */
  region?: string;
}

/** A failed call, with what the SDK puts on the exception it throws. */
export interface SdkErrorInfo {
  /** AWS's error code, the exception's `name` (`NoSuchKey`, `AccessDenied`, ...). */
  name: string;
  message: string;
  /** `$metadata.httpStatusCode`; 5xx makes `$fault` 'server'. */
  statusCode: number;
  /** `$metadata.requestId`. */
  requestId: string;
  /** `$metadata.extendedRequestId` (S3's host id). */
  extendedRequestId?: string;
  /** Members the SDK copies from the error response onto the exception (S3: `Code`, `Key`, `RequestId`, `HostId`; Lambda: `Type`, `Reason`). */
  fields: Record<string, unknown>;
}

/** The answer to one call: the command's output (with `$metadata`) or the error. */
export type SdkResult = { ok: true; output: Record<string, unknown> } | { ok: false; error: SdkErrorInfo };

/** The invocation an SDK call acts for: the identity AWS would sign it with (the function's role). */
export interface SdkCaller {
  functionName: string;
  /** The version that runs (`$LATEST` or a number). */
  version: string;
  /** The execution role, when the engine knows it. */
  roleArn?: string;
  /** The invocation's request id (during INIT: the invocation that caused the cold start). */
  requestId: string;
  /** The chain of invocations this one belongs to (recursion detection); opaque to the SDK bridge. */
  chain?: unknown;
}

/**
 * How a sandbox hands an environment's call to the host. Resolving `undefined` sends no answer:
 * the invocation that made the call is over, and a late reply must not reach the next one.
 */
export type SdkCallHandler = (call: SdkCall) => Promise<SdkResult | undefined>;

/** The engine's side: answers a call for the invocation that made it. Never rejects. */
export type SdkDispatcher = (call: SdkCall, caller: SdkCaller) => Promise<SdkResult>;
