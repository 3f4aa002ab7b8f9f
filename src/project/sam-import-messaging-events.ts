// A function's `SQS` and `SNS` events in a SAM import: an SQS event becomes an event source mapping
// on the queue (checked as CreateEventSourceMapping checks it), an SNS event a lambda subscription
// with the permission SAM adds — or, with SqsSubscription, a queue between topic and function.
import { functionArn } from '../engine/ids';
import { QUEUE_DEFAULTS } from '../engine/lambda/event-source-mappings/limits';
import type { EventSourceMappingExport } from '../engine/lambda/event-source-mappings/types';
import { checkCreate, validateModel } from '../engine/lambda/event-source-mappings/validation';
import { isFifo, topicArn } from '../engine/services/sns/definitions';
import { queueArn } from '../engine/services/sqs/definitions';
import { checkQueueName, newQueueDef } from '../engine/services/sqs/queue-attributes';
import type { ImportContext, Raw } from './sam-import-context';
import { subscribeTo, subscriptionAttributes } from './sam-import-messaging';
import { flagOf, grantInvoke, messageOf, queueNamed, recordOf, topicNamed } from './sam-import-messaging-refs';

const SQS_EVENT_PROPERTIES = ['Queue', 'BatchSize', 'MaximumBatchingWindowInSeconds', 'FunctionResponseTypes', 'Enabled', 'ScalingConfig', 'FilterCriteria'];
const SNS_EVENT_PROPERTIES = ['Topic', 'FilterPolicy', 'FilterPolicyScope', 'RedrivePolicy', 'SqsSubscription', 'Region'];
const SQS_SUBSCRIPTION_PROPERTIES = ['QueueArn', 'QueueUrl', 'BatchSize', 'Enabled', 'QueuePolicyLogicalId'];

/** Where an event comes from: its function and the logical id SAM gives what it generates for it. */
export interface EventSource {
  functionName: string;
  /** `<function logical id><event name>`: SAM's prefix for the resources an event expands to. */
  eventId: string;
  path: string;
}

/** A mapping on a queue, in the shape the engine saves it, checked as Lambda checks a new one. */
function addQueueMapping(ctx: ImportContext, source: EventSource, queue: string, settings: Partial<EventSourceMappingExport>, path: string): void {
  const mapping: EventSourceMappingExport = {
    UUID: crypto.randomUUID(),
    FunctionName: source.functionName,
    EventSourceArn: queueArn(queue),
    Enabled: settings.Enabled ?? true,
    BatchSize: settings.BatchSize ?? QUEUE_DEFAULTS.batchSize,
    MaximumBatchingWindowInSeconds: settings.MaximumBatchingWindowInSeconds ?? QUEUE_DEFAULTS.maximumBatchingWindowInSeconds,
    FunctionResponseTypes: settings.FunctionResponseTypes ?? [],
    ...(settings.ScalingConfig ? { ScalingConfig: settings.ScalingConfig } : {}),
  };
  try {
    validateModel(mapping, true);
    checkCreate(mapping);
  } catch (error) {
    ctx.fail(path, `Lambda refuses this event source mapping: ${messageOf(error)}`);
  }
  if (ctx.eventSourceMappings.some((m) => m.FunctionName === mapping.FunctionName && m.EventSourceArn === mapping.EventSourceArn)) {
    ctx.fail(path, `another event of ${source.functionName} already reads queue ${queue}, and Lambda allows one mapping per queue and function`);
  }
  ctx.eventSourceMappings.push(mapping);
}

/** A whole number, or nothing; other values stop the import, as CloudFormation would. */
function integer(ctx: ImportContext, value: unknown, path: string): number | undefined {
  if (value === undefined) return undefined;
  const n = ctx.number(value, path);
  return n !== undefined && Number.isInteger(n) ? n : ctx.fail(path, `${JSON.stringify(value)} is not a whole number`);
}

/** `Type: SQS`: Queue, BatchSize, MaximumBatchingWindowInSeconds, FunctionResponseTypes, Enabled, ScalingConfig. */
export function importSqsEvent(ctx: ImportContext, source: EventSource, props: Raw): void {
  const { path } = source;
  ctx.unsupported(props, SQS_EVENT_PROPERTIES, path);
  if (props.Queue === undefined) ctx.fail(`${path}.Queue`, 'an SQS event needs the Queue it reads (!GetAtt <Queue>.Arn)');
  const queue = queueNamed(ctx, props.Queue, `${path}.Queue`);
  const types = props.FunctionResponseTypes === undefined ? undefined : Array.isArray(props.FunctionResponseTypes) ? props.FunctionResponseTypes.map(String) : ctx.fail(`${path}.FunctionResponseTypes`, 'must be a list');
  const scaling = recordOf(ctx, props.ScalingConfig, `${path}.ScalingConfig`);
  if (scaling) ctx.unsupported(scaling, ['MaximumConcurrency'], `${path}.ScalingConfig`);
  const concurrency = integer(ctx, scaling?.MaximumConcurrency, `${path}.ScalingConfig.MaximumConcurrency`);
  if (props.FilterCriteria !== undefined) {
    ctx.note(`${path}.FilterCriteria`, 'filterCriteria', {});
  }
  const batchSize = integer(ctx, props.BatchSize, `${path}.BatchSize`);
  const window = integer(ctx, props.MaximumBatchingWindowInSeconds, `${path}.MaximumBatchingWindowInSeconds`);
  const enabled = flagOf(ctx, props.Enabled, `${path}.Enabled`);
  addQueueMapping(ctx, source, queue, {
    ...(batchSize !== undefined ? { BatchSize: batchSize } : {}),
    ...(window !== undefined ? { MaximumBatchingWindowInSeconds: window } : {}),
    ...(enabled !== undefined ? { Enabled: enabled } : {}),
    ...(types ? { FunctionResponseTypes: types } : {}),
    ...(concurrency !== undefined ? { ScalingConfig: { MaximumConcurrency: concurrency } } : {}),
  }, path);
}

/**
 * `SqsSubscription`: SAM puts a queue between the topic and the function — its own
 * (`<function id><event name>Queue`, FIFO for a FIFO topic) when the value is `true`, or the one
 * the object's QueueArn names — and reads it with an SQS mapping.
 */
function queueBetween(ctx: ImportContext, source: EventSource, topic: string, value: unknown): { queue: string; batchSize?: number; enabled?: boolean } {
  const path = `${source.path}.SqsSubscription`;
  if (value === true || value === 'true') {
    const fifo = isFifo(ctx.topics.find(topic)!.def);
    const queue = `${source.eventId}Queue`.slice(0, fifo ? 75 : 80) + (fifo ? '.fifo' : '');
    try {
      checkQueueName(queue, fifo);
    } catch (error) {
      ctx.fail(path, messageOf(error));
    }
    if (!ctx.queues.has(queue)) ctx.queues.set(queue, newQueueDef(queue, fifo, ctx.now));
    ctx.note(path, 'snsQueue', { queue });
    return { queue };
  }
  const options = recordOf(ctx, value, path) ?? {};
  ctx.unsupported(options, SQS_SUBSCRIPTION_PROPERTIES, path);
  if (options.QueueArn === undefined || options.QueueUrl === undefined) ctx.fail(path, 'No QueueARN or QueueURL provided.');
  const queue = queueNamed(ctx, options.QueueArn, `${path}.QueueArn`);
  const batchSize = integer(ctx, options.BatchSize, `${path}.BatchSize`);
  const enabled = flagOf(ctx, options.Enabled, `${path}.Enabled`);
  return { queue, ...(batchSize !== undefined ? { batchSize } : {}), ...(enabled !== undefined ? { enabled } : {}) };
}

/** `Type: SNS`: a subscription of the function (with SAM's permission for the topic), or of a queue in between. */
export function importSnsEvent(ctx: ImportContext, source: EventSource, props: Raw): void {
  const { path } = source;
  ctx.unsupported(props, SNS_EVENT_PROPERTIES.filter((p) => p !== 'Region'), path);
  if (props.Region !== undefined) ctx.note(`${path}.Region`, 'oneRegion', {});
  if (props.Topic === undefined) ctx.fail(`${path}.Topic`, 'an SNS event needs the Topic it subscribes to');
  const topic = topicNamed(ctx, props.Topic, `${path}.Topic`);
  const attributes = subscriptionAttributes(ctx, props, path, ['FilterPolicy', 'FilterPolicyScope', 'RedrivePolicy']);
  const between = props.SqsSubscription === undefined || props.SqsSubscription === false || props.SqsSubscription === 'false' ? undefined : queueBetween(ctx, source, topic, props.SqsSubscription);
  if (!between) {
    subscribeTo(ctx, topic, 'lambda', functionArn(source.functionName), attributes, path, `${path}.Topic`);
    grantInvoke(ctx, source.functionName, `${source.eventId}Permission`, 'sns.amazonaws.com', topicArn(topic));
    return;
  }
  subscribeTo(ctx, topic, 'sqs', queueArn(between.queue), attributes, path, `${path}.SqsSubscription`);
  // SAM's mapping for it: BatchSize 10 unless given, always enabled unless given.
  addQueueMapping(ctx, source, between.queue, { ...(between.batchSize !== undefined ? { BatchSize: between.batchSize } : {}), ...(between.enabled !== undefined ? { Enabled: between.enabled } : {}) }, `${path}.SqsSubscription`);
}
