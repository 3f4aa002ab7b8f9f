// For the topic state's unit tests: a real engine whose SNS is wired as the engine wires it (lambda
// subscriptions invoke asynchronously when the function's policy allows SNS for the topic), except
// that deliveries to queues are recorded here, so the tests need no SQS.
import type { Engine, EngineEvent } from '../../engine/engine';
import type { ChainContext } from '../../engine/lambda/async/chain';
import { createSnsService } from '../../engine/services/sns/service';
import { systemClock } from '../../../workers/testing/in-process-ports';
import { testEngine } from '../shared/state-test-engine';

export interface QueuedMessage {
  queueArn: string;
  body: string;
  messageAttributes?: Record<string, unknown>;
}

export async function snsTestEngine(): Promise<{ engine: Engine; queued: QueuedMessage[] }> {
  const engine = await testEngine();
  const queued: QueuedMessage[] = [];
  const emit = (event: Record<string, unknown>) => engine.events.emit(event as unknown as EngineEvent);
  const sns = createSnsService({
    clock: systemClock,
    changed: () => emit({ type: 'topics-changed' }),
    published: (topic, messageId, delivered, filtered) => emit({ type: 'sns-published', topic, messageId, delivered, filtered }),
    invokeLambda: (target, event, subscriptionArn, chain) => {
      const topicArn = subscriptionArn.slice(0, subscriptionArn.lastIndexOf(':'));
      const topicName = topicArn.slice(topicArn.lastIndexOf(':') + 1);
      const failed = (message: string) => emit({ type: 'trigger-failed', source: `sns:${topicName}`, functionName: target.functionName, message, time: Date.now() });
      const decision = engine.iam.mayInvoke(target.functionName, target.qualifier, { service: 'sns.amazonaws.com', sourceArn: topicArn, sourceAccount: '123456789012' });
      if (!decision.allowed) return failed(decision.message ?? `SNS may not invoke ${target.functionName}.`);
      engine.lambda
        .invokeAsync(
          { FunctionName: target.functionName, ...(target.qualifier ? { Qualifier: target.qualifier } : {}), Payload: JSON.stringify(event) },
          { origin: `sns:Notification on topic ${topicName}`, ...(chain ? { parentChain: chain as ChainContext } : {}) },
        )
        .catch((error: unknown) => failed((error as Error).message));
    },
    sendToQueue: async (queueArn, body, messageAttributes) => void queued.push({ queueArn, body, ...(messageAttributes ? { messageAttributes } : {}) }),
  });
  Object.assign(engine, { sns });
  return { engine, queued };
}
