// A queue as event source mappings read it (the QueueSource port): found by name on every call, so a
// queue deleted and created again under the same ARN is read again, as Lambda's pollers would.
import type { QueueMessage, QueueSource } from '../../lambda/event-source-mappings/queue-source';
import { queueArn } from './definitions';
import { lambdaRecord } from './event-record';
import { changeOne, deleteOne } from './message-operations';
import type { Queues } from './queues';
import { take } from './receive-message';

export function queueSource(queues: Queues, name: string): QueueSource {
  const current = () => queues.find(name);
  return {
    arn: queueArn(name),
    get fifo() {
      return Boolean(current()?.def.fifo);
    },
    receive(max: number): QueueMessage[] {
      const queue = current();
      if (!queue) return [];
      return take(queues, queue, Math.min(10, max), queue.def.visibilityTimeout).map((m) => ({
        messageId: m.messageId,
        receiptHandle: m.receiptHandle!,
        sentTimestamp: m.sentTimestamp,
        data: lambdaRecord(m, name),
        ...(m.chain !== undefined ? { chain: m.chain } : {}),
      }));
    },
    delete(receiptHandles: readonly string[]): void {
      const queue = current();
      for (const handle of receiptHandles) {
        try {
          if (queue) deleteOne(queues, queue, handle);
        } catch {
          // The handle has expired (FIFO): the message is received again, as on AWS.
        }
      }
    },
    changeVisibility(receiptHandle: string, seconds: number): void {
      const queue = current();
      try {
        if (queue) changeOne(queues, queue, receiptHandle, seconds);
      } catch {
        // The message is gone or was received again: nothing to change.
      }
    },
    onMessage: (listener: () => void) => queues.onChange(name, listener),
  };
}
