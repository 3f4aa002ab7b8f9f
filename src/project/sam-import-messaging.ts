// SQS and SNS in a SAM import: AWS::SQS::Queue and AWS::SNS::Topic become the project's queues and
// topics, AWS::SNS::Subscription (and a topic's inline Subscription list) their subscriptions, each
// made by a scratch SQS or SNS with the service's own checks. What SQS or SNS would refuse stops the
// import, naming the property.
import { functionArn } from '../engine/ids';
import { ruleArn } from '../engine/services/eventbridge/definitions';
import { topicArn } from '../engine/services/sns/definitions';
import type { FilterPolicyScope } from '../engine/services/sns/filter-policy/types';
import { checkSubscriptionAttribute } from '../engine/services/sns/subscription-attributes';
import { subscribe } from '../engine/services/sns/subscription-operations';
import { createTopic } from '../engine/services/sns/topic-operations';
import { queueArn, queueNameOfArn, queueUrl } from '../engine/services/sqs/definitions';
import { applyAttributes, checkQueueName, newQueueDef } from '../engine/services/sqs/queue-attributes';
import { isRecord, type ImportContext, type Raw } from './sam-import-context';
import { flagOf, functionNamed, jsonText, messageOf, queueNamed, recordOf, textOf, topicNamed } from './sam-import-messaging-refs';
import { kebabCase } from './sam-shared';

const QUEUE_ATTRIBUTES = [
  'ContentBasedDeduplication', 'VisibilityTimeout', 'DelaySeconds', 'MessageRetentionPeriod', 'MaximumMessageSize', 'ReceiveMessageWaitTimeSeconds',
  'RedriveAllowPolicy', 'KmsMasterKeyId', 'KmsDataKeyReusePeriodSeconds', 'SqsManagedSseEnabled', 'DeduplicationScope', 'FifoThroughputLimit',
];
const QUEUE_PROPERTIES = ['QueueName', 'FifoQueue', 'RedrivePolicy', ...QUEUE_ATTRIBUTES];
const TOPIC_ATTRIBUTES = ['DisplayName', 'ContentBasedDeduplication', 'KmsMasterKeyId', 'SignatureVersion', 'TracingConfig', 'FifoThroughputScope', 'DeliveryPolicy', 'ArchivePolicy'];
const TOPIC_PROPERTIES = ['TopicName', 'FifoTopic', 'Subscription', ...TOPIC_ATTRIBUTES];
export const SUBSCRIPTION_ATTRIBUTES = ['FilterPolicy', 'FilterPolicyScope', 'RawMessageDelivery', 'RedrivePolicy', 'DeliveryPolicy', 'ReplayPolicy', 'SubscriptionRoleArn'];
const SUBSCRIPTION_PROPERTIES = ['TopicArn', 'Protocol', 'Endpoint', 'Region', ...SUBSCRIPTION_ATTRIBUTES];

const propsOf = (resource: Raw): Raw => (isRecord(resource.Properties) ? resource.Properties : {});

/** The name a queue or topic gets: its QueueName/TopicName, else one made from its logical id (`OrdersQueue` → `orders`). */
function nameOf(ctx: ImportContext, id: string, props: Raw, key: string, suffix: string, fifo: boolean, taken: Set<string>): string {
  const given = textOf(ctx, props[key], `Resources.${id}.Properties.${key}`);
  let name = given ?? `${kebabCase(id.replace(new RegExp(`${suffix}$`), '')) || kebabCase(id)}${fifo ? '.fifo' : ''}`;
  if (given === undefined) for (let n = 2; taken.has(name); n++) name = name.replace(/(-\d+)?(\.fifo)?$/, `-${n}$2`);
  taken.add(name);
  return name;
}

/** What Ref and Fn::GetAtt of the template's queues, topics and rules mean, before anything refers to them. */
export function nameMessagingResources(ctx: ImportContext, resources: [string, Raw][]): void {
  const taken = { queue: new Set<string>(), topic: new Set<string>(), rule: new Set<string>() };
  for (const [id, resource] of resources) {
    const props = propsOf(resource);
    const at = (key: string) => `Resources.${id}.Properties.${key}`;
    if (resource.Type === 'AWS::SQS::Queue') {
      const name = nameOf(ctx, id, props, 'QueueName', 'Queue', flagOf(ctx, props.FifoQueue, at('FifoQueue')) === true, taken.queue);
      ctx.resolver.refs.set(id, queueUrl(name));
      for (const [attribute, value] of [['Arn', queueArn(name)], ['QueueName', name], ['QueueUrl', queueUrl(name)]]) ctx.resolver.attributes.set(`${id}.${attribute}`, value!);
    } else if (resource.Type === 'AWS::SNS::Topic') {
      const name = nameOf(ctx, id, props, 'TopicName', 'Topic', flagOf(ctx, props.FifoTopic, at('FifoTopic')) === true, taken.topic);
      ctx.resolver.refs.set(id, topicArn(name));
      ctx.resolver.attributes.set(`${id}.TopicArn`, topicArn(name));
      ctx.resolver.attributes.set(`${id}.TopicName`, name);
    } else if (resource.Type === 'AWS::Events::Rule') {
      // CloudFormation names a rule without a Name; the logical id reads well and is unique in the template.
      const name = textOf(ctx, props.Name, at('Name')) ?? id.slice(0, 64);
      ctx.resolver.refs.set(id, name);
      ctx.resolver.attributes.set(`${id}.Arn`, ruleArn(name));
    }
  }
}

/** Attribute text as SetQueueAttributes takes it: objects (a RedriveAllowPolicy) as JSON. */
function attributeText(ctx: ImportContext, value: unknown, path: string): string | undefined {
  return isRecord(value) && !('Ref' in value) && !Object.keys(value).some((k) => k.startsWith('Fn::')) ? JSON.stringify(value) : textOf(ctx, value, path);
}

/** Each queue with its attributes, then the redrive policies (which need their dead-letter queues). */
export function importQueues(ctx: ImportContext, resources: [string, Raw][]): void {
  const redrives: [string, string, unknown][] = [];
  for (const [id, resource] of resources) {
    const path = `Resources.${id}.Properties`;
    const props = propsOf(resource);
    ctx.unsupported(props, QUEUE_PROPERTIES, path);
    const name = ctx.resolver.attributes.get(`${id}.QueueName`)!;
    const fifo = flagOf(ctx, props.FifoQueue, `${path}.FifoQueue`) === true;
    try {
      checkQueueName(name, fifo);
    } catch (error) {
      ctx.fail(props.QueueName === undefined ? `Resources.${id}` : `${path}.QueueName`, messageOf(error));
    }
    if (ctx.queues.has(name)) ctx.fail(`${path}.QueueName`, `another queue of this template is named ${name}`);
    let def = newQueueDef(name, fifo, ctx.now);
    for (const key of QUEUE_ATTRIBUTES) {
      const value = attributeText(ctx, props[key], `${path}.${key}`);
      if (value === undefined) continue;
      try {
        def = applyAttributes(def, { [key]: value }, () => undefined);
      } catch (error) {
        ctx.fail(`${path}.${key}`, messageOf(error));
      }
    }
    ctx.queues.set(name, def);
    if (props.RedrivePolicy !== undefined) redrives.push([name, `${path}.RedrivePolicy`, props.RedrivePolicy]);
  }
  for (const [name, path, value] of redrives) {
    const policy = typeof value === 'string' ? (() => { try { return JSON.parse(value) as unknown; } catch { return undefined; } })() : value;
    if (!isRecord(policy)) ctx.fail(path, 'must be an object with deadLetterTargetArn and maxReceiveCount');
    const target = policy.deadLetterTargetArn === undefined ? undefined : queueArn(queueNamed(ctx, policy.deadLetterTargetArn, `${path}.deadLetterTargetArn`));
    const text = JSON.stringify({ deadLetterTargetArn: target, maxReceiveCount: policy.maxReceiveCount });
    try {
      ctx.queues.set(name, applyAttributes(ctx.queues.get(name)!, { RedrivePolicy: text }, (arn) => ctx.queues.get(queueNameOfArn(arn) ?? '')));
    } catch (error) {
      ctx.fail(path, messageOf(error));
    }
  }
}

/** Checks and adds one subscription; `path` is where its properties are. */
export function subscribeTo(ctx: ImportContext, topic: string, protocol: 'lambda' | 'sqs', endpoint: string, attributes: Record<string, string>, path: string, endpointPath: string): void {
  const scope = (attributes.FilterPolicyScope ?? 'MessageAttributes') as FilterPolicyScope;
  for (const [name, value] of Object.entries(attributes)) {
    try {
      checkSubscriptionAttribute(name, value, protocol, scope, 'Subscribe');
    } catch (error) {
      ctx.fail(`${path}.${name}`, messageOf(error));
    }
  }
  try {
    subscribe(ctx.topics, { TopicArn: topicArn(topic), Protocol: protocol, Endpoint: endpoint, Attributes: attributes });
  } catch (error) {
    ctx.fail(endpointPath, messageOf(error));
  }
}

/** A subscription's attributes from the properties named like them (JSON ones written out, flags as text). */
export function subscriptionAttributes(ctx: ImportContext, props: Raw, path: string, names = SUBSCRIPTION_ATTRIBUTES): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of names) {
    const value = ['FilterPolicy', 'RedrivePolicy', 'DeliveryPolicy', 'ReplayPolicy'].includes(name) ? jsonText(ctx, props[name], `${path}.${name}`) : textOf(ctx, props[name], `${path}.${name}`);
    if (value !== undefined) out[name] = value;
  }
  return out;
}

/** The endpoint of a lambda or sqs subscription, or undefined (reported) for one the playground cannot deliver to. */
function endpointOf(ctx: ImportContext, protocol: string | undefined, value: unknown, path: string): { protocol: 'lambda' | 'sqs'; endpoint: string } | undefined {
  if (protocol === 'sqs') return { protocol, endpoint: queueArn(queueNamed(ctx, value, path)) };
  if (protocol === 'lambda') {
    const fn = functionNamed(ctx, value, path);
    return fn ? { protocol, endpoint: functionArn(fn.functionName, fn.qualifier) } : undefined;
  }
  ctx.note(path, 'subscriptionProtocol', { protocol: String(protocol) });
  return undefined;
}

export function importTopics(ctx: ImportContext, resources: [string, Raw][]): void {
  for (const [id, resource] of resources) {
    const path = `Resources.${id}.Properties`;
    const props = propsOf(resource);
    ctx.unsupported(props, TOPIC_PROPERTIES, path);
    const name = ctx.resolver.attributes.get(`${id}.TopicName`)!;
    if (ctx.topics.find(name)) ctx.fail(`${path}.TopicName`, `another topic of this template is named ${name}`);
    const attributes: Record<string, string> = {};
    if (flagOf(ctx, props.FifoTopic, `${path}.FifoTopic`)) attributes.FifoTopic = 'true';
    for (const key of TOPIC_ATTRIBUTES) {
      const value = ['DeliveryPolicy', 'ArchivePolicy'].includes(key) ? jsonText(ctx, props[key], `${path}.${key}`) : textOf(ctx, props[key], `${path}.${key}`);
      if (value !== undefined) attributes[key] = value;
    }
    try {
      createTopic(ctx.topics, { Name: name, Attributes: attributes });
    } catch (error) {
      ctx.fail(props.TopicName === undefined ? `Resources.${id}` : `${path}.TopicName`, messageOf(error));
    }
    const inline = props.Subscription === undefined ? [] : Array.isArray(props.Subscription) ? props.Subscription : ctx.fail(`${path}.Subscription`, 'must be a list');
    inline.forEach((raw, i) => {
      const at = `${path}.Subscription[${i}]`;
      const sub = recordOf(ctx, raw, at) ?? {};
      const target = endpointOf(ctx, textOf(ctx, sub.Protocol, `${at}.Protocol`), sub.Endpoint, `${at}.Endpoint`);
      if (target) subscribeTo(ctx, name, target.protocol, target.endpoint, {}, at, `${at}.Endpoint`);
    });
  }
}

/** AWS::SNS::Subscription: a topic of the template, a lambda or sqs endpoint, and its attributes. */
export function importSubscription(ctx: ImportContext, id: string, resource: Raw): void {
  const path = `Resources.${id}.Properties`;
  const props = propsOf(resource);
  ctx.unsupported(props, SUBSCRIPTION_PROPERTIES.filter((p) => p !== 'Region'), path);
  if (props.Region !== undefined) ctx.note(`${path}.Region`, 'oneRegion', {});
  const topic = topicNamed(ctx, props.TopicArn, `${path}.TopicArn`);
  const target = endpointOf(ctx, textOf(ctx, props.Protocol, `${path}.Protocol`), props.Endpoint, `${path}.Endpoint`);
  if (!target) return;
  const attributes = subscriptionAttributes(ctx, props, path);
  if (attributes.SubscriptionRoleArn !== undefined) ctx.note(`${path}.SubscriptionRoleArn`, 'subscriptionRoleArn', {});
  subscribeTo(ctx, topic, target.protocol, target.endpoint, attributes, path, `${path}.Endpoint`);
}

/** AWS::SQS::QueuePolicy: SNS and EventBridge deliver to the project's queues without one. */
export function noteQueuePolicy(ctx: ImportContext, id: string): void {
  ctx.note(`Resources.${id}`, 'queuePolicy', {});
}
