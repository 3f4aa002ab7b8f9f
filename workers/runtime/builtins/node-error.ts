// Errors shaped like Node's internal ones, so handler code that branches on `err.code` behaves as it does on Lambda.

/** An error carrying Node's string `code` (`ERR_INVALID_ARG_TYPE`, `ERR_ASSERTION`, ...). */
export type NodeError<E extends Error = Error> = E & { code: string };

export function nodeError<E extends Error>(Kind: new (message: string) => E, code: string, message: string): NodeError<E> {
  const error = new Kind(message) as NodeError<E>;
  error.code = code;
  return error;
}

/** A stand-in for an API the browser cannot provide: it exists, so feature checks see Node's shape, and fails with Node's own code when called. */
export function unavailable(name: string): (...args: unknown[]) => never {
  return () => {
    throw nodeError(Error, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', `${name} is not available in the Serverless Playground's browser runtime`);
  };
}
