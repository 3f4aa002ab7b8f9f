// The host side of the in-sandbox AWS SDK: answers each call an environment sends, for the
// invocation that made it, against the simulated services, after asking IAM. Never throws: every
// failure becomes the error the SDK would have thrown.
import { ACCOUNT_ID, REGION } from '../ids';
import { ServiceError, resourceNotFound } from '../errors';
import { noSuchBucket } from '../services/s3/errors';
import type { RequestContext } from '../iam/conditions';
import type { AuthorizationRequest } from '../iam/request-actions';
import type { RequestIdentity } from '../services/s3/event-record';
import type { S3ServiceApi } from '../services/s3/service';
import { failure } from './errors';
import { LAMBDA_OPERATIONS, type SdkInvoke } from './lambda-operations';
import { S3_OPERATIONS } from './s3-operations';
import { DYNAMODB_OPERATIONS } from './dynamodb-operations';
import { SQS_OPERATIONS } from './sqs-operations';
import { SNS_OPERATIONS } from './sns-operations';
import { EVENTBRIDGE_OPERATIONS } from './eventbridge-operations';
import { CLOUDWATCH_OPERATIONS, type CloudWatchContext } from './cloudwatch-operations';
import { LOGS_OPERATIONS, type LogsContext } from './logs-operations';
import type { SqsServiceApi } from '../services/sqs/service';
import { queueDoesNotExist } from '../services/sqs/errors';
import type { SnsServiceApi } from '../services/sns/service';
import type { EventBridgeServiceApi } from '../services/eventbridge/service';
import type { DynamoDbServiceApi } from '../services/dynamodb/service';
import type { SdkCall, SdkCaller, SdkDispatcher, SdkResult, SdkService } from './types';

export type { SdkInvoke };

/**
 * IAM's answer for `caller` doing `action` on `resource` (with the request's condition keys, e.g.
 * `s3:prefix`): nothing when allowed, the error AWS gives when not (`AccessDenied` for S3,
 * `AccessDeniedException` for Lambda, both 403).
 */
export type SdkAuthorize = (
  caller: SdkCaller,
  action: string,
  resource: string,
  context?: RequestContext,
) => ServiceError | undefined | Promise<ServiceError | undefined>;

export interface SdkDispatcherDeps {
  /** The S3 service (createS3Service's API). */
  s3: S3ServiceApi;
  /** The DynamoDB service (createDynamoDbService's API); without it, DynamoDB calls are refused. */
  dynamodb?: DynamoDbServiceApi;
  sqs?: SqsServiceApi;
  sns?: SnsServiceApi;
  eventbridge?: EventBridgeServiceApi;
  /** The account's metrics (PutMetricData, GetMetricData, …). */
  cloudwatch?: CloudWatchContext['cloudwatch'];
  /** The account's log groups (FilterLogEvents, GetLogEvents, …). */
  logs?: LogsContext['logs'];
  /** Runs a Lambda invocation for a caller (sync, or `InvocationType: 'Event'` through the async queue). */
  invoke: SdkInvoke;
  /** The IAM check; allows everything when left out. */
  authorize?: SdkAuthorize;
  /** Who S3's event records say made a request (`AWS:<role id>:<function>`); `roleIdentity` when left out. */
  identity?: (caller: SdkCaller) => RequestIdentity;
}

/** Each service's table of operations. */
const OPERATIONS: Record<SdkService, Record<string, (ctx: never) => Promise<object>>> = {
  s3: S3_OPERATIONS,
  lambda: LAMBDA_OPERATIONS,
  dynamodb: DYNAMODB_OPERATIONS,
  sqs: SQS_OPERATIONS,
  sns: SNS_OPERATIONS,
  eventbridge: EVENTBRIDGE_OPERATIONS,
  cloudwatch: CLOUDWATCH_OPERATIONS,
  logs: LOGS_OPERATIONS,
};

const HEAD_OPERATIONS = new Set(['HeadObject', 'HeadBucket']);

/** A short stable hash, for ids that must look the same for the same role every time. */
function fingerprint(text: string, length: number): string {
  let out = '';
  for (let round = 0; out.length < length; round++) {
    let h = 0x811c9dc5 ^ round;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    out += (h >>> 0).toString(36).toUpperCase();
  }
  return out.slice(0, length);
}

/**
 * Who S3 says made a request (event records' `userIdentity`): a Lambda function acts as its
 * role's session, `AWS:<role id>:<function name>`; role ids start with AROA. Without the IAM
 * module's real role id, one is derived from the role ARN, the same every time.
 */
export function roleIdentity(caller: SdkCaller): RequestIdentity {
  const role = caller.roleArn ?? `arn:aws:iam::${ACCOUNT_ID}:role/${caller.functionName}-role`;
  return { principalId: `AWS:AROA${fingerprint(role, 17)}:${caller.functionName}`, sourceIPAddress: '3.80.16.10' };
}

/** The account lives in us-east-1; a client set to another region finds nothing of it there. */
function otherRegion(call: SdkCall, s3: S3ServiceApi): ServiceError | undefined {
  const region = call.region;
  if (region === undefined || region === REGION) return undefined;
  const input = call.input;
  if (call.service === 'lambda') {
    return resourceNotFound(`Function not found: arn:aws:lambda:${region}:${ACCOUNT_ID}:function:${String(input.FunctionName)}`);
  }
  if (call.service === 'dynamodb') {
    // Tables live in us-east-1: elsewhere there are none to find, and none to list.
    return call.operation === 'ListTables' || call.operation === 'CreateTable' ? undefined : new ServiceError('ResourceNotFoundException', 'Requested resource not found', 400);
  }
  if (call.service === 'sqs') {
    // Queues live in us-east-1: elsewhere there are none to find.
    return call.operation === 'ListQueues' || call.operation === 'CreateQueue' ? undefined : queueDoesNotExist();
  }
  if (call.operation === 'ListBuckets' || typeof input.Bucket !== 'string') return undefined;
  if (s3.findBucketDef(input.Bucket)) {
    if (HEAD_OPERATIONS.has(call.operation)) return new ServiceError('301', 'UnknownError', 301);
    return new ServiceError(
      'PermanentRedirect',
      'The bucket you are attempting to access must be addressed using the specified endpoint. Please send all future requests to this endpoint.',
      301,
      { Bucket: input.Bucket, Endpoint: `${input.Bucket}.s3.amazonaws.com` },
    );
  }
  if (call.operation === 'CreateBucket') return new ServiceError('NotImplemented', `This playground simulates one region, ${REGION}: create buckets there.`, 501);
  return noSuchBucket(input.Bucket);
}

/** The caller's X-Ray header, carried in its chain. */
const traceOf = (caller: SdkCaller): { trace?: string } => {
  const trace = (caller.chain as { trace?: unknown } | undefined)?.trace;
  return typeof trace === 'string' ? { trace } : {};
};

/** Creates the dispatcher the environment pool hands every environment's SDK calls to. */
export function createSdkDispatcher(deps: SdkDispatcherDeps): SdkDispatcher {
  const authorize: SdkAuthorize = deps.authorize ?? (() => undefined);
  const identity = deps.identity ?? roleIdentity;
  // The chain rides along, so a function writing into its own trigger bucket is caught as recursion.
  const requestIdentity = (caller: SdkCaller): RequestIdentity => ({ ...identity(caller), ...(caller.chain !== undefined ? { chain: caller.chain } : {}) });
  return async (call: SdkCall, caller: SdkCaller): Promise<SdkResult> => {
    const denied = async (request: AuthorizationRequest) =>
      (await (request.context ? authorize(caller, request.action, request.resource, request.context) : authorize(caller, request.action, request.resource))) ?? undefined;
    try {
      const table: Record<string, (ctx: never) => Promise<object>> = OPERATIONS[call.service];
      if (!Object.hasOwn(table, call.operation)) {
        throw new ServiceError('UnknownOperationException', `The playground does not simulate ${call.service}:${call.operation}.`, 400);
      }
      const misplaced = otherRegion(call, deps.s3);
      if (misplaced) throw misplaced;
      let output: object;
      if (call.service === 's3') output = await S3_OPERATIONS[call.operation]!({ s3: deps.s3, input: call.input, identity: requestIdentity(caller), denied });
      else if (call.service === 'lambda') output = await LAMBDA_OPERATIONS[call.operation]!({ invoke: deps.invoke, caller, input: call.input, denied });
      else if (call.service === 'dynamodb' && deps.dynamodb) output = await DYNAMODB_OPERATIONS[call.operation]!({ dynamodb: deps.dynamodb, input: call.input, denied, ...traceOf(caller) });
      // SenderId: the role session that sent the message, `AROA…:function-name` (as S3's userIdentity names it).
      else if (call.service === 'sqs' && deps.sqs) output = await SQS_OPERATIONS[call.operation]!({ sqs: deps.sqs, input: call.input, denied, senderId: identity(caller).principalId.replace(/^AWS:/, ''), ...(caller.chain !== undefined ? { chain: caller.chain } : {}) });
      else if (call.service === 'sns' && deps.sns) output = await SNS_OPERATIONS[call.operation]!({ sns: deps.sns, input: call.input, denied, ...(caller.chain !== undefined ? { chain: caller.chain } : {}) });
      else if (call.service === 'eventbridge' && deps.eventbridge) output = await EVENTBRIDGE_OPERATIONS[call.operation]!({ events: deps.eventbridge, input: call.input, denied, ...traceOf(caller) });
      else if (call.service === 'cloudwatch' && deps.cloudwatch) output = await CLOUDWATCH_OPERATIONS[call.operation]!({ cloudwatch: deps.cloudwatch, input: call.input, denied });
      else if (call.service === 'logs' && deps.logs) output = await LOGS_OPERATIONS[call.operation]!({ logs: deps.logs, input: call.input, denied });
      else throw new ServiceError('UnknownOperationException', `${call.service} is not part of this account.`, 400);
      return { ok: true, output: output as Record<string, unknown> };
    } catch (error) {
      return failure(error, call.service);
    }
  };
}
