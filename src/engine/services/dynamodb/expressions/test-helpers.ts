// Shared helpers for this folder's tests: building contexts and asserting DynamoDB's exact errors.
import { expect } from 'vitest';
import { ServiceError } from '../../../errors';
import type { AttributeValue } from '../attribute-value';
import { ExpressionContext } from './context';

/** The error `run` throws; fails the test when it throws nothing. */
export function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error, but nothing was thrown');
}

/** Asserts that `run` throws a 400 ValidationException with exactly `message`. */
export function expectValidation(run: () => unknown, message: string): void {
  const error = thrown(run);
  expect(error).toBeInstanceOf(ServiceError);
  expect((error as ServiceError).message).toBe(message);
  expect(error).toMatchObject({ code: 'ValidationException', statusCode: 400 });
}

/** A context with the given names and values (omitted maps stay undefined, as in a request without them). */
export function context(names?: Record<string, string>, values?: Record<string, AttributeValue>): ExpressionContext {
  return new ExpressionContext(names, values);
}

/** Shorthands for attribute values in tests. */
export const S = (value: string): AttributeValue => ({ S: value });
export const N = (value: string | number): AttributeValue => ({ N: String(value) });
export const B = (...bytes: number[]): AttributeValue => ({ B: Uint8Array.from(bytes) });
