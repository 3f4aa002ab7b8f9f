// A function that sends to the queue it consumes: Lambda's recursion detection stops the loop after
// 16 invocations, and SQS moves the message to the queue's dead-letter queue in the end.
import { beforeEach, expect, it } from 'vitest';
import { createEngine, type Engine } from '../engine';
import { inProcessSandboxes, nodeCompiler, systemClock } from '../../../workers/testing/in-process-ports';

let engine: Engine;
beforeEach(async () => {
  engine = createEngine({ compiler: await nodeCompiler(), sandboxes: inProcessSandboxes().factory, clock: systemClock });
  return () => engine.dispose();
});

const QUEUE_URL = 'https://sqs.us-east-1.amazonaws.com/123456789012/loop';
const LOOPER = `
import { SQSClient, SendMessageCommand } from '@aws-sdk/client-sqs';
const sqs = new SQSClient({});
export const handler = async (event) => {
  console.log('HOP');
  await sqs.send(new SendMessageCommand({ QueueUrl: '${QUEUE_URL}', MessageBody: event.Records[0].body }));
};`;

it('stops an SQS → Lambda → SQS loop as recursion, and the message ends in the dead-letter queue', async () => {
  // Long enough a visibility timeout that a slow invocation is never received twice (that alone would move it on).
  await engine.sqs.createQueue({ QueueName: 'loop-dlq' });
  await engine.sqs.createQueue({
    QueueName: 'loop',
    Attributes: { VisibilityTimeout: '5', RedrivePolicy: JSON.stringify({ deadLetterTargetArn: 'arn:aws:sqs:us-east-1:123456789012:loop-dlq', maxReceiveCount: 1 }) },
  });
  await engine.lambda.createFunction({ FunctionName: 'looper', Code: { Files: { 'index.mjs': LOOPER } } });
  const role = engine.iam.roleOf({ functionName: 'looper', roleArn: (await engine.lambda.getFunctionConfiguration({ FunctionName: 'looper' })).Role });
  engine.iam.roles.putRolePolicy(role.roleName, 'queue', JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: ['sqs:SendMessage', 'sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'], Resource: 'arn:aws:sqs:us-east-1:123456789012:loop' }],
  }));
  await engine.lambda.createEventSourceMapping({ FunctionName: 'looper', EventSourceArn: 'arn:aws:sqs:us-east-1:123456789012:loop', BatchSize: 1 });
  await engine.sqs.sendMessage({ QueueUrl: QUEUE_URL, MessageBody: 'start' });
  const hops = () => engine.logs.events('/aws/lambda/looper').filter((e) => e.message.endsWith('\tHOP')).length;
  const dlq = async () => Number((await engine.sqs.getQueueAttributes({ QueueUrl: `${QUEUE_URL}-dlq`, AttributeNames: ['ApproximateNumberOfMessages'] })).Attributes?.ApproximateNumberOfMessages ?? 0);
  for (const deadline = Date.now() + 60_000; (await dlq()) !== 1 && Date.now() < deadline;) await new Promise((r) => setTimeout(r, 50));
  expect(await dlq()).toBe(1);
  expect(hops()).toBe(16);
  const [mapping] = (await engine.lambda.listEventSourceMappings({ FunctionName: 'looper' })).EventSourceMappings;
  const state = engine.lambda.getEventSourceMappingState(mapping!.UUID!);
  expect(JSON.stringify(state)).toContain('RecursiveInvocationException');
}, 90_000);

const TOPIC = 'arn:aws:sns:us-east-1:123456789012:fanout';
const PUBLISHER = `
import { SNSClient, PublishCommand } from '@aws-sdk/client-sns';
const sns = new SNSClient({});
export const handler = async (event) => {
  console.log('HOP');
  await sns.send(new PublishCommand({ TopicArn: '${TOPIC}', Message: 'again' }));
};`;

it('stops a Lambda → SNS → SQS → Lambda loop as recursion: the publisher’s chain rides in the queued message', async () => {
  await engine.sqs.createQueue({ QueueName: 'loop', Attributes: { VisibilityTimeout: '5' } });
  await engine.sns.createTopic({ Name: 'fanout' });
  await engine.sns.subscribe({ TopicArn: TOPIC, Protocol: 'sqs', Endpoint: 'arn:aws:sqs:us-east-1:123456789012:loop' });
  await engine.lambda.createFunction({ FunctionName: 'looper', Code: { Files: { 'index.mjs': PUBLISHER } } });
  const role = engine.iam.roleOf({ functionName: 'looper', roleArn: (await engine.lambda.getFunctionConfiguration({ FunctionName: 'looper' })).Role });
  engine.iam.roles.putRolePolicy(role.roleName, 'loop', JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Action: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'], Resource: 'arn:aws:sqs:us-east-1:123456789012:loop' },
      { Effect: 'Allow', Action: 'sns:Publish', Resource: TOPIC },
    ],
  }));
  await engine.lambda.createEventSourceMapping({ FunctionName: 'looper', EventSourceArn: 'arn:aws:sqs:us-east-1:123456789012:loop', BatchSize: 1 });
  await engine.sns.publish({ TopicArn: TOPIC, Message: 'start' });
  const hops = () => engine.logs.events('/aws/lambda/looper').filter((e) => e.message.endsWith('\tHOP')).length;
  const [mapping] = (await engine.lambda.listEventSourceMappings({ FunctionName: 'looper' })).EventSourceMappings;
  const stopped = () => JSON.stringify(engine.lambda.getEventSourceMappingState(mapping!.UUID!)).includes('RecursiveInvocationException');
  for (const deadline = Date.now() + 60_000; !stopped() && Date.now() < deadline;) await new Promise((r) => setTimeout(r, 50));
  await new Promise((r) => setTimeout(r, 500));
  expect(stopped()).toBe(true);
  expect(hops()).toBe(16);
}, 90_000);
