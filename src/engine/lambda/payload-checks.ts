// What Invoke checks of a payload before anything runs: Lambda's size limit and that it is JSON.
import { ServiceError } from '../errors';

/** Synchronous invocation payloads are limited to 6 MB each way. */
export const SYNC_PAYLOAD_LIMIT = 6 * 1024 * 1024;

export function checkPayload(payload: string): void {
  if (exceedsBytes(payload, SYNC_PAYLOAD_LIMIT)) {
    throw new ServiceError('RequestTooLargeException', `Request must be smaller than ${SYNC_PAYLOAD_LIMIT} bytes for the InvokeFunction operation`, 413);
  }
  checkJson(payload);
}

export function checkJson(payload: string): void {
  try {
    JSON.parse(payload);
  } catch (error) {
    throw new ServiceError('InvalidRequestContentException', `Could not parse request body into json: ${(error as Error).message}`, 400);
  }
}

/** Cheap byte-size test: only strings that could exceed the limit are encoded. */
export function exceedsBytes(text: string, limit: number): boolean {
  if (text.length * 3 <= limit) return false;
  return new TextEncoder().encode(text).length > limit;
}
