// RedrivePolicy, the JSON text that names a queue's dead-letter queue and maxReceiveCount (SQS
// developer guide, "Using dead-letter queues"): parsed and checked as SetQueueAttributes checks it.
import type { QueueDef, RedrivePolicy } from './definitions';
import { invalidValue } from './errors';

/** How the policy reads back in GetQueueAttributes: maxReceiveCount as a number, whatever was sent. */
export const redrivePolicyText = (policy: RedrivePolicy) =>
  JSON.stringify({ deadLetterTargetArn: policy.deadLetterTargetArn, maxReceiveCount: policy.maxReceiveCount });

/**
 * The policy in `text` for a queue of `fifo` type, or undefined for "" (which removes it). The
 * dead-letter queue must exist (`find`) and be of the same type: "The dead-letter queue of a FIFO
 * queue must also be a FIFO queue. Similarly, the dead-letter queue of a standard queue must also
 * be a standard queue."
 */
export function parseRedrivePolicy(text: string, fifo: boolean, find: (arn: string) => QueueDef | undefined): RedrivePolicy | undefined {
  if (text === '') return undefined;
  const invalid = (reason: string) => invalidValue(text, 'RedrivePolicy', reason);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw invalid('Redrive policy is not a valid JSON map.');
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw invalid('Redrive policy is not a valid JSON map.');
  const { deadLetterTargetArn, maxReceiveCount } = parsed as Record<string, unknown>;
  if (deadLetterTargetArn === undefined) throw invalid('Redrive policy does not contain mandatory attribute: deadLetterTargetArn.');
  if (maxReceiveCount === undefined) throw invalid('Redrive policy does not contain mandatory attribute: maxReceiveCount.');
  const count = typeof maxReceiveCount === 'number' || typeof maxReceiveCount === 'string' ? Number(maxReceiveCount) : Number.NaN;
  if (!Number.isInteger(count) || count < 1 || count > 1000) {
    throw invalid(`Invalid value for maxReceiveCount: ${String(maxReceiveCount)}, valid values are from 1 to 1000 both inclusive.`);
  }
  const target = typeof deadLetterTargetArn === 'string' ? find(deadLetterTargetArn) : undefined;
  if (!target) throw invalid('Dead-letter target does not exist.');
  if (Boolean(target.fifo) !== fifo) throw invalid('Dead-letter queue must be same type of queue as the source.');
  return { deadLetterTargetArn: deadLetterTargetArn as string, maxReceiveCount: count };
}
