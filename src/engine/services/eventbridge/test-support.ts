// For EventBridge's unit tests: the service on a manual clock, recording every delivery to a target,
// every firing and every definition change.
import { ServiceError } from '../../errors';
import { ManualClock } from '../../testing/fake-ports';
import type { DeliveryTarget } from './definitions';
import { createEventBridgeService } from './service';

/** A function ARN of the playground's account. */
export const functionArnOf = (name: string, qualifier?: string) => `arn:aws:lambda:us-east-1:123456789012:function:${name}${qualifier ? `:${qualifier}` : ''}`;

export function eventBridgeAccount() {
  const clock = new ManualClock();
  const deliveries: Array<{ target: DeliveryTarget; event: unknown; at: number }> = [];
  const fired: Array<[string, number]> = [];
  const counts = { changes: 0 };
  const events = createEventBridgeService({
    clock,
    deliver: (target, event) => deliveries.push({ target, event, at: clock.now() }),
    changed: () => void counts.changes++,
    fired: (rule, time) => void fired.push([rule, time]),
  });
  return { clock, events, deliveries, fired, counts };
}

/** The error a call rejects with, as the SDK bridge would see it. */
export async function failure(call: Promise<unknown>): Promise<{ code: string; message: string; fields: Record<string, unknown> }> {
  try {
    await call;
  } catch (error) {
    if (error instanceof ServiceError) return { code: error.code, message: error.message, fields: error.fields };
    throw error;
  }
  throw new Error('expected the call to fail');
}
