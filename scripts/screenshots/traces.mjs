// The trace view: an upload → indexer → DynamoDB PutItem → stream → feed chain whose last hop failed,
// the failed hop selected with its log lines.
export default async function shoot(page) {
  await page.evaluate(async () => {
    const p = window.playground;
    await p.dynamodb.createTable({
      TableName: 'photos', AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
      BillingMode: 'PAY_PER_REQUEST', StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_IMAGE' },
    });
    await p.lambda.createFunction({ FunctionName: 'extract-metadata', Code: { Files: { 'index.mjs': `import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
const db = new DynamoDBClient({});
export const handler = async (event) => {
  const key = event.Records[0].s3.object.key;
  await db.send(new PutItemCommand({ TableName: 'photos', Item: { id: { S: key }, width: { N: '320' } } }));
  console.log('metadata of ' + key + ': 320x200');
};` } } });
    await p.lambda.createFunction({ FunctionName: 'fan-out-feed', Code: { Files: { 'index.mjs': `export const handler = async (event) => {
  console.log('new photo ' + event.Records[0].dynamodb.Keys.id.S);
  throw new Error('followers table is missing');
};` } } });
    await p.iam.putFunctionRolePolicy('extract-metadata', 'put', JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'dynamodb:PutItem', Resource: 'arn:aws:dynamodb:us-east-1:123456789012:table/photos' }] }));
    const arn = (await p.dynamodb.describeTable({ TableName: 'photos' })).Table.LatestStreamArn;
    await p.iam.putFunctionRolePolicy('fan-out-feed', 'read', JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:DescribeStream', 'dynamodb:ListStreams'], Resource: arn }] }));
    await p.lambda.createEventSourceMapping({ FunctionName: 'fan-out-feed', EventSourceArn: arn, StartingPosition: 'LATEST', MaximumRetryAttempts: 0 });
    await p.s3.createBucket({ Bucket: 'photos-upload' });
    p.lambda.addPermission({ FunctionName: 'extract-metadata', StatementId: 's3', Action: 'lambda:InvokeFunction', Principal: 's3.amazonaws.com', SourceArn: 'arn:aws:s3:::photos-upload' });
    await p.s3.putBucketNotificationConfiguration({
      Bucket: 'photos-upload',
      NotificationConfiguration: { LambdaFunctionConfigurations: [{ LambdaFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:extract-metadata', Events: ['s3:ObjectCreated:*'] }] },
    });
    await p.s3.putObject({ Bucket: 'photos-upload', Key: 'ana/cat.png', Body: 'png' });
  });
  await page.waitForFunction(() => window.playground.xray.traces().some((t) => t.hops.some((h) => h.name === 'fan-out-feed' && h.kind === 'invocation' && h.status !== 'pending')), null, { timeout: 60_000 });
  const id = await page.evaluate(() => window.playground.xray.traces().find((t) => t.hops.some((h) => h.name === 'fan-out-feed')).id);
  await page.getByRole('navigation', { name: 'CloudWatch' }).getByRole('button', { name: /^Traces/ }).click();
  await page.locator(`[data-testid="trace-row"][data-trace-id="${id}"]`).getByRole('button').click();
  await page.locator('[data-testid="hop"][data-kind="invocation"][data-name="fan-out-feed"]').click();
  await page.getByTestId('hop-logs').waitFor();
}
