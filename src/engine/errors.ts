// Typed service errors carrying AWS's error names, so the UI and the SDK bridge show them unchanged.

/** A failure of a simulated AWS API call: `code` is AWS's error name, `statusCode` its HTTP status. */
export class ServiceError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly statusCode = 400,
    /** Extra response fields AWS sends with this error, e.g. `Reason` on throttles. */
    readonly fields: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = code;
  }

  toJSON() {
    return { name: this.code, message: this.message, statusCode: this.statusCode, ...this.fields };
  }
}

export const resourceNotFound = (message: string) =>
  new ServiceError('ResourceNotFoundException', message, 404);

export const resourceConflict = (message: string) =>
  new ServiceError('ResourceConflictException', message, 409);

export const invalidParameter = (message: string) =>
  new ServiceError('InvalidParameterValueException', message, 400);

/** AWS's wording for a request that breaks the API model's constraints (ranges, patterns). */
export function validationError(failures: string[]): ServiceError {
  const count = failures.length;
  return new ServiceError(
    'ValidationException',
    `${count} validation error${count === 1 ? '' : 's'} detected: ${failures.join('; ')}`,
    400,
  );
}
