// Receipt handles: a new one for every receive of a message, opaque and long like SQS's (which start
// with `AQEB`), naming the queue and the message so a handle of another queue is refused.
import { hex } from '../../ids';

const PREFIX = 'AQEB';

export function newReceiptHandle(queueArn: string, messageId: string): string {
  return PREFIX + btoa(`${hex(32)} ${queueArn} ${messageId}`);
}

/** The queue and message a handle names, or undefined for text that is no receipt handle. */
export function readReceiptHandle(handle: unknown): { queueArn: string; messageId: string } | undefined {
  if (typeof handle !== 'string' || !handle.startsWith(PREFIX)) return undefined;
  try {
    const [nonce, queueArn, messageId, ...rest] = atob(handle.slice(PREFIX.length)).split(' ');
    if (!nonce || !queueArn || !messageId || rest.length) return undefined;
    return { queueArn, messageId };
  } catch {
    return undefined;
  }
}
