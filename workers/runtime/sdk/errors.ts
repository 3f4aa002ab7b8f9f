// Exceptions as SDK v3 throws them: `name` is AWS's error code, with `$fault`, `$metadata` and
// the members of the error response (`Code`, `Key`, `RequestId`, ... for S3). Modeled errors have
// their own classes, so `error instanceof NoSuchKey` works as with the real clients.
import type { SdkErrorInfo } from '../../../src/engine/sdk/types';

export interface ResponseMetadata {
  httpStatusCode?: number;
  requestId?: string;
  extendedRequestId?: string;
  cfId?: string;
  attempts?: number;
  totalRetryDelay?: number;
}

export interface ServiceExceptionOptions {
  name: string;
  $fault: 'client' | 'server';
  $metadata: ResponseMetadata;
  message?: string;
  [member: string]: unknown;
}

/** `@smithy/smithy-client`'s ServiceException: the base of every service error. */
export class ServiceException extends Error {
  $fault: 'client' | 'server';
  $metadata: ResponseMetadata;
  $response?: unknown;
  $retryable?: { throttling?: boolean };

  constructor(options: ServiceExceptionOptions) {
    super(options.message);
    this.name = options.name;
    this.$fault = options.$fault;
    this.$metadata = options.$metadata;
  }
}

/** What a modeled error's constructor takes: `new NoSuchKey({ message, $metadata })`, as tests of handlers build them. */
export interface ModeledOptions {
  $metadata: ResponseMetadata;
  message?: string;
  [member: string]: unknown;
}

export type ExceptionClass = new (options: ModeledOptions) => ServiceException;

const named = <T>(Class: T, name: string): T => Object.defineProperty(Class, 'name', { value: name });

/** A service's base exception, e.g. `S3ServiceException`. */
export const serviceBase = (name: string): typeof ServiceException => named(class extends ServiceException {}, name);

/** One modeled error of a service, e.g. `NoSuchKey`. */
export function exceptionClass(Base: typeof ServiceException, name: string, fault: 'client' | 'server' = 'client'): ExceptionClass {
  return named(
    class extends Base {
      constructor(options: ModeledOptions) {
        super({ name, $fault: fault, ...options });
      }
    },
    name,
  );
}

/** The exception for the host's error info: the modeled class if there is one, else the service's base. */
export function toException(info: SdkErrorInfo, modeled: Record<string, ExceptionClass>, Base: typeof ServiceException): ServiceException {
  const Class = Object.hasOwn(modeled, info.name) ? modeled[info.name]! : Base;
  const error = new Class({
    name: info.name,
    $fault: info.statusCode >= 500 ? 'server' : 'client',
    $metadata: {
      httpStatusCode: info.statusCode,
      requestId: info.requestId,
      extendedRequestId: info.extendedRequestId,
      cfId: undefined,
      attempts: 1,
      totalRetryDelay: 0,
    },
    message: info.message,
  });
  // As the SDK's decorateServiceException: response members fill in what the class left unset.
  const target = error as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(info.fields)) if (value !== undefined && (target[key] === undefined || target[key] === '')) target[key] = value;
  return error;
}

/** What SDK v3's serializers throw for a missing path label, before any request is made. */
export function checkLabels(input: Record<string, unknown>, labels: readonly string[]): void {
  for (const label of labels) {
    const value = input[label];
    if (value === undefined || value === null) throw new Error(`No value provided for input HTTP label: ${label}.`);
    if (String(value).length === 0) throw new Error(`Empty value provided for input HTTP label: ${label}.`);
  }
}
