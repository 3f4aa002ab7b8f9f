import { describe, expect, it } from 'vitest';
import { ServiceError } from '../errors';
import { checkReservation, minimumUnreserved, throttleReason, throttled } from './concurrency';

const base = { accountLimit: 100, reservedTotal: 0, reserved: undefined, inFlightFunction: 0, inFlightUnreserved: 0 };

describe('throttling arithmetic', () => {
  it('a function with reserved concurrency is limited to it, and 0 always throttles', () => {
    expect(throttleReason({ ...base, reserved: 5, reservedTotal: 5, inFlightFunction: 4 })).toBeUndefined();
    expect(throttleReason({ ...base, reserved: 5, reservedTotal: 5, inFlightFunction: 5 })).toBe('ReservedFunctionConcurrentInvocationLimitExceeded');
    expect(throttleReason({ ...base, reserved: 0, inFlightFunction: 0 })).toBe('ReservedFunctionConcurrentInvocationLimitExceeded');
  });

  it('other functions share what is left unreserved', () => {
    expect(throttleReason({ ...base, reservedTotal: 30, inFlightUnreserved: 69 })).toBeUndefined();
    expect(throttleReason({ ...base, reservedTotal: 30, inFlightUnreserved: 70 })).toBe('ConcurrentInvocationLimitExceeded');
  });

  it("a reserved function's in-flight invocations do not count against the unreserved pool", () => {
    // 50 reserved and busy elsewhere; this unreserved function still has 50 of room.
    expect(throttleReason({ ...base, reservedTotal: 50, inFlightUnreserved: 49 })).toBeUndefined();
  });

  it('keeps 10% of the account unreserved, as AWS keeps 100 of 1000', () => {
    expect(minimumUnreserved(1000)).toBe(100);
    expect(minimumUnreserved(100)).toBe(10);
    expect(() => checkReservation(90, 100, 0)).not.toThrow();
    expect(() => checkReservation(91, 100, 0)).toThrow(/below its minimum value of \[10\]/);
    expect(() => checkReservation(50, 100, 41)).toThrow(ServiceError);
    expect(() => checkReservation(-1, 100, 0)).toThrow(/whole number/);
  });

  it('a throttle is HTTP 429 TooManyRequestsException with the reason', () => {
    expect(throttled('ConcurrentInvocationLimitExceeded').toJSON()).toEqual({
      name: 'TooManyRequestsException', message: 'Rate Exceeded.', statusCode: 429, Reason: 'ConcurrentInvocationLimitExceeded', Type: 'User',
    });
  });
});
