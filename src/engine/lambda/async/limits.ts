// Asynchronous invocation's limits and defaults: the event payload size, the retry and event-age
// settings of PutFunctionEventInvokeConfig, and the delays between attempts.
import { ServiceError } from '../../errors';

/**
 * "For asynchronous invocations, the maximum payload size is 1 MB" (API reference, Invoke). AWS
 * raised it from 256 KB in October 2025; the refusal names the limit in bytes: 1048576.
 */
export const ASYNC_PAYLOAD_LIMIT = 1024 * 1024;

/** API reference, PutFunctionEventInvokeConfig: retries 0–2, event age 60–21600 seconds. */
export const EVENT_INVOKE_LIMITS = {
  maximumRetryAttempts: { min: 0, max: 2 },
  maximumEventAgeInSeconds: { min: 60, max: 21_600 },
} as const;

/** "By default, Lambda retries an asynchronous invocation twice … retains events in a queue for up to six hours." */
export const DEFAULT_MAXIMUM_RETRY_ATTEMPTS = 2;
export const DEFAULT_MAXIMUM_EVENT_AGE_SECONDS = 21_600;

/**
 * Delay before retry `n` (1 or 2) after a function error: "a one-minute wait between the first two
 * attempts, and two minutes between the second and third" (developer guide, invocation-async-error-handling).
 */
export function functionErrorRetryDelayMs(retry: number): number {
  return retry * 60_000;
}

/**
 * Delay before the next try after a throttle (429) or a system error (5xx): "the retry interval
 * increases exponentially from 1 second after the first attempt to a maximum of 5 minutes".
 */
export function throttleRetryDelayMs(throttles: number): number {
  return Math.min(1000 * 2 ** Math.max(0, throttles - 1), 5 * 60_000);
}

/**
 * An asynchronous payload over 1 MB is refused at once. The API model names the error
 * RequestTooLargeException (413); the message is the one AWS sends for Event invocations, e.g.
 * "264496 byte payload is too large for the Event invocation type (limit 262144 bytes)".
 */
export function checkAsyncPayload(payload: string): void {
  if (payload.length <= ASYNC_PAYLOAD_LIMIT / 3) return;
  const bytes = new TextEncoder().encode(payload).length;
  if (bytes > ASYNC_PAYLOAD_LIMIT) {
    throw new ServiceError(
      'RequestTooLargeException',
      `${bytes} byte payload is too large for the Event invocation type (limit ${ASYNC_PAYLOAD_LIMIT} bytes)`,
      413,
    );
  }
}
