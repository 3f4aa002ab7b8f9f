// A function subscribed to the topic it publishes to: Lambda's recursion detection stops the loop.
import { beforeEach, expect, it } from 'vitest';
import { createEngine, type Engine } from '../engine';
import { inProcessSandboxes, nodeCompiler, systemClock } from '../../../workers/testing/in-process-ports';
import { until } from '../testing/until';

let engine: Engine;
beforeEach(async () => {
  engine = createEngine({ compiler: await nodeCompiler(), sandboxes: inProcessSandboxes().factory, clock: systemClock });
  return () => engine.dispose();
});

const TOPIC = 'arn:aws:sns:us-east-1:123456789012:loop';
const LOOPER = `
import { SNSClient, PublishCommand } from '@aws-sdk/client-sns';
const sns = new SNSClient({});
export const handler = async (event) => {
  console.log('HOP');
  await sns.send(new PublishCommand({ TopicArn: '${TOPIC}', Message: 'again' }));
};`;

it('stops an SNS → Lambda → SNS loop as recursion', async () => {
  await engine.lambda.createFunction({ FunctionName: 'looper', Code: { Files: { 'index.mjs': LOOPER } } });
  const role = engine.iam.roleOf({ functionName: 'looper', roleArn: (await engine.lambda.getFunctionConfiguration({ FunctionName: 'looper' })).Role });
  engine.iam.roles.putRolePolicy(role.roleName, 'publish', JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sns:Publish', Resource: TOPIC }] }));
  await engine.sns.createTopic({ Name: 'loop' });
  await engine.sns.subscribe({ TopicArn: TOPIC, Protocol: 'lambda', Endpoint: 'arn:aws:lambda:us-east-1:123456789012:function:looper' });
  engine.lambda.addPermission({ FunctionName: 'looper', StatementId: 'sns', Action: 'lambda:InvokeFunction', Principal: 'sns.amazonaws.com', SourceArn: TOPIC });
  await engine.sns.publish({ TopicArn: TOPIC, Message: 'start' });
  await until(() => engine.lambda.getEventQueue('looper').length === 0 && engine.logs.events('/aws/lambda/looper').filter((e) => e.message.includes('HOP')).length >= 16, 60_000);
  await new Promise((r) => setTimeout(r, 1000));
  // Lambda stops the chain after 16 invocations from one originating event (RecursiveInvocationException).
  expect(engine.logs.events('/aws/lambda/looper').filter((e) => e.message.includes('HOP')).length).toBe(16);
}, 90_000);
