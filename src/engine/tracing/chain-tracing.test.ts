// Traces through the whole engine with real handlers: an upload → a function → a DynamoDB write →
// the stream → a failing function share one trace id; handlers see _X_AMZN_TRACE_ID; SQS messages a
// handler sends, directly or through an SNS topic, carry AWSTraceHeader; an API request's trace starts at the gateway.
import { beforeEach, expect, it } from 'vitest';
import { createEngine, type Engine } from '../engine';
import { functionArn } from '../ids';
import { inProcessSandboxes, nodeCompiler, systemClock } from '../../../workers/testing/in-process-ports';
import { until } from '../testing/until';
import { parseTraceHeader } from './trace-ids';

let engine: Engine;
beforeEach(async () => {
  engine = createEngine({ compiler: await nodeCompiler(), sandboxes: inProcessSandboxes().factory, clock: systemClock });
  return () => engine.dispose();
});

const allow = (role: string, name: string, actions: string[], resource: string) =>
  engine.iam.roles.putRolePolicy(role, name, JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: actions, Resource: resource }] }));
const roleOf = async (fn: string) => engine.iam.roleOf({ functionName: fn, roleArn: (await engine.lambda.getFunctionConfiguration({ FunctionName: fn })).Role }).roleName;

const INDEXER = `
import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
const db = new DynamoDBClient({});
export const handler = async (event) => {
  console.log('TRACE ' + process.env._X_AMZN_TRACE_ID);
  const key = event.Records[0].s3.object.key;
  await db.send(new PutItemCommand({ TableName: 'photos', Item: { id: { S: key } } }));
};`;
const FEED = `export const handler = async (event) => {
  console.log('TRACE ' + process.env._X_AMZN_TRACE_ID);
  throw new Error('feed is down');
};`;

async function buildChain() {
  await engine.dynamodb.createTable({
    TableName: 'photos', AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
    BillingMode: 'PAY_PER_REQUEST', StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_IMAGE' },
  });
  await engine.lambda.createFunction({ FunctionName: 'indexer', Code: { Files: { 'index.mjs': INDEXER } } });
  await engine.lambda.createFunction({ FunctionName: 'feed', Code: { Files: { 'index.mjs': FEED } } });
  allow(await roleOf('indexer'), 'put', ['dynamodb:PutItem'], 'arn:aws:dynamodb:us-east-1:123456789012:table/photos');
  const arn = (await engine.dynamodb.describeTable({ TableName: 'photos' })).Table.LatestStreamArn!;
  allow(await roleOf('feed'), 'read', ['dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:DescribeStream', 'dynamodb:ListStreams'], `${arn}`);
  await engine.lambda.createEventSourceMapping({ FunctionName: 'feed', EventSourceArn: arn, StartingPosition: 'LATEST', MaximumRetryAttempts: 0 });
  await engine.s3.createBucket({ Bucket: 'uploads' });
  engine.lambda.addPermission({ FunctionName: 'indexer', StatementId: 's3', Action: 'lambda:InvokeFunction', Principal: 's3.amazonaws.com', SourceArn: 'arn:aws:s3:::uploads' });
  await engine.s3.putBucketNotificationConfiguration({
    Bucket: 'uploads',
    NotificationConfiguration: { LambdaFunctionConfigurations: [{ LambdaFunctionArn: functionArn('indexer'), Events: ['s3:ObjectCreated:*'] }] },
  });
}

const traceLines = (fn: string) => engine.logs.events(`/aws/lambda/${fn}`).map((e) => e.message).filter((m) => m.includes('TRACE ')).map((m) => m.slice(m.indexOf('TRACE ') + 6).trim());

it('follows an upload through a function, a DynamoDB write and its stream to a failing function, in one trace', async () => {
  await buildChain();
  await engine.s3.putObject({ Bucket: 'uploads', Key: 'cat.jpg', Body: 'meow' });
  const feedLine = await until(() => traceLines('feed')[0], 20_000);
  const indexerLine = traceLines('indexer')[0]!;
  const first = parseTraceHeader(indexerLine)!;
  const second = parseTraceHeader(feedLine)!;
  expect(indexerLine).toMatch(/^Root=1-[0-9a-f]{8}-[0-9a-f]{24};Parent=[0-9a-f]{16};Sampled=1$/);
  expect(second.root).toBe(first.root);

  const trace = await until(() => {
    const t = engine.tracing.store.get(first.root);
    return t?.hops.some((h) => h.kind === 'invocation' && h.name === 'feed' && h.status !== 'pending') ? t : undefined;
  }, 10_000);
  const byId = new Map(trace.hops.map((h) => [h.id, h]));
  const feed = trace.hops.find((h) => h.kind === 'invocation' && h.name === 'feed')!;
  // Walk from the failed invocation back to the upload: every hop names the one that caused it.
  const path: string[] = [];
  for (let hop = byId.get(feed.id); hop; hop = hop.parentId ? byId.get(hop.parentId) : undefined) path.unshift(`${hop.kind}:${hop.service}:${hop.operation ?? hop.name}`);
  expect(path).toEqual([
    'entry:s3:s3:ObjectCreated:Put on bucket uploads',
    'queue:s3:s3:ObjectCreated:Put on bucket uploads',
    'invocation:lambda:indexer',
    'sdk:dynamodb:PutItem',
    'queue:dynamodb:DynamoDB stream of table photos',
    'invocation:lambda:feed',
  ]);
  expect(feed).toMatchObject({ status: 'error', error: 'Error: feed is down', functionName: 'feed', logGroup: '/aws/lambda/feed', coldStart: true });
  expect(second.parent).toBe(feed.id);
  const indexer = trace.hops.find((h) => h.kind === 'invocation' && h.name === 'indexer')!;
  // Both were cold starts: each has an Init hop of its own.
  expect(trace.hops.filter((h) => h.kind === 'init').map((h) => h.parentId).sort()).toEqual([feed.id, indexer.id].sort());
  expect(trace.error).toBe(true);
  // Hops start no earlier than the hop that caused them.
  for (const hop of trace.hops) if (hop.parentId) expect(hop.start).toBeGreaterThanOrEqual(byId.get(hop.parentId)!.start);
});

it('stamps messages a traced handler sends with AWSTraceHeader, which the queue’s consumer continues', async () => {
  await engine.sqs.createQueue({ QueueName: 'jobs' });
  await engine.lambda.createFunction({
    FunctionName: 'sender',
    Code: { Files: { 'index.mjs': `import { SQSClient, SendMessageCommand } from '@aws-sdk/client-sqs';
const sqs = new SQSClient({});
export const handler = async () => { await sqs.send(new SendMessageCommand({ QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/jobs', MessageBody: 'hi' })); return process.env._X_AMZN_TRACE_ID; };` } },
  });
  allow(await roleOf('sender'), 'send', ['sqs:SendMessage'], 'arn:aws:sqs:us-east-1:123456789012:jobs');
  const out = await engine.lambda.invoke({ FunctionName: 'sender' });
  const header = parseTraceHeader(JSON.parse(out.Payload) as string)!;
  const received = await engine.sqs.receiveMessage({ QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/jobs', MessageSystemAttributeNames: ['AWSTraceHeader'] });
  const sent = parseTraceHeader((received.Messages?.[0]?.Attributes as Record<string, string>).AWSTraceHeader)!;
  expect(sent.root).toBe(header.root);
  const sdkHop = engine.tracing.store.get(header.root)!.hops.find((h) => h.kind === 'sdk')!;
  expect(sdkHop).toMatchObject({ service: 'sqs', operation: 'SendMessage', name: 'jobs', status: 'ok', parentId: header.parent });
  expect(sent.parent).toBe(sdkHop.id);
});

it('carries the trace of a handler’s SNS publish on to a subscribed queue as AWSTraceHeader', async () => {
  const topic = 'arn:aws:sns:us-east-1:123456789012:news';
  await engine.sqs.createQueue({ QueueName: 'inbox' });
  await engine.sns.createTopic({ Name: 'news' });
  await engine.sns.subscribe({ TopicArn: topic, Protocol: 'sqs', Endpoint: 'arn:aws:sqs:us-east-1:123456789012:inbox' });
  await engine.lambda.createFunction({
    FunctionName: 'announcer',
    Code: { Files: { 'index.mjs': `import { SNSClient, PublishCommand } from '@aws-sdk/client-sns';
const sns = new SNSClient({});
export const handler = async () => { await sns.send(new PublishCommand({ TopicArn: '${topic}', Message: 'hi' })); return process.env._X_AMZN_TRACE_ID; };` } },
  });
  allow(await roleOf('announcer'), 'publish', ['sns:Publish'], topic);
  const out = await engine.lambda.invoke({ FunctionName: 'announcer' });
  const header = parseTraceHeader(JSON.parse(out.Payload) as string)!;
  const queue = 'https://sqs.us-east-1.amazonaws.com/123456789012/inbox';
  let received: { Attributes?: unknown } | undefined;
  for (const deadline = Date.now() + 5_000; !received && Date.now() < deadline; await new Promise((r) => setTimeout(r, 10))) {
    received = (await engine.sqs.receiveMessage({ QueueUrl: queue, MessageSystemAttributeNames: ['AWSTraceHeader'] })).Messages?.[0];
  }
  const sent = parseTraceHeader((received?.Attributes as Record<string, string>).AWSTraceHeader)!;
  expect(sent.root).toBe(header.root);
  const publishHop = engine.tracing.store.get(header.root)!.hops.find((h) => h.kind === 'sdk')!;
  expect(publishHop).toMatchObject({ service: 'sns', operation: 'Publish', name: 'news' });
});

it('continues the trace of a handler’s PutEvents in the function a matching rule invokes', async () => {
  await engine.lambda.createFunction({
    FunctionName: 'orders',
    Code: { Files: { 'index.mjs': `import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
const events = new EventBridgeClient({});
export const handler = async () => { await events.send(new PutEventsCommand({ Entries: [{ Source: 'shop', DetailType: 'OrderPlaced', Detail: '{}' }] })); return process.env._X_AMZN_TRACE_ID; };` } },
  });
  await engine.lambda.createFunction({ FunctionName: 'shipping', Code: { Files: { 'index.mjs': `export const handler = async () => { console.log('TRACE ' + process.env._X_AMZN_TRACE_ID); };` } } });
  allow(await roleOf('orders'), 'put', ['events:PutEvents'], 'arn:aws:events:us-east-1:123456789012:event-bus/default');
  const { RuleArn } = await engine.eventbridge.putRule({ Name: 'placed', EventPattern: JSON.stringify({ source: ['shop'] }) });
  await engine.eventbridge.putTargets({ Rule: 'placed', Targets: [{ Id: 'ship', Arn: functionArn('shipping') }] });
  engine.lambda.addPermission({ FunctionName: 'shipping', StatementId: 'events', Action: 'lambda:InvokeFunction', Principal: 'events.amazonaws.com', SourceArn: RuleArn });
  const out = await engine.lambda.invoke({ FunctionName: 'orders' });
  const header = parseTraceHeader(JSON.parse(out.Payload) as string)!;
  const shipped = parseTraceHeader(await until(() => traceLines('shipping')[0], 10_000))!;
  expect(shipped.root).toBe(header.root);
  const putHop = engine.tracing.store.get(header.root)!.hops.find((h) => h.kind === 'sdk')!;
  expect(putHop).toMatchObject({ service: 'eventbridge', operation: 'PutEvents' });
});
