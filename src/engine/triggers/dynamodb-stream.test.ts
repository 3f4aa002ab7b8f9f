// The poll model through the whole engine: writes to a table become stream records that an event
// source mapping delivers to a real handler, in order, with partial batch failures retried; the
// function's role must be able to read the stream.
import { beforeEach, expect, it } from 'vitest';
import { createEngine, type Engine } from '../engine';
import { inProcessSandboxes, nodeCompiler, systemClock } from '../../../workers/testing/in-process-ports';
import { until } from '../testing/until';

let engine: Engine;
beforeEach(async () => {
  engine = createEngine({ compiler: await nodeCompiler(), sandboxes: inProcessSandboxes().factory, clock: systemClock });
  return () => engine.dispose();
});

const STREAM_READ = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:DescribeStream', 'dynamodb:ListStreams'], Resource: 'arn:aws:dynamodb:us-east-1:123456789012:table/notes/stream/*' }],
});

// Fails every record whose text is "bad" the first time it sees it, and reports only that one.
const CONSUMER = `
const seen = new Set();
export const handler = async (event) => {
  const batchItemFailures = [];
  for (const record of event.Records) {
    const text = record.dynamodb.NewImage?.text?.S;
    if (text === 'bad' && !seen.has(record.dynamodb.SequenceNumber)) {
      seen.add(record.dynamodb.SequenceNumber);
      batchItemFailures.push({ itemIdentifier: record.dynamodb.SequenceNumber });
      continue;
    }
    console.log('GOT ' + record.eventName + ' ' + text);
  }
  return { batchItemFailures };
};`;

async function setup() {
  await engine.dynamodb.createTable({
    TableName: 'notes', AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
    BillingMode: 'PAY_PER_REQUEST', StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_IMAGE' },
  });
  await engine.lambda.createFunction({ FunctionName: 'consumer', Code: { Files: { 'index.mjs': CONSUMER } } });
  return (await engine.dynamodb.describeTable({ TableName: 'notes' })).Table.LatestStreamArn!;
}

const got = () => engine.logs.events('/aws/lambda/consumer').map((e) => e.message).filter((m) => m.includes('GOT ')).map((m) => m.slice(m.indexOf('GOT ') + 4).trim());

it('refuses a mapping whose function cannot read the stream, in Lambda’s words', async () => {
  const arn = await setup();
  await expect(engine.lambda.createEventSourceMapping({ FunctionName: 'consumer', EventSourceArn: arn, StartingPosition: 'LATEST' })).rejects.toMatchObject({
    code: 'InvalidParameterValueException',
    message: `Cannot access stream ${arn}. Please ensure the role can perform the GetRecords, GetShardIterator, DescribeStream, and ListStreams Actions on your stream in IAM.`,
  });
});

it('delivers table changes in order; a reported failure is retried from that record', async () => {
  const arn = await setup();
  const role = engine.iam.roleOf({ functionName: 'consumer', roleArn: (await engine.lambda.getFunctionConfiguration({ FunctionName: 'consumer' })).Role });
  engine.iam.roles.putRolePolicy(role.roleName, 'stream-read', STREAM_READ);
  const mapping = await engine.lambda.createEventSourceMapping({
    FunctionName: 'consumer', EventSourceArn: arn, StartingPosition: 'LATEST', BatchSize: 10, FunctionResponseTypes: ['ReportBatchItemFailures'],
  });
  expect(mapping).toMatchObject({ State: 'Creating', BatchSize: 10, EventSourceArn: arn, FunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:consumer' });
  for (const [id, text] of [['1', 'first'], ['2', 'bad'], ['3', 'third']]) {
    await engine.dynamodb.putItem({ TableName: 'notes', Item: { id: { S: id! }, text: { S: text! } } });
  }
  // The failed record and the one after it come again; the one before it does not.
  await until(() => (got().includes('INSERT bad') ? true : undefined), 10_000);
  expect(got()).toEqual(['INSERT first', 'INSERT third', 'INSERT bad', 'INSERT third']);
  const state = engine.lambda.getEventSourceMappingState(mapping.UUID);
  expect(state.lastProcessingResult).toBe('OK');
  expect(state.shards[0]).toMatchObject({ blocked: false, lastBatch: { outcome: 'ok', size: 2 } });
  expect((await engine.lambda.getEventSourceMapping({ UUID: mapping.UUID })).State).toBe('Enabled');
});

it('drops the mappings of a deleted function and saves the rest as create input', async () => {
  const arn = await setup();
  const role = engine.iam.roleOf({ functionName: 'consumer', roleArn: (await engine.lambda.getFunctionConfiguration({ FunctionName: 'consumer' })).Role });
  engine.iam.roles.putRolePolicy(role.roleName, 'stream-read', STREAM_READ);
  const { UUID } = await engine.lambda.createEventSourceMapping({ FunctionName: 'consumer', EventSourceArn: arn, StartingPosition: 'TRIM_HORIZON', Enabled: false });
  expect(engine.lambda.exportEventSourceMappings()).toEqual([expect.objectContaining({ UUID, FunctionName: 'consumer', EventSourceArn: arn, StartingPosition: 'TRIM_HORIZON', Enabled: false })]);
  await engine.lambda.deleteFunction({ FunctionName: 'consumer' });
  expect((await engine.lambda.listEventSourceMappings({})).EventSourceMappings).toEqual([]);
});
