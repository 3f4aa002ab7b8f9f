// An SQS service over an in-memory message store and a manual clock, for the service's unit tests.
import { ManualClock } from '../../testing/fake-ports';
import { queueUrl } from './definitions';
import { MemoryMessageStore } from './message-store';
import { createSqsService } from './service';

/** Lets microtasks and promise chains settle (the ManualClock does not move real time). */
export const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

export function sqsHarness(options: { store?: MemoryMessageStore; clock?: ManualClock } = {}) {
  const clock = options.clock ?? new ManualClock();
  const store = options.store ?? new MemoryMessageStore();
  const events: string[] = [];
  const sqs = createSqsService({ clock, store, changed: () => events.push('queues'), messagesChanged: (q) => events.push(`messages:${q}`) });
  return {
    clock,
    store,
    events,
    sqs,
    /** Creates a queue; answers its URL. */
    async queue(name: string, attributes?: Record<string, string>) {
      return (await sqs.createQueue({ QueueName: name, ...(attributes ? { Attributes: attributes } : {}) })).QueueUrl;
    },
    /** Moves the clock (firing the queues' timers) and lets what they started settle. */
    async advance(ms: number) {
      await flush();
      clock.advance(ms);
      await flush();
    },
    /** Receives up to `max` messages and answers their bodies. */
    async bodies(url: string, max = 10, extra: Record<string, unknown> = {}) {
      const { Messages = [] } = await sqs.receiveMessage({ QueueUrl: url, MaxNumberOfMessages: max, ...extra });
      return Messages.map((m) => m.Body);
    },
  };
}

export type SqsHarness = ReturnType<typeof sqsHarness>;

export const URL_OF = queueUrl;

/** Expects the call to fail; answers the AWS error name, message and HTTP status. */
export async function failure(call: () => unknown): Promise<{ code: string; message: string; statusCode: number }> {
  try {
    await call();
  } catch (error) {
    const e = error as { code: string; message: string; statusCode: number };
    return { code: e.code, message: e.message, statusCode: e.statusCode };
  }
  throw new Error('expected the call to fail');
}
