// Sends an asynchronous event Lambda discards to the function's dead-letter queue or topic: the
// event as it came, with the RequestID, ErrorCode and ErrorMessage attributes Lambda adds.
import { ServiceError } from '../../errors';
import { deadLetterAttributes, type DeadLetterAttribute } from '../dead-letter';
import type { FunctionRegistry } from '../function-registry';
import type { AsyncLog } from './async-log';
import { invocationChain, newChain, type ChainContext } from './chain';
import type { QueuedEvent } from './event-queue';
import type { DestinationCondition } from './invocation-record';

/** Who sends: the function's version, as its execution role (what IAM checks SendMessage / Publish against). */
export interface DeadLetterSender {
  functionName: string;
  version: string;
  roleArn: string;
  /** The chain the message continues (recursion detection, if a topic fans it out to functions). */
  chain: ChainContext;
}

export type SendToDeadLetter = (
  targetArn: string,
  payload: string,
  attributes: Record<string, DeadLetterAttribute>,
  sender: DeadLetterSender,
) => Promise<void>;

/** What the event queues need for dead-letter queues; without them no event is sent to one. */
export interface DeadLetterDeps {
  /** The functions, whose versions' DeadLetterConfig says where a discarded event goes. */
  registry?: FunctionRegistry;
  /** SQS SendMessage (queue) or SNS Publish (topic) of the payload with the attributes, as the role. */
  sendToDeadLetter?: SendToDeadLetter;
}

type FailCondition = Exclude<DestinationCondition, 'Success'>;

/**
 * Where a discarded event goes and as which role: the setting of the version that last ran it,
 * or, if it never ran, of the version its qualifier names now (an alias's main version).
 */
export function deadLetterTargetOf(
  registry: FunctionRegistry,
  functionName: string,
  qualifier: string | undefined,
  executedVersion: string | undefined,
): { targetArn: string; roleArn: string; version: string } | undefined {
  if (!registry.has(functionName)) return undefined;
  const { record } = registry.get(functionName);
  const version = executedVersion ?? (qualifier === undefined ? '$LATEST' : (record.aliases.get(qualifier)?.FunctionVersion ?? qualifier));
  const config = version === '$LATEST' ? record.latest.config : record.versions.get(version)?.config;
  const targetArn = config?.DeadLetterConfig?.TargetArn;
  return config && targetArn ? { targetArn, roleArn: config.Role, version } : undefined;
}

/** Whether the event's last try was turned away (a throttle, a system error, a stop) rather than run. */
const refused = (event: QueuedEvent, condition: FailCondition) =>
  condition === 'RecursiveInvocationException' || condition === 'ZeroReservedConcurrency' || event.refusalsInARow > 0 || !event.lastResponse;

/**
 * "The 3-digit HTTP status code" of the last try: 200 for a function error (Invoke answers 200 with
 * X-Amz-Function-Error), 429 for a throttle, 400 for a recursion stop, 500 otherwise.
 */
export function deadLetterErrorCode(event: QueuedEvent, condition: FailCondition): number {
  if (condition === 'RecursiveInvocationException') return 400;
  if (condition === 'ZeroReservedConcurrency') return 429;
  if (!refused(event, condition)) return 200;
  return event.lastError?.startsWith('TooManyRequestsException') ? 429 : 500;
}

/** The error message: the function's `errorMessage`, or the refusal's; never empty (SQS refuses empty attributes). */
export function deadLetterErrorMessage(event: QueuedEvent, condition: FailCondition): string {
  let message: unknown;
  if (!refused(event, condition) && event.lastResponse?.failed) {
    try {
      message = (JSON.parse(event.lastResponse.payload) as { errorMessage?: unknown }).errorMessage;
    } catch {
      message = undefined;
    }
  }
  if (typeof message !== 'string' || message === '') message = event.lastError?.replace(/^[A-Za-z.]+Exception: /, '');
  return typeof message === 'string' && message !== '' ? message : condition;
}

/** Sends the event to the dead-letter target of its function, if one is set, and logs the outcome. */
export function sendToDeadLetter(d: DeadLetterDeps, log: AsyncLog, event: QueuedEvent, condition: FailCondition): void {
  const target = d.registry && deadLetterTargetOf(d.registry, event.functionName, event.qualifier, event.lastResponse?.executedVersion);
  if (!target) return;
  const attributes = deadLetterAttributes(event.requestId, deadLetterErrorCode(event, condition), deadLetterErrorMessage(event, condition));
  const send = d.sendToDeadLetter;
  // As with the on-failure record, a recursion stop starts a new chain, or its message would be stopped too.
  const chain = condition === 'RecursiveInvocationException' ? newChain() : invocationChain(event.chain);
  const sender: DeadLetterSender = { functionName: event.functionName, version: target.version, roleArn: target.roleArn, chain };
  // The event's own payload, unchanged: "Lambda sends the event to the dead-letter queue as-is".
  const sent = send
    ? Promise.resolve().then(() => send(target.targetArn, event.payload, attributes, sender))
    : Promise.reject(new Error('the playground has no SQS or SNS service to send it with'));
  const id = `RequestId: ${event.requestId}`;
  sent.then(
    () => log.write(event.functionName, event.qualifier, `Event of ${id} (${condition}) sent to dead-letter queue ${target.targetArn}`),
    (error: unknown) => {
      // AWS counts these in the DeadLetterErrors metric and deletes the event.
      const reason = error instanceof ServiceError ? `${error.code}: ${error.message}` : error instanceof Error ? error.message : String(error);
      log.write(event.functionName, event.qualifier, `Could not send the event of ${id} to dead-letter queue ${target.targetArn} (DeadLetterErrors): ${reason}`, 'ERROR');
    },
  );
}
