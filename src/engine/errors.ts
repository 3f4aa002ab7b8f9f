// Typed service errors carrying AWS's error names, so the UI and the SDK bridge show them unchanged.

/**
 * A failure of a simulated AWS API call: `code` is AWS's error name, `statusCode` its HTTP status.
 * It is shaped as SDK v3 exceptions are, so code written against the SDK reads it unchanged:
 * `name`, `$fault`, `$metadata.httpStatusCode`, and the response's members (`Reason`, `Type`,
 * `Key`, ...) as properties of the error itself, besides `fields`, which holds the same members.
 */
export class ServiceError extends Error {
  readonly $fault: 'client' | 'server';
  readonly $metadata: { httpStatusCode: number; attempts: number; totalRetryDelay: number };

  constructor(
    readonly code: string,
    message: string,
    readonly statusCode = 400,
    /** Extra response fields AWS sends with this error, e.g. `Reason` on throttles. */
    readonly fields: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = code;
    this.$fault = statusCode >= 500 ? 'server' : 'client';
    this.$metadata = { httpStatusCode: statusCode, attempts: 1, totalRetryDelay: 0 };
    // As the SDK's decorateServiceException: members fill in what the error does not already have.
    const self = this as unknown as Record<string, unknown>;
    for (const [key, value] of Object.entries(fields)) if (value !== undefined && !(key in self)) self[key] = value;
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
