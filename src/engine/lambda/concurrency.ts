// Concurrency arithmetic: the account limit, reserved concurrency per function, and which
// throttle reason an invocation gets when there is no room for it.
import { ServiceError, invalidParameter } from '../errors';

/**
 * AWS's default is 1000 per account with at least 100 left unreserved. A browser tab cannot
 * hold a thousand execution environments comfortably (each worker costs a few MB and a core's
 * attention), so the playground defaults to 100, with the same 10% kept unreserved.
 */
export const DEFAULT_ACCOUNT_LIMIT = 100;
export const MAX_ACCOUNT_LIMIT = 1000;

export const minimumUnreserved = (accountLimit: number) => Math.ceil(accountLimit / 10);

export type ThrottleReason = 'ReservedFunctionConcurrentInvocationLimitExceeded' | 'ConcurrentInvocationLimitExceeded';

/** What the throttle decision needs: in-flight counts and the reservations. */
export interface ConcurrencyState {
  accountLimit: number;
  /** Sum of all functions' reserved concurrency. */
  reservedTotal: number;
  /** The invoked function's reserved concurrency, if set. */
  reserved: number | undefined;
  /** Invocations in flight for the invoked function. */
  inFlightFunction: number;
  /** Invocations in flight for all functions without reserved concurrency. */
  inFlightUnreserved: number;
}

/** Whether one more invocation must be throttled, and with which reason. */
export function throttleReason(s: ConcurrencyState): ThrottleReason | undefined {
  if (s.reserved !== undefined) {
    return s.inFlightFunction >= s.reserved ? 'ReservedFunctionConcurrentInvocationLimitExceeded' : undefined;
  }
  return s.inFlightUnreserved >= s.accountLimit - s.reservedTotal ? 'ConcurrentInvocationLimitExceeded' : undefined;
}

export function throttled(reason: ThrottleReason): ServiceError {
  return new ServiceError('TooManyRequestsException', 'Rate Exceeded.', 429, { Reason: reason, Type: 'User' });
}

/** PutFunctionConcurrency's check: the unreserved pool may not fall below its minimum. */
export function checkReservation(value: number, accountLimit: number, otherReservedTotal: number): void {
  if (!Number.isInteger(value) || value < 0) {
    throw invalidParameter(`ReservedConcurrentExecutions must be a whole number from 0 to ${accountLimit}.`);
  }
  const minimum = minimumUnreserved(accountLimit);
  if (accountLimit - otherReservedTotal - value < minimum) {
    throw invalidParameter(
      `Specified ReservedConcurrentExecutions for function decreases account's UnreservedConcurrentExecution below its minimum value of [${minimum}].`,
    );
  }
}
