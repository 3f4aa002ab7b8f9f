// EventBridge, SQS and SNS wired into the account, on the playground clock: rules and topics invoke
// functions asynchronously as the function's resource policy allows (principals
// events.amazonaws.com and sns.amazonaws.com), topics deliver to queues, and the publisher's
// chain rides along so a loop through a topic is stopped as recursion.
import type { EngineEvent } from '../engine-events';
import { ACCOUNT_ID } from '../ids';
import type { createIam } from '../iam/iam-service';
import { newChain, type ChainContext } from '../lambda/async/chain';
import type { LambdaService } from '../lambda/lambda-service';
import type { Clock } from '../ports';
import { lazyEventBridgeService } from '../services/eventbridge/lazy-service';
import { lazySnsService } from '../services/sns/lazy-service';
import { queueNameOfArn, queueUrl } from '../services/sqs/definitions';
import { lazySqsService } from '../services/sqs/lazy-service';
import type { SqsMessageStore } from '../services/sqs/message-store';
import type { TraceCarrier } from '../tracing/tracer';

export interface MessagingDeps {
  /** The playground clock: schedules, visibility timeouts and delays run on it. */
  clock: Clock;
  iam: ReturnType<typeof createIam>;
  lambda: Pick<LambdaService, 'invokeAsync'>;
  emit: (event: EngineEvent) => void;
  /** Where SQS keeps messages; in memory when left out. */
  store?: SqsMessageStore;
}

export function wireMessaging({ clock, iam, lambda, emit, store }: MessagingDeps) {
  /** A push source invoking a function: allowed by the function's resource policy, or reported. */
  const invokeAs = (principal: string, sourceArn: string, target: { functionName: string; qualifier?: string }, payload: unknown, origin: string, chain?: unknown) => {
    const failed = (message: string) => emit({ type: 'trigger-failed', source: sourceArn, functionName: target.functionName, message, time: clock.now() });
    const decision = iam.mayInvoke(target.functionName, target.qualifier, { service: principal, sourceArn, sourceAccount: ACCOUNT_ID });
    if (!decision.allowed) return failed(decision.message ?? `${principal} may not invoke ${target.functionName}.`);
    lambda
      .invokeAsync(
        { FunctionName: target.functionName, ...(target.qualifier ? { Qualifier: target.qualifier } : {}), Payload: JSON.stringify(payload) },
        { origin, ...(chain ? { parentChain: chain as ChainContext } : {}) },
      )
      .catch((error: unknown) => failed((error as Error).message));
  };

  const sqs = lazySqsService({
    clock,
    ...(store ? { store } : {}),
    changed: () => emit({ type: 'queues-changed' }),
    messagesChanged: (queue) => emit({ type: 'messages-changed', queue }),
  });

  const sns = lazySnsService({
    clock,
    changed: () => emit({ type: 'topics-changed' }),
    invokeLambda: (target, event, subscriptionArn, chain) => {
      const topic = subscriptionArn.slice(0, subscriptionArn.lastIndexOf(':'));
      invokeAs('sns.amazonaws.com', topic, target, event, `sns:Publish to ${topic.split(':').pop()}`, chain);
    },
    sendToQueue: async (arn, body, messageAttributes, options) => {
      const name = queueNameOfArn(arn);
      if (name === undefined) throw new Error(`${arn} is not a queue of this account.`);
      // The publisher's trace continues in the queue (SNS passes the X-Ray header on as AWSTraceHeader), and its
      // chain rides along so a loop through a topic and a queue is stopped as recursion.
      const trace = (options?.chain as TraceCarrier | undefined)?.trace;
      await sqs.sendMessage(
        {
          QueueUrl: queueUrl(name), MessageBody: body,
          ...(messageAttributes && Object.keys(messageAttributes).length ? { MessageAttributes: messageAttributes } : {}),
          ...(options?.messageGroupId ? { MessageGroupId: options.messageGroupId } : {}),
          ...(options?.messageDeduplicationId ? { MessageDeduplicationId: options.messageDeduplicationId } : {}),
          ...(trace ? { MessageSystemAttributes: { AWSTraceHeader: { StringValue: trace, DataType: 'String' } } } : {}),
        },
        options?.chain !== undefined ? { chain: options.chain } : undefined,
      );
    },
    published: (topic, messageId, delivered, filtered) => emit({ type: 'sns-published', topic, messageId, delivered, filtered }),
    deliveryFailed: (subscriptionArn, message) => emit({ type: 'trigger-failed', source: subscriptionArn, functionName: '', message, time: clock.now() }),
  });

  const events = lazyEventBridgeService({
    clock,
    // The trace continues through the bus, but on a chain of its own: Lambda's loop detection does not cover EventBridge.
    deliver: (target, event, trace) =>
      invokeAs('events.amazonaws.com', target.ruleArn, target, event, `EventBridge rule ${target.ruleArn.split('/').pop()}`, trace ? { ...newChain(), trace } : undefined),
    changed: () => emit({ type: 'rules-changed' }),
    fired: (rule, time) => emit({ type: 'rule-fired', rule, time }),
  });

  return { sqs, sns, events };
}
