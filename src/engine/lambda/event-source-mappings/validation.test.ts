// CreateEventSourceMapping / UpdateEventSourceMapping refusals: the API model's ValidationException and
// Lambda's InvalidParameterValueException for stream sources, worded as AWS words them.
import { afterEach, describe, expect, it } from 'vitest';
import { esmHarness, STREAM_ARN, type EsmHarness } from './test-helpers';

let h: EsmHarness;
afterEach(() => h?.esm.dispose());

const setup = () => (h = esmHarness());
const base = { FunctionName: 'worker', EventSourceArn: STREAM_ARN, StartingPosition: 'TRIM_HORIZON' as const };

describe('the API model (ValidationException)', () => {
  it('reports every range failure in one message', async () => {
    setup();
    await expect(h.esm.createEventSourceMapping({ ...base, BatchSize: 10_001, MaximumBatchingWindowInSeconds: 301, ParallelizationFactor: 0 })).rejects.toMatchObject({
      code: 'ValidationException',
      statusCode: 400,
      message:
        "3 validation errors detected: Value '10001' at 'batchSize' failed to satisfy constraint: Member must have value less than or equal to 10000; " +
        "Value '301' at 'maximumBatchingWindowInSeconds' failed to satisfy constraint: Member must have value less than or equal to 300; " +
        "Value '0' at 'parallelizationFactor' failed to satisfy constraint: Member must have value greater than or equal to 1",
    });
  });

  it('checks retries, record age and tumbling windows against the model ranges', async () => {
    setup();
    await expect(h.esm.createEventSourceMapping({ ...base, MaximumRetryAttempts: -2 })).rejects.toMatchObject({
      message: "1 validation error detected: Value '-2' at 'maximumRetryAttempts' failed to satisfy constraint: Member must have value greater than or equal to -1",
    });
    await expect(h.esm.createEventSourceMapping({ ...base, MaximumRecordAgeInSeconds: 604_801 })).rejects.toMatchObject({
      message: "1 validation error detected: Value '604801' at 'maximumRecordAgeInSeconds' failed to satisfy constraint: Member must have value less than or equal to 604800",
    });
    await expect(h.esm.createEventSourceMapping({ ...base, TumblingWindowInSeconds: 901 })).rejects.toMatchObject({ code: 'ValidationException' });
  });

  it('refuses an unknown starting position with the enum AWS lists', async () => {
    setup();
    await expect(h.esm.createEventSourceMapping({ ...base, StartingPosition: 'invalid' as never })).rejects.toMatchObject({
      code: 'ValidationException',
      message: "1 validation error detected: Value 'invalid' at 'startingPosition' failed to satisfy constraint: Member must satisfy enum value set: [LATEST, AT_TIMESTAMP, TRIM_HORIZON]",
    });
  });

  it('checks FunctionResponseTypes, the function name and the ARNs', async () => {
    setup();
    await expect(h.esm.createEventSourceMapping({ ...base, FunctionResponseTypes: ['Nope'] })).rejects.toMatchObject({
      message: "1 validation error detected: Value '[Nope]' at 'functionResponseTypes' failed to satisfy constraint: Member must satisfy constraint: [Member must satisfy enum value set: [ReportBatchItemFailures]]",
    });
    await expect(h.esm.createEventSourceMapping({ ...base, FunctionName: undefined as never })).rejects.toMatchObject({
      message: "1 validation error detected: Value null at 'functionName' failed to satisfy constraint: Member must not be null",
    });
    await expect(h.esm.createEventSourceMapping({ ...base, EventSourceArn: 'photos' })).rejects.toMatchObject({ code: 'ValidationException', message: expect.stringContaining("Value 'photos' at 'eventSourceArn'") });
    await expect(h.esm.createEventSourceMapping({ ...base, DestinationConfig: { OnFailure: { Destination: 'dlq' } } })).rejects.toMatchObject({
      code: 'ValidationException',
      message: expect.stringContaining("Value 'dlq' at 'destinationConfig.onFailure.destination'"),
    });
  });
});

describe("Lambda's own checks (InvalidParameterValueException)", () => {
  it('needs an event source and a starting position, and refuses AT_TIMESTAMP for DynamoDB', async () => {
    setup();
    await expect(h.esm.createEventSourceMapping({ FunctionName: 'worker' })).rejects.toMatchObject({ code: 'InvalidParameterValueException', message: 'Unrecognized event source.' });
    await expect(h.esm.createEventSourceMapping({ ...base, StartingPosition: undefined })).rejects.toMatchObject({
      code: 'InvalidParameterValueException',
      message: "1 validation error detected: Value null at 'startingPosition' failed to satisfy constraint: Member must not be null.",
    });
    await expect(h.esm.createEventSourceMapping({ ...base, StartingPosition: 'AT_TIMESTAMP' })).rejects.toMatchObject({
      code: 'InvalidParameterValueException',
      message: `Unsupported starting position for arn type: ${STREAM_ARN}`,
    });
  });

  it('allows a record age of -1 or at least 60 seconds', async () => {
    setup();
    await expect(h.esm.createEventSourceMapping({ ...base, MaximumRecordAgeInSeconds: 59 })).rejects.toMatchObject({
      code: 'InvalidParameterValueException',
      message: 'MaximumRecordAgeInSeconds must be either -1 (forever) or between 60 and 604800 (inclusive)',
    });
    await expect(h.map({ MaximumRecordAgeInSeconds: 60 })).resolves.toMatchObject({ MaximumRecordAgeInSeconds: 60 });
  });

  it('refuses an on-success destination, and on-failure destinations other than queues, topics and buckets', async () => {
    setup();
    await expect(h.esm.createEventSourceMapping({ ...base, DestinationConfig: { OnSuccess: { Destination: 'arn:aws:sqs:us-east-1:123456789012:done' } } })).rejects.toMatchObject({
      message: 'Unsupported DestinationConfig parameter for given event source mapping type.',
    });
    const fn = 'arn:aws:lambda:us-east-1:123456789012:function:other';
    await expect(h.map({ DestinationConfig: { OnFailure: { Destination: fn } } })).rejects.toMatchObject({
      code: 'InvalidParameterValueException',
      message: `The provided destination config DestinationConfig(onSuccess=null, onFailure=OnFailure(destination=${fn})) is invalid.`,
    });
  });

  it('answers a missing function, a missing stream and an unsimulated source (SQS queues are in queue-mappings.test.ts)', async () => {
    setup();
    await expect(h.esm.createEventSourceMapping({ ...base, FunctionName: 'nope' })).rejects.toMatchObject({ code: 'InvalidParameterValueException', message: 'Function does not exist' });
    const missing = 'arn:aws:dynamodb:us-east-1:123456789012:table/other/stream/2026-01-01T00:00:00.000';
    await expect(h.esm.createEventSourceMapping({ ...base, EventSourceArn: missing })).rejects.toMatchObject({ code: 'InvalidParameterValueException', message: `Stream not found: ${missing}` });
    await expect(h.esm.createEventSourceMapping({ ...base, EventSourceArn: 'arn:aws:kinesis:us-east-1:123456789012:stream/clicks' })).rejects.toMatchObject({
      message: expect.stringContaining('is an Amazon Kinesis stream, which this playground does not simulate yet'),
    });
  });

  it('refuses tumbling windows and filters, which are not simulated', async () => {
    setup();
    await expect(h.map({ TumblingWindowInSeconds: 60 })).rejects.toMatchObject({ code: 'InvalidParameterValueException', message: expect.stringContaining('tumbling windows') });
    await expect(h.map({ FilterCriteria: { Filters: [{ Pattern: '{"eventName":["INSERT"]}' }] } })).rejects.toMatchObject({ message: expect.stringContaining('event filtering') });
    await expect(h.map({ TumblingWindowInSeconds: 0, FilterCriteria: { Filters: [] } })).resolves.toMatchObject({ TumblingWindowInSeconds: 0 });
  });

  it('applies the same rules to UpdateEventSourceMapping', async () => {
    setup();
    const { UUID } = await h.map();
    await expect(h.esm.updateEventSourceMapping({ UUID, BatchSize: 0 })).rejects.toMatchObject({ code: 'ValidationException' });
    await expect(h.esm.updateEventSourceMapping({ UUID, MaximumRecordAgeInSeconds: 10 })).rejects.toMatchObject({ code: 'InvalidParameterValueException' });
    await expect(h.esm.updateEventSourceMapping({ UUID, FunctionName: 'nope' })).rejects.toMatchObject({ message: 'Function does not exist' });
    expect((await h.esm.getEventSourceMapping({ UUID })).BatchSize).toBe(100);
  });
});
