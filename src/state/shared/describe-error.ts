// One line for any failure, with AWS's error name first when there is one.
import { ServiceError } from '../../engine/errors';

export function describeError(error: unknown): string {
  if (error instanceof ServiceError) return `${error.code}: ${error.message}`;
  if (error instanceof Error) return error.message;
  return String(error);
}
