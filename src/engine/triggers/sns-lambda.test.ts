// SNS through the whole engine: a handler publishes with an unmodified @aws-sdk/client-sns under its
// role; SNS fans the message out to a subscribed function, invoked asynchronously only once its
// resource policy allows sns.amazonaws.com for the topic; a filter policy keeps other messages out.
import { beforeEach, expect, it } from 'vitest';
import { createEngine, type Engine } from '../engine';
import { inProcessSandboxes, nodeCompiler, systemClock } from '../../../workers/testing/in-process-ports';
import { until } from '../testing/until';

let engine: Engine;
beforeEach(async () => {
  engine = createEngine({ compiler: await nodeCompiler(), sandboxes: inProcessSandboxes().factory, clock: systemClock });
  return () => engine.dispose();
});

const TOPIC = 'arn:aws:sns:us-east-1:123456789012:orders';

const PUBLISHER = `
import { SNSClient, PublishCommand, NotFoundException } from '@aws-sdk/client-sns';
const sns = new SNSClient({});
export const handler = async (event) => {
  try {
    const out = await sns.send(new PublishCommand({ TopicArn: event.topic, Message: JSON.stringify(event.order), MessageAttributes: { kind: { DataType: 'String', StringValue: event.kind } } }));
    return { id: out.MessageId };
  } catch (error) {
    return { name: error.name, message: error.message, status: error.$metadata.httpStatusCode, notFound: error instanceof NotFoundException };
  }
};`;

const LOGGER = "export const handler = async (event) => { console.log('EVENT ' + JSON.stringify(event)); };";

it('publishes from a handler under IAM and delivers to a subscribed function that allows SNS', async () => {
  await engine.lambda.createFunction({ FunctionName: 'checkout', Code: { Files: { 'index.mjs': PUBLISHER } } });
  await engine.lambda.createFunction({ FunctionName: 'ship', Code: { Files: { 'index.mjs': LOGGER } } });
  await engine.sns.createTopic({ Name: 'orders' });
  await engine.sns.subscribe({ TopicArn: TOPIC, Protocol: 'lambda', Endpoint: 'arn:aws:lambda:us-east-1:123456789012:function:ship', Attributes: { FilterPolicy: '{"kind":["order"]}' } });

  const denied = await engine.lambda.invoke({ FunctionName: 'checkout', Payload: JSON.stringify({ topic: TOPIC, order: { id: 1 }, kind: 'order' }) });
  expect(JSON.parse(denied.Payload!)).toMatchObject({ name: 'AuthorizationErrorException', status: 403, message: expect.stringContaining('is not authorized to perform: SNS:Publish on resource: arn:aws:sns:us-east-1:123456789012:orders') });

  const role = engine.iam.roleOf({ functionName: 'checkout', roleArn: (await engine.lambda.getFunctionConfiguration({ FunctionName: 'checkout' })).Role });
  engine.iam.roles.putRolePolicy(role.roleName, 'publish', JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sns:Publish', Resource: TOPIC }] }));
  const missing = await engine.lambda.invoke({ FunctionName: 'checkout', Payload: JSON.stringify({ topic: `${TOPIC}-x`, order: {}, kind: 'order' }) });
  expect(JSON.parse(missing.Payload!)).toMatchObject({ name: 'AuthorizationErrorException' });

  // Without a permission for SNS, the delivery fails as a trigger failure.
  const failures: string[] = [];
  engine.events.on((e) => void (e.type === 'trigger-failed' && failures.push(e.message)));
  await engine.lambda.invoke({ FunctionName: 'checkout', Payload: JSON.stringify({ topic: TOPIC, order: { id: 1 }, kind: 'order' }) });
  expect(failures[0]).toMatch(/sns\.amazonaws\.com is not authorized to perform: lambda:InvokeFunction/);

  engine.lambda.addPermission({ FunctionName: 'ship', StatementId: 'sns', Action: 'lambda:InvokeFunction', Principal: 'sns.amazonaws.com', SourceArn: TOPIC });
  const published = await engine.lambda.invoke({ FunctionName: 'checkout', Payload: JSON.stringify({ topic: TOPIC, order: { id: 2 }, kind: 'order' }) });
  const { id } = JSON.parse(published.Payload!);
  await engine.lambda.invoke({ FunctionName: 'checkout', Payload: JSON.stringify({ topic: TOPIC, order: { id: 3 }, kind: 'refund' }) });
  const line = await until(() => engine.logs.events('/aws/lambda/ship').find((e) => e.message.includes('EVENT '))?.message);
  const record = JSON.parse(line.slice(line.indexOf('EVENT ') + 6)).Records[0];
  expect(record).toMatchObject({ EventSource: 'aws:sns', Sns: { MessageId: id, TopicArn: TOPIC, Message: '{"id":2}', MessageAttributes: { kind: { Type: 'String', Value: 'order' } } } });
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(engine.logs.events('/aws/lambda/ship').filter((e) => e.message.includes('EVENT '))).toHaveLength(1);
});
