// CloudWatch's errors as the SDK names them, with the sentences CloudWatch answers with.
import { ServiceError } from '../errors';

export const invalidValue = (message: string) => new ServiceError('InvalidParameterValueException', message, 400);
export const missingParameter = (message: string) => new ServiceError('MissingRequiredParameterException', message, 400);
export const invalidCombination = (message: string) => new ServiceError('InvalidParameterCombinationException', message, 400);
/** GetMetricData's refusals of a query (e.g. an unknown statistic) are ValidationError, not a modeled exception. */
export const validationError = (message: string) => new ServiceError('ValidationError', message, 400);

/** A timestamp as the SDK accepts it (Date, ISO string, or epoch seconds as a number, as the v3 serializer reads numbers). */
export function toEpochMs(value: unknown): number | undefined {
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'number' && Number.isFinite(value)) return value * 1000;
  if (typeof value === 'string') {
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? undefined : ms;
  }
  return undefined;
}
