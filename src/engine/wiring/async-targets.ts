// Where asynchronous invocation sends what it could not deliver to a function: destinations that
// are queues or topics, and a function's dead-letter queue (sent as the function's role, through
// the same SDK path a handler's call takes, so IAM decides and SenderId names the role).
import { ServiceError } from '../errors';
import type { createIam } from '../iam/iam-service';
import type { ChainContext } from '../lambda/async/chain';
import { deadLetterAction, deadLetterPermissionMessage, deadLetterService } from '../lambda/dead-letter';
import type { LambdaService } from '../lambda/lambda-service';
import type { SdkCall, SdkDispatcher } from '../sdk/types';
import type { SnsServiceApi } from '../services/sns/service';
import { queueNameOfArn, queueUrl } from '../services/sqs/definitions';
import type { SqsServiceApi } from '../services/sqs/service';

export interface AsyncTargetDeps {
  lambda: () => Pick<LambdaService, 'invokeAsync'>;
  sqs: SqsServiceApi;
  sns: SnsServiceApi;
  sdk: () => SdkDispatcher;
  iam: () => ReturnType<typeof createIam>;
}

export function asyncTargets(d: AsyncTargetDeps) {
  return {
    /** An on-success or on-failure destination: a function (asynchronously), a queue or a topic. */
    deliver: async (arn: string, payload: string, options: { origin: string; parentChain: ChainContext }) => {
      const service = arn.split(':')[2];
      if (service === 'sqs') {
        const name = queueNameOfArn(arn);
        if (name === undefined) throw new ServiceError('QueueDoesNotExist', 'The specified queue does not exist.', 400);
        return d.sqs.sendMessage({ QueueUrl: queueUrl(name), MessageBody: payload });
      }
      if (service === 'sns') return d.sns.publish({ TopicArn: arn, Message: payload });
      return d.lambda().invokeAsync({ FunctionName: arn, Payload: payload }, options);
    },
    /** Whether a queue or topic destination exists (PutFunctionEventInvokeConfig checks it). */
    destinationExists: (arn: string): boolean | undefined => {
      const service = arn.split(':')[2];
      if (service === 'sqs') return d.sqs.findQueueDef(queueNameOfArn(arn) ?? '') !== undefined;
      if (service === 'sns') return d.sns.listTopicDefs().some((t) => arn === `${arn.split(':').slice(0, 5).join(':')}:${t.name}`);
      return undefined;
    },
    /** The discarded event, as it came, to the function's dead-letter queue or topic, as its role. */
    sendToDeadLetter: async (
      targetArn: string,
      payload: string,
      attributes: Record<string, { DataType: 'String' | 'Number'; StringValue: string }>,
      sender: { functionName: string; version: string; roleArn?: string; chain?: unknown },
    ) => {
      const [, , service, region, account, name] = targetArn.split(':');
      const call: SdkCall =
        service === 'sqs'
          ? { service: 'sqs', operation: 'SendMessage', input: { QueueUrl: `https://sqs.${region}.amazonaws.com/${account}/${name}`, MessageBody: payload, MessageAttributes: attributes } }
          : { service: 'sns', operation: 'Publish', input: { TopicArn: targetArn, Message: payload, MessageAttributes: attributes } };
      const result = await d.sdk()(call, {
        functionName: sender.functionName, version: sender.version, requestId: attributes.RequestID?.StringValue ?? '',
        ...(sender.roleArn ? { roleArn: sender.roleArn } : {}), ...(sender.chain ? { chain: sender.chain } : {}),
      });
      if (!result.ok) throw new ServiceError(result.error.name, result.error.message, result.error.statusCode);
    },
    /** Setting a dead-letter queue checks that the role may send to it. */
    checkDeadLetterTarget: ({ functionName, roleArn, targetArn }: { functionName: string; roleArn: string; targetArn: string }) => {
      try {
        d.iam().authorizeCall({ functionName, roleArn }, deadLetterService(targetArn)!, [{ action: deadLetterAction(targetArn), resource: targetArn }]);
        return undefined;
      } catch {
        return deadLetterPermissionMessage(targetArn);
      }
    },
  };
}
