// The trace header of the write running right now, for code that a synchronous call reaches without
// a parameter for it (a DynamoDB write appending its stream record). Only valid within one tick.

let current: string | undefined;

/** Runs `work` with `header` as the current trace; the synchronous part of `work` sees it. */
export function withTraceHeader<T>(header: string | undefined, work: () => T): T {
  if (header === undefined) return work();
  const previous = current;
  current = header;
  try {
    return work();
  } finally {
    current = previous;
  }
}

/** The header set by the innermost `withTraceHeader` still running, if any. */
export const currentTraceHeader = (): string | undefined => current;
