import { beforeEach, expect, it } from 'vitest';
import { createEngine, type Engine } from '../engine';
import { functionArn } from '../ids';
import { inProcessSandboxes, nodeCompiler, systemClock } from '../../../workers/testing/in-process-ports';
import { until } from '../testing/until';

let engine: Engine;
beforeEach(async () => {
  engine = createEngine({ compiler: await nodeCompiler(), sandboxes: inProcessSandboxes().factory, clock: systemClock });
  return () => engine.dispose();
});


const COPY = `import { S3Client, GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
const s3 = new S3Client({});
export const handler = async (event) => {
  const { bucket, object } = event.Records[0].s3;
  const key = decodeURIComponent(object.key.replace(/\\+/g, ' '));
  const got = await s3.send(new GetObjectCommand({ Bucket: bucket.name, Key: key }));
  const text = await got.Body.transformToString();
  await s3.send(new PutObjectCommand({ Bucket: process.env.TARGET, Key: key, Body: text.toUpperCase(), ContentType: 'text/plain' }));
  return 'ok';
};`;

async function trigger(functionName: string, bucket: string) {
  engine.lambda.addPermission({ FunctionName: functionName, StatementId: `s3-${bucket}`, Action: 'lambda:InvokeFunction', Principal: 's3.amazonaws.com', SourceArn: `arn:aws:s3:::${bucket}` });
  await engine.s3.putBucketNotificationConfiguration({
    Bucket: bucket,
    NotificationConfiguration: { LambdaFunctionConfigurations: [{ LambdaFunctionArn: functionArn(functionName), Events: ['s3:ObjectCreated:*'] }] },
  });
}

it('runs a handler that reads and writes S3 through the SDK once its role allows it, and says AccessDenied before', async () => {
  await engine.s3.createBucket({ Bucket: 'inbox' });
  await engine.s3.createBucket({ Bucket: 'outbox' });
  await engine.lambda.createFunction({ FunctionName: 'shout', Environment: { Variables: { TARGET: 'outbox' } }, Code: { Files: { 'index.mjs': COPY } } });
  await engine.lambda.updateFunctionConfiguration({ FunctionName: 'shout', Timeout: 10 });
  await trigger('shout', 'inbox');

  // The console-style role has only CloudWatch Logs: the read is refused as AWS words it.
  await engine.s3.putObject({ Bucket: 'inbox', Key: 'a note.txt', Body: 'hello' });
  const denied = await until(() => engine.logs.events('/aws/lambda/shout').find((e) => e.message.includes('AccessDenied'))?.message, 8000);
  // The log line holds the error as JSON, so the quotes around the resource are escaped there.
  expect(denied).toContain('"errorType":"AccessDenied"');
  expect(denied).toContain('User: arn:aws:sts::123456789012:assumed-role/shout-role/shout is not authorized to perform: s3:GetObject on resource: \\"arn:aws:s3:::inbox/a note.txt\\" because no identity-based policy allows the s3:GetObject action');

  const role = engine.iam.roleOf({ functionName: 'shout', roleArn: (await engine.lambda.getFunctionConfiguration({ FunctionName: 'shout' })).Role });
  engine.iam.roles.putRolePolicy(role.roleName, 'copy', JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::inbox/*' },
      { Effect: 'Allow', Action: 's3:PutObject', Resource: 'arn:aws:s3:::outbox/*' },
    ],
  }));
  await engine.s3.putObject({ Bucket: 'inbox', Key: 'b.txt', Body: 'quiet' });
  await until(() => engine.logs.events('/aws/lambda/shout').filter((e) => e.message.startsWith('REPORT')).at(1), 8000);
  const copy = await engine.s3.getObject({ Bucket: 'outbox', Key: 'b.txt' });
  expect(await copy.Body.text()).toBe('QUIET');
  expect(copy.ContentType).toBe('text/plain');
});

it('stops a function that writes back into its own trigger bucket after 16 invocations', async () => {
  await engine.s3.createBucket({ Bucket: 'loop' });
  const LOOP = `import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';
const s3 = new S3Client({});
export const handler = async (event) => {
  const n = Number(event.Records[0].s3.object.key.split('-')[1]);
  await s3.send(new PutObjectCommand({ Bucket: 'loop', Key: 'copy-' + (n + 1), Body: 'again' }));
};`;
  await engine.lambda.createFunction({ FunctionName: 'looper', Code: { Files: { 'index.mjs': LOOP } } });
  const role = engine.iam.roleOf({ functionName: 'looper', roleArn: (await engine.lambda.getFunctionConfiguration({ FunctionName: 'looper' })).Role });
  engine.iam.roles.putRolePolicy(role.roleName, 'loop', JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:PutObject', Resource: 'arn:aws:s3:::loop/*' }] }));
  await trigger('looper', 'loop');
  await engine.s3.putObject({ Bucket: 'loop', Key: 'copy-0', Body: 'start' });
  const stop = await until(() => engine.logs.events('/aws/lambda/looper').find((e) => e.message.includes('RecursiveInvocationException'))?.message, 20000);
  expect(stop).toContain('RecursiveInvocationException');
  const starts = engine.logs.events('/aws/lambda/looper').filter((e) => e.message.startsWith('START RequestId'));
  expect(starts).toHaveLength(16);
}, 30000);
