// SQS and SNS in the SAM export: an AWS::SQS::Queue per queue (its redrive policy naming the
// dead-letter queue with !GetAtt), an AWS::SNS::Topic per topic, a function's subscription as its
// `SNS` event, a queue's as an AWS::SNS::Subscription with the AWS::SQS::QueuePolicy that lets the
// topic send to it, and the mappings that read queues as `SQS` events of their functions.
import { QUEUE_DEFAULTS as MAPPING_DEFAULTS } from '../engine/lambda/event-source-mappings/limits';
import { parseLambdaEndpoint, type SubscriptionDef, type TopicDef } from '../engine/services/sns/definitions';
import { QUEUE_DEFAULTS, queueNameOfArn, type QueueDef } from '../engine/services/sqs/definitions';
import type { ExportContext } from './sam-export-context';
import { exportFunctionSettings } from './sam-export-messaging-functions';
import { exportRules } from './sam-export-messaging-rules';
import { GetAtt, jsonValue, pascalCase, Ref } from './sam-shared';

type Raw = Record<string, unknown>;

const isRecord = (value: unknown): value is Raw => !!value && typeof value === 'object' && !Array.isArray(value);

const NUMERIC: [keyof typeof QUEUE_DEFAULTS, string][] = [
  ['visibilityTimeout', 'VisibilityTimeout'], ['delaySeconds', 'DelaySeconds'], ['messageRetentionPeriod', 'MessageRetentionPeriod'],
  ['maximumMessageSize', 'MaximumMessageSize'], ['receiveMessageWaitTimeSeconds', 'ReceiveMessageWaitTimeSeconds'],
];
/** Attributes the playground keeps without simulating them, as AWS::SQS::Queue properties. */
const ECHOED: Record<string, (value: string) => unknown> = {
  KmsMasterKeyId: String, KmsDataKeyReusePeriodSeconds: Number, SqsManagedSseEnabled: (v) => v === 'true',
  RedriveAllowPolicy: jsonValue, DeduplicationScope: String, FifoThroughputLimit: String,
};

function queueProperties(ctx: ExportContext, def: QueueDef, where: string): Raw {
  const props: Raw = { QueueName: def.name };
  if (def.fifo) props.FifoQueue = true;
  if (def.fifo && def.contentBasedDeduplication) props.ContentBasedDeduplication = true;
  for (const [field, property] of NUMERIC) {
    if (typeof def[field] === 'number' && def[field] !== QUEUE_DEFAULTS[field]) props[property] = def[field];
  }
  if (def.redrivePolicy) {
    const { deadLetterTargetArn: arn, maxReceiveCount } = def.redrivePolicy;
    const dlq = ctx.reference(arn);
    if (!dlq) ctx.note(`${where}.redrivePolicy`, `its dead-letter queue ${arn} is not in the project: point deadLetterTargetArn at a queue of yours`);
    props.RedrivePolicy = { deadLetterTargetArn: dlq ?? arn, maxReceiveCount };
  }
  for (const [name, value] of Object.entries(def.extraAttributes ?? {})) {
    if (ECHOED[name]) props[name] = ECHOED[name]!(value);
    else ctx.note(`${where}.${name}`, name === 'Policy' ? 'not exported: write the queue policy as an AWS::SQS::QueuePolicy' : 'not exported');
  }
  return props;
}

/** Topic attributes as AWS::SNS::Topic properties (FifoTopic and ContentBasedDeduplication are Booleans there). */
function topicProperties(ctx: ExportContext, topic: TopicDef, where: string): Raw {
  const props: Raw = { TopicName: topic.name };
  for (const [name, value] of Object.entries(topic.attributes ?? {})) {
    if (name === 'FifoTopic' || name === 'ContentBasedDeduplication') props[name] = value === 'true';
    else if (name === 'DeliveryPolicy' || name === 'ArchivePolicy') props[name] = jsonValue(value);
    else if (['DisplayName', 'KmsMasterKeyId', 'SignatureVersion', 'TracingConfig', 'FifoThroughputScope'].includes(name)) {
      if (value !== '') props[name] = value;
    } else ctx.note(`${where}.attributes.${name}`, name === 'Policy' ? 'not exported: write the topic policy as an AWS::SNS::TopicPolicy' : 'not exported');
  }
  return props;
}

/** The subscription's attributes as properties: JSON ones as objects, RawMessageDelivery as a Boolean. */
function subscriptionProperties(sub: SubscriptionDef, names: string[]): { props: Raw; rest: string[] } {
  const props: Raw = {};
  const rest: string[] = [];
  for (const [name, value] of Object.entries(sub.attributes ?? {})) {
    if (!names.includes(name)) {
      if (!(name === 'RawMessageDelivery' && value === 'false')) rest.push(name);
    } else if (name === 'RawMessageDelivery') {
      if (value === 'true') props[name] = true;
    } else props[name] = ['FilterPolicy', 'RedrivePolicy', 'DeliveryPolicy', 'ReplayPolicy'].includes(name) ? jsonValue(value) : value;
  }
  return { props, rest };
}

/** SNS's own words for a queue that a topic sends to: `sqs:SendMessage`, from this topic only. */
function sendFromTopic(queueId: string, topicId: string): Raw {
  return {
    Effect: 'Allow',
    Principal: { Service: 'sns.amazonaws.com' },
    Action: 'sqs:SendMessage',
    Resource: new GetAtt(queueId, 'Arn'),
    Condition: { ArnEquals: { 'aws:SourceArn': new Ref(topicId) } },
  };
}

function exportSubscriptions(ctx: ExportContext, topic: TopicDef, topicId: string, where: string, policies: Map<string, Raw[]>): void {
  for (const [j, sub] of (topic.subscriptions ?? []).entries()) {
    const at = `${where}.subscriptions[${j}] (${sub.protocol} ${sub.endpoint})`;
    if (sub.protocol === 'lambda') {
      const target = parseLambdaEndpoint(sub.endpoint);
      if (!target || !ctx.target(target, at)) continue;
      const { props, rest } = subscriptionProperties(sub, ['FilterPolicy', 'FilterPolicyScope', 'RedrivePolicy']);
      for (const name of rest) ctx.note(`${at}.${name}`, "not exported: SAM's SNS event has no such property");
      ctx.addEvent(target.functionName, pascalCase(topic.name), { Type: 'SNS', Properties: { Topic: new Ref(topicId), ...props } });
      continue;
    }
    const queue = queueNameOfArn(sub.endpoint);
    const queueId = queue === undefined ? undefined : ctx.queueIds.get(queue);
    if (!queueId) {
      ctx.note(at, `not exported: queue ${sub.endpoint} is not in the project`);
      continue;
    }
    const { props, rest } = subscriptionProperties(sub, ['FilterPolicy', 'FilterPolicyScope', 'RawMessageDelivery', 'RedrivePolicy', 'DeliveryPolicy', 'ReplayPolicy', 'SubscriptionRoleArn']);
    for (const name of rest) ctx.note(`${at}.${name}`, 'not exported');
    const id = ctx.ids.take(`${topic.name} to ${queue}`, 'Subscription');
    ctx.resources[id] = { Type: 'AWS::SNS::Subscription', Properties: { TopicArn: new Ref(topicId), Protocol: 'sqs', Endpoint: new GetAtt(queueId, 'Arn'), ...props } };
    policies.set(queueId, [...(policies.get(queueId) ?? []), sendFromTopic(queueId, topicId)]);
  }
}

/** One `SQS` event per mapping that reads a queue of the project, Lambda's defaults left out. */
function exportQueueMappings(ctx: ExportContext): void {
  for (const [i, raw] of (ctx.doc.eventSourceMappings ?? []).entries()) {
    const m = isRecord(raw) ? raw : {};
    const queue = queueNameOfArn(m.EventSourceArn);
    if (queue === undefined) continue;
    const where = `eventSourceMappings[${i}] (${String(m.FunctionName)})`;
    const fn = typeof m.FunctionName === 'string' ? /^(?:arn:[^:]+:lambda:[^:]*:\d{12}:function:)?([A-Za-z0-9_-]+)(?::(\$LATEST|[A-Za-z0-9_-]+))?$/.exec(m.FunctionName) : null;
    const queueId = ctx.queueIds.get(queue);
    if (!fn) { ctx.note(where, 'not exported: it needs a FunctionName'); continue; }
    if (!queueId) { ctx.note(where, `not exported: queue ${queue} is not in the project`); continue; }
    if (!ctx.target({ functionName: fn[1]!, ...(fn[2] ? { qualifier: fn[2] } : {}) }, where)) continue;
    const props: Raw = { Queue: new GetAtt(queueId, 'Arn') };
    if (typeof m.BatchSize === 'number' && m.BatchSize !== MAPPING_DEFAULTS.batchSize) props.BatchSize = m.BatchSize;
    const window = m.MaximumBatchingWindowInSeconds;
    if (typeof window === 'number' && window !== MAPPING_DEFAULTS.maximumBatchingWindowInSeconds) props.MaximumBatchingWindowInSeconds = window;
    if (Array.isArray(m.FunctionResponseTypes) && m.FunctionResponseTypes.length > 0) props.FunctionResponseTypes = [...m.FunctionResponseTypes];
    if (m.Enabled === false) props.Enabled = false;
    const concurrency = isRecord(m.ScalingConfig) ? m.ScalingConfig.MaximumConcurrency : undefined;
    if (typeof concurrency === 'number') props.ScalingConfig = { MaximumConcurrency: concurrency };
    ctx.addEvent(fn[1]!, pascalCase(queue), { Type: 'SQS', Properties: props });
  }
}

export function exportMessaging(ctx: ExportContext): void {
  const queues = (ctx.doc.queues ?? []).filter(isRecord) as unknown as QueueDef[];
  const topics = (ctx.doc.topics ?? []).filter(isRecord) as unknown as TopicDef[];
  // Every id first: a redrive policy or a subscription may name a queue that comes later.
  for (const queue of queues) ctx.queueIds.set(queue.name, ctx.ids.take(queue.name, 'Queue'));
  for (const topic of topics) ctx.topicIds.set(topic.name, ctx.ids.take(topic.name, 'Topic'));
  for (const [i, queue] of queues.entries()) {
    ctx.resources[ctx.queueIds.get(queue.name)!] = { Type: 'AWS::SQS::Queue', Properties: queueProperties(ctx, queue, `queues[${i}] (${queue.name})`) };
  }
  const policies = new Map<string, Raw[]>();
  for (const [i, topic] of topics.entries()) {
    const id = ctx.topicIds.get(topic.name)!;
    const where = `topics[${i}] (${topic.name})`;
    ctx.resources[id] = { Type: 'AWS::SNS::Topic', Properties: topicProperties(ctx, topic, where) };
    exportSubscriptions(ctx, topic, id, where, policies);
  }
  // One policy per queue: a second AWS::SQS::QueuePolicy on the same queue would replace the first.
  for (const [queueId, statements] of policies) {
    ctx.resources[ctx.ids.take(`${queueId} policy`, '')] = { Type: 'AWS::SQS::QueuePolicy', Properties: { Queues: [new Ref(queueId)], PolicyDocument: { Version: '2012-10-17', Statement: statements } } };
  }
  exportQueueMappings(ctx);
  exportRules(ctx);
  exportFunctionSettings(ctx);
  if ((queues.length || topics.length) && ctx.functionIds.size > 0) {
    const [queue] = ctx.queueIds.values();
    const [topic] = ctx.topicIds.values();
    const example = queue ? `SQSSendMessagePolicy: { QueueName: !GetAtt ${queue}.QueueName }` : `SNSPublishMessagePolicy: { TopicName: !GetAtt ${topic}.TopicName }`;
    ctx.note('queues', `on AWS functions may only read the queues of their SQS events: add Policies such as ${example} to each function whose code sends messages or publishes`);
  }
}
