// An SNS service over a manual clock whose deliveries are recorded instead of made, for the service's unit tests.
import { ManualClock } from '../../testing/fake-ports';
import type { LambdaEndpoint } from './definitions';
import { createSnsService } from './service';

export interface LambdaDelivery {
  target: LambdaEndpoint;
  event: { Records: Array<{ EventSubscriptionArn: string; Sns: Record<string, unknown> } & Record<string, unknown>> };
  subscriptionArn: string;
  chain?: unknown;
}

export interface QueueDelivery {
  queueArn: string;
  body: string;
  messageAttributes?: Record<string, unknown>;
  options?: { messageGroupId?: string; messageDeduplicationId?: string };
}

export function snsHarness(options: { refuseQueue?: string } = {}) {
  const clock = new ManualClock();
  const lambda: LambdaDelivery[] = [];
  const queues: QueueDelivery[] = [];
  const published: Array<{ topic: string; messageId: string; delivered: string[]; filtered: string[] }> = [];
  const failures: Array<{ subscriptionArn: string; message: string }> = [];
  let changes = 0;
  const service = createSnsService({
    clock,
    changed: () => void changes++,
    invokeLambda: (target, event, subscriptionArn, chain) => void lambda.push({ target, event: event as LambdaDelivery['event'], subscriptionArn, ...(chain !== undefined ? { chain } : {}) }),
    sendToQueue: async (queueArn, body, messageAttributes, opts) => {
      if (queueArn === options.refuseQueue) throw new Error(`The specified queue does not exist: ${queueArn}`);
      queues.push({ queueArn, body, ...(messageAttributes ? { messageAttributes } : {}), ...(opts ? { options: opts } : {}) });
    },
    published: (topic, messageId, delivered, filtered) => void published.push({ topic, messageId, delivered, filtered }),
    deliveryFailed: (subscriptionArn, message) => void failures.push({ subscriptionArn, message }),
  });
  return { clock, service, lambda, queues, published, failures, changes: () => changes };
}

export const FUNCTION_ARN = (name: string, qualifier?: string) => `arn:aws:lambda:us-east-1:123456789012:function:${name}${qualifier ? `:${qualifier}` : ''}`;
export const QUEUE_ARN = (name: string) => `arn:aws:sqs:us-east-1:123456789012:${name}`;

/** Expects the call to fail; answers the error's name, message, status and extra fields. */
export async function failure(call: () => unknown): Promise<{ code: string; message: string; statusCode: number; fields: Record<string, unknown> }> {
  try {
    await call();
  } catch (error) {
    const e = error as { code: string; message: string; statusCode: number; fields: Record<string, unknown> };
    return { code: e.code, message: e.message, statusCode: e.statusCode, fields: e.fields };
  }
  throw new Error('expected the call to fail');
}
