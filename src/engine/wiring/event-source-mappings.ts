// Event source mappings wired into the account: DynamoDB streams and SQS queues as sources, the function's
// synchronous invoke path, S3 buckets as on-failure destinations, and the check Lambda makes when
// a mapping is created: the function's role must be able to read the stream or the queue.
import type { EngineEvent } from '../engine-events';
import { invalidParameter, resourceNotFound, ServiceError } from '../errors';
import { functionArn } from '../ids';
import type { createIam } from '../iam/iam-service';
import type { FunctionRegistry } from '../lambda/function-registry';
import type { LambdaService } from '../lambda/lambda-service';
import { createEventSourceMappings } from '../lambda/event-source-mappings/event-source-mappings';
import type { CreateEventSourceMappingInput } from '../lambda/event-source-mappings/types';
import { parseFunctionName } from '../lambda/validation';
import { isChainContext } from '../lambda/async/chain';
import type { Clock } from '../ports';
import type { DynamoDbServiceApi } from '../services/dynamodb/service';
import type { S3ServiceApi } from '../services/s3/service';
import type { SqsServiceApi } from '../services/sqs/service';

export interface MappingWiringDeps {
  clock: Clock;
  registry: FunctionRegistry;
  iam: ReturnType<typeof createIam>;
  lambda: Pick<LambdaService, 'invokeWithRecord'>;
  dynamodb: DynamoDbServiceApi;
  s3: S3ServiceApi;
  sqs: SqsServiceApi;
  emit: (event: EngineEvent) => void;
}

/** What a poller needs on a stream (AWSLambdaDynamoDBExecutionRole grants these). */
export const STREAM_READ_ACTIONS = ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:ListStreams'];

/** What a queue poller needs (AWSLambdaSQSQueueExecutionRole grants these). */
export const QUEUE_READ_ACTIONS = ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'];

const pad = (n: number) => String(n).padStart(2, '0');

/** Where an S3 on-failure destination keeps a record: `aws/lambda/<uuid>/<shard>/YYYY/MM/DD/YYYY-MM-DDTHH.MM.SS-<id>`. */
function failureKey(uuid: string, shardId: string, time: number): string {
  const d = new Date(time);
  const [y, m, day] = [d.getUTCFullYear(), pad(d.getUTCMonth() + 1), pad(d.getUTCDate())];
  return `aws/lambda/${uuid}/${shardId}/${y}/${m}/${day}/${y}-${m}-${day}T${pad(d.getUTCHours())}.${pad(d.getUTCMinutes())}.${pad(d.getUTCSeconds())}-${crypto.randomUUID()}`;
}

export function wireEventSourceMappings({ clock, registry, iam, lambda, dynamodb, s3, sqs, emit }: MappingWiringDeps) {
  const mappings = createEventSourceMappings({
    clock,
    emit,
    resolveSource: (arn) => dynamodb.findStream(arn),
    resolveQueue: (arn) => sqs.queueSource(arn),
    resolveFunction: (nameOrArn) => {
      const { name, qualifier } = parseFunctionName(nameOrArn);
      if (!registry.has(name)) throw resourceNotFound(`Function not found: ${functionArn(name, qualifier)}`);
      if (qualifier && qualifier !== '$LATEST') registry.resolve(name, registry.get(name).record, qualifier, () => 0);
      return { functionArn: functionArn(name), functionName: name, ...(qualifier ? { qualifier } : {}) };
    },
    invoke: async ({ functionName, qualifier }, payload, trace, chain) => {
      try {
        const options = {
          ...(trace ? { origin: trace.origin, queuedSince: trace.since, ...(trace.trace !== undefined ? { trace: trace.trace } : {}) } : {}),
          // Messages a function sent continue its chain: past 16 invocations Lambda refuses (RecursiveInvocationException).
          ...(isChainContext(chain) ? { parentChain: chain } : {}),
        };
        const { output, requestId } = await lambda.invokeWithRecord({ FunctionName: functionName, ...(qualifier ? { Qualifier: qualifier } : {}), Payload: payload }, options);
        const common = { statusCode: output.StatusCode, ...(output.ExecutedVersion ? { executedVersion: output.ExecutedVersion } : {}), requestId };
        return output.FunctionError ? { ok: false, functionError: output.FunctionError, payload: output.Payload ?? '', ...common } : { ok: true, payload: output.Payload ?? '', ...common };
      } catch (error) {
        if (error instanceof ServiceError && error.code === 'TooManyRequestsException') return { ok: false, throttled: true, statusCode: 429 };
        throw error;
      }
    },
    checkDestination: (arn) =>
      arn.startsWith('arn:aws:s3:::') ? undefined : 'The playground simulates S3 bucket on-failure destinations for stream mappings; SQS and SNS arrive with those services.',
    deliverFailure: async (arn, record, context) => {
      const bucket = arn.slice('arn:aws:s3:::'.length);
      await s3.putObject({ Bucket: bucket, Key: failureKey(context.uuid, context.shardId, clock.now()), Body: JSON.stringify({ ...record, payload: context.payload }), ContentType: 'application/json' });
    },
  });

  /** Lambda refuses a mapping whose function's role cannot read the queue (it polls as that role). */
  function checkQueueAccess(input: CreateEventSourceMappingInput): void {
    const arn = input.EventSourceArn;
    if (!arn || !sqs.queueSource(arn) || typeof input.FunctionName !== 'string') return;
    const { name } = parseFunctionName(input.FunctionName);
    if (!registry.has(name)) return;
    const caller = { functionName: name, roleArn: registry.get(name).record.latest.config.Role };
    // Lambda names the first action missing (ReceiveMessage, then DeleteMessage, as users have reported).
    for (const action of QUEUE_READ_ACTIONS) {
      try {
        iam.authorizeCall(caller, 'sqs', [{ action, resource: arn }]);
      } catch (error) {
        if (!(error instanceof ServiceError)) throw error;
        throw invalidParameter(`The function execution role does not have permissions to call ${action.slice('sqs:'.length)} on SQS`);
      }
    }
  }

  /** Lambda refuses a mapping whose function's role cannot read the stream (it polls as that role). */
  function checkStreamAccess(input: CreateEventSourceMappingInput): void {
    const arn = input.EventSourceArn;
    if (!arn || !dynamodb.findStream(arn) || typeof input.FunctionName !== 'string') return;
    const { name } = parseFunctionName(input.FunctionName);
    if (!registry.has(name)) return;
    try {
      iam.authorizeCall({ functionName: name, roleArn: registry.get(name).record.latest.config.Role }, 'dynamodb', STREAM_READ_ACTIONS.map((action) => ({ action, resource: arn })));
    } catch (error) {
      if (!(error instanceof ServiceError)) throw error;
      throw invalidParameter(`Cannot access stream ${arn}. Please ensure the role can perform the GetRecords, GetShardIterator, DescribeStream, and ListStreams Actions on your stream in IAM.`);
    }
  }

  return {
    ...mappings,
    createEventSourceMapping: async (input: CreateEventSourceMappingInput) => {
      checkStreamAccess(input);
      checkQueueAccess(input);
      return mappings.createEventSourceMapping(input);
    },
  };
}
