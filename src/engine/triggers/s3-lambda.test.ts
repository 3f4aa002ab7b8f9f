import { beforeEach, expect, it } from 'vitest';
import { createEngine, type Engine } from '../engine';
import { functionArn } from '../ids';
import { inProcessSandboxes, nodeCompiler, systemClock } from '../../../workers/testing/in-process-ports';
import { until } from '../testing/until';

let engine: Engine;
const failures: string[] = [];
beforeEach(async () => {
  engine = createEngine({ compiler: await nodeCompiler(), sandboxes: inProcessSandboxes().factory, clock: systemClock });
  failures.length = 0;
  engine.events.on((event) => {
    if (event.type === 'trigger-failed') failures.push(event.message);
  });
  return () => engine.dispose();
});


const LOGGER = "export const handler = async (event) => { console.log('EVENT ' + JSON.stringify(event)); };";
const notification = (functionName: string) => ({
  Bucket: 'photos',
  NotificationConfiguration: {
    LambdaFunctionConfigurations: [{ Id: 'thumbs', LambdaFunctionArn: functionArn(functionName), Events: ['s3:ObjectCreated:*'], Filter: { Key: { FilterRules: [{ Name: 'suffix', Value: '.jpg' }] } } }],
  },
});

it('refuses a notification to a function S3 may not invoke, as S3 validates destinations', async () => {
  await engine.lambda.createFunction({ FunctionName: 'on-upload', Code: { Files: { 'index.mjs': LOGGER } } });
  await engine.s3.createBucket({ Bucket: 'photos' });
  await expect(engine.s3.putBucketNotificationConfiguration(notification('on-upload'))).rejects.toMatchObject({
    code: 'InvalidArgument',
    message: 'Unable to validate the following destination configurations',
  });
});

it('invokes the function asynchronously with the S3 event once S3 has permission', async () => {
  await engine.lambda.createFunction({ FunctionName: 'on-upload', Code: { Files: { 'index.mjs': LOGGER } } });
  await engine.s3.createBucket({ Bucket: 'photos' });
  engine.lambda.addPermission({ FunctionName: 'on-upload', StatementId: 's3-photos', Action: 'lambda:InvokeFunction', Principal: 's3.amazonaws.com', SourceArn: 'arn:aws:s3:::photos' });
  await engine.s3.putBucketNotificationConfiguration(notification('on-upload'));

  await engine.s3.putObject({ Bucket: 'photos', Key: 'notes.txt', Body: 'not a photo' });
  await engine.s3.putObject({ Bucket: 'photos', Key: 'summer trip/beach 1.jpg', Body: new Uint8Array([1, 2, 3]), ContentType: 'image/jpeg' });
  const line = await until(() => engine.logs.events('/aws/lambda/on-upload').find((e) => e.message.includes('EVENT '))?.message);
  const event = JSON.parse(line.slice(line.indexOf('EVENT ') + 6)) as { Records: Array<Record<string, any>> };
  expect(event.Records).toHaveLength(1);
  expect(event.Records[0]).toMatchObject({
    eventSource: 'aws:s3',
    eventName: 'ObjectCreated:Put',
    s3: { configurationId: 'thumbs', bucket: { name: 'photos', arn: 'arn:aws:s3:::photos' }, object: { key: 'summer+trip/beach+1.jpg', size: 3, eTag: '5289df737df57326fcdd22597afb1fac' } },
  });
  // Only the .jpg matched the suffix filter.
  expect(engine.logs.events('/aws/lambda/on-upload').filter((e) => e.message.includes('EVENT '))).toHaveLength(1);

  // Taking the permission away makes later deliveries fail visibly rather than silently.
  engine.lambda.removePermission({ FunctionName: 'on-upload', StatementId: 's3-photos' });
  await engine.s3.putObject({ Bucket: 'photos', Key: 'b.jpg', Body: 'x' });
  expect(failures).toHaveLength(1);
  expect(failures[0]).toContain('s3.amazonaws.com');
});
