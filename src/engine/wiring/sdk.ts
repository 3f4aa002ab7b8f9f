// Handlers' SDK calls wired to the account: served by the simulated services, each checked
// against the caller's role (or, for Invoke, the target's resource policy too).
import { ServiceError } from '../errors';
import type { createIam } from '../iam/iam-service';
import type { IamService } from '../iam/access-denied';
import type { ChainContext } from '../lambda/async/chain';
import type { FunctionRegistry } from '../lambda/function-registry';
import type { LambdaService } from '../lambda/lambda-service';
import type { SdkCaller, SdkDispatcher } from '../sdk/types';
import type { DynamoDbServiceApi } from '../services/dynamodb/service';
import type { S3ServiceApi } from '../services/s3/service';
import type { SqsServiceApi } from '../services/sqs/service';
import type { SnsServiceApi } from '../services/sns/service';
import type { EventBridgeServiceApi } from '../services/eventbridge/service';
import type { CloudWatchContext } from '../sdk/cloudwatch-operations';
import type { LogsContext } from '../sdk/logs-operations';

export interface SdkWiringDeps {
  registry: FunctionRegistry;
  iam: ReturnType<typeof createIam>;
  lambda: Pick<LambdaService, 'invokeWithRecord'>;
  s3: S3ServiceApi;
  dynamodb: DynamoDbServiceApi;
  sqs: SqsServiceApi;
  sns: SnsServiceApi;
  eventbridge: EventBridgeServiceApi;
  cloudwatch?: CloudWatchContext['cloudwatch'];
  logs?: LogsContext['logs'];
}

/** The IAM service prefix of an action (`s3:GetObject` → s3). */
const serviceOf = (action: string): IamService => {
  const prefix = action.slice(0, action.indexOf(':')).toLowerCase();
  return (['s3', 'dynamodb', 'sqs', 'sns', 'events'] as const).find((s) => s === prefix) ?? 'lambda';
};

/** The dispatcher and its operation tables load with the first SDK call a handler makes, not with the page. */
export function wireSdk(deps: SdkWiringDeps): SdkDispatcher {
  let loaded: Promise<SdkDispatcher> | undefined;
  const load = () => import('../sdk/dispatcher').then(({ createSdkDispatcher }) => dispatcherFor(createSdkDispatcher, deps));
  return (call, caller) => (loaded ??= load()).then((dispatch) => dispatch(call, caller));
}

function dispatcherFor(createSdkDispatcher: typeof import('../sdk/dispatcher').createSdkDispatcher, { registry, iam, lambda, s3, dynamodb, sqs, sns, eventbridge, cloudwatch, logs }: SdkWiringDeps) {
  const callerOf = (c: SdkCaller) => ({ functionName: c.functionName, roleArn: c.roleArn ?? registry.get(c.functionName).record.latest.config.Role });
  return createSdkDispatcher({
    s3,
    dynamodb,
    sqs,
    sns,
    eventbridge,
    ...(cloudwatch ? { cloudwatch } : {}),
    ...(logs ? { logs } : {}),
    invoke: (input, caller) => lambda.invokeWithRecord(input, caller.chain ? { parentChain: caller.chain as ChainContext } : {}),
    authorize(caller, action, resource, context) {
      // Invoking a function in the same account: the caller's role or the function's policy may allow it.
      if (action === 'lambda:InvokeFunction') {
        const [, name = '', qualifier] = /^arn:aws:lambda:[^:]+:\d+:function:([^:]+)(?::(.+))?$/.exec(resource) ?? [];
        const decision = iam.mayInvoke(name, qualifier, callerOf(caller));
        return decision.allowed ? undefined : new ServiceError('AccessDeniedException', decision.message ?? `Not authorized to invoke ${resource}`, 403);
      }
      try {
        iam.authorizeCall(callerOf(caller), serviceOf(action), [{ action, resource, ...(context ? { context } : {}) }]);
        return undefined;
      } catch (error) {
        if (error instanceof ServiceError) return error;
        throw error;
      }
    },
    identity: (c) => ({ principalId: `AWS:${iam.roleOf(callerOf(c)).roleId}:${c.functionName}`, sourceIPAddress: '3.80.16.10' }),
  });
}
