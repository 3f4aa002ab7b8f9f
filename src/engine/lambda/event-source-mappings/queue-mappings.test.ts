// Mappings of SQS queues through the API: what Create, Get, Update and export answer for a queue, and
// Lambda's refusals of stream-only settings, batch sizes, FIFO limits and missing queues, in AWS's words.
import { afterEach, describe, expect, it } from 'vitest';
import { QUEUE_ARN, queueEsmHarness, type QueueEsmHarness } from './queue-test-helpers';

let h: QueueEsmHarness;
afterEach(() => h?.dispose());
const UUID1 = '00000000-0000-4000-8000-000000000001';

async function setup(name?: string) {
  h = queueEsmHarness();
  await h.queue(name);
  return h;
}

describe('CreateEventSourceMapping for a queue', () => {
  it("answers with the fields Lambda gives a queue and its defaults, then Get shows it Enabled", async () => {
    await setup();
    const created = await h.map();
    expect(created).toEqual({
      UUID: UUID1,
      EventSourceMappingArn: `arn:aws:lambda:us-east-1:123456789012:event-source-mapping:${UUID1}`,
      EventSourceArn: QUEUE_ARN,
      FunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:worker',
      BatchSize: 10,
      MaximumBatchingWindowInSeconds: 0,
      FunctionResponseTypes: [],
      LastModified: h.clock.now() / 1000,
      State: 'Creating',
      StateTransitionReason: 'USER_INITIATED',
    });
    expect(await h.esm.getEventSourceMapping({ UUID: UUID1 })).toEqual({ ...created, State: 'Enabled' });
  });

  it('keeps ScalingConfig, and removes it when given empty', async () => {
    await setup();
    const { UUID } = await h.map({ ScalingConfig: { MaximumConcurrency: 2 }, FunctionResponseTypes: ['ReportBatchItemFailures'], BatchSize: 100, MaximumBatchingWindowInSeconds: 5 });
    expect(await h.esm.getEventSourceMapping({ UUID })).toMatchObject({ ScalingConfig: { MaximumConcurrency: 2 }, BatchSize: 100, MaximumBatchingWindowInSeconds: 5, FunctionResponseTypes: ['ReportBatchItemFailures'] });
    await h.esm.updateEventSourceMapping({ UUID, ScalingConfig: {} });
    expect(await h.esm.getEventSourceMapping({ UUID })).not.toHaveProperty('ScalingConfig');
    await expect(h.map({ FunctionName: 'other', ScalingConfig: { MaximumConcurrency: 1 } })).rejects.toMatchObject({
      code: 'ValidationException',
      message: "1 validation error detected: Value '1' at 'scalingConfig.maximumConcurrency' failed to satisfy constraint: Member must have value greater than or equal to 2",
    });
  });

  it('refuses stream-only settings with Lambda\'s messages', async () => {
    await setup();
    await expect(h.map({ StartingPosition: 'LATEST' })).rejects.toMatchObject({ code: 'InvalidParameterValueException', statusCode: 400, message: 'StartingPosition is not valid for SQS event sources.' });
    for (const [name, value] of [['MaximumRetryAttempts', 2], ['MaximumRecordAgeInSeconds', 60], ['BisectBatchOnFunctionError', true], ['ParallelizationFactor', 2]] as const) {
      await expect(h.map({ [name]: value })).rejects.toMatchObject({ code: 'InvalidParameterValueException', message: `Unsupported ${name} parameter for given event source mapping type.` });
    }
    await expect(h.map({ DestinationConfig: { OnFailure: { Destination: 'arn:aws:sqs:us-east-1:123456789012:dlq' } } })).rejects.toMatchObject({
      message: 'Unsupported DestinationConfig parameter for given event source mapping type.',
    });
  });

  it('needs a batching window for batches over 10, and answers a missing queue as Lambda does', async () => {
    await setup();
    await expect(h.map({ BatchSize: 11 })).rejects.toMatchObject({
      code: 'InvalidParameterValueException', message: 'Maximum batch window in seconds must be greater than 0 if maximum batch size is greater than 10',
    });
    await expect(h.map({ BatchSize: 10_000, MaximumBatchingWindowInSeconds: 1 })).resolves.toMatchObject({ BatchSize: 10_000 });
    await expect(h.map({ FunctionName: 'other', EventSourceArn: 'arn:aws:sqs:us-east-1:123456789012:missing' })).rejects.toMatchObject({
      code: 'InvalidParameterValueException',
      message: 'Error occurred while ReceiveMessage. SQS Error Code: AWS.SimpleQueueService.NonExistentQueue. SQS Error Message: The specified queue does not exist for this wsdl version.',
    });
  });

  it('keeps FIFO queues to batches of 10 without a window', async () => {
    await setup('jobs.fifo');
    const arn = 'arn:aws:sqs:us-east-1:123456789012:jobs.fifo';
    await expect(h.map({ EventSourceArn: arn, MaximumBatchingWindowInSeconds: 1 })).rejects.toMatchObject({ message: 'Batching window is not supported for FIFO queues.' });
    await expect(h.map({ EventSourceArn: arn, BatchSize: 11, MaximumBatchingWindowInSeconds: 0 })).rejects.toMatchObject({ code: 'InvalidParameterValueException' });
    await expect(h.map({ EventSourceArn: arn, BatchSize: 10 })).resolves.toMatchObject({ BatchSize: 10 });
  });

  it("refuses a second mapping of the queue to the function in SQS's words", async () => {
    await setup();
    await h.map();
    await expect(h.map({ BatchSize: 5 })).rejects.toMatchObject({
      code: 'ResourceConflictException', statusCode: 409,
      message: `An event source mapping with SQS arn (" ${QUEUE_ARN} ") and function (" worker ") already exists. Please update or delete the existing mapping with UUID ${UUID1}`,
    });
  });
});

describe('UpdateEventSourceMapping and saving a queue mapping', () => {
  it('applies the queue rules to updates, against the settings already stored', async () => {
    await setup();
    const { UUID } = await h.map({ BatchSize: 50, MaximumBatchingWindowInSeconds: 2 });
    await expect(h.esm.updateEventSourceMapping({ UUID, MaximumBatchingWindowInSeconds: 0 })).rejects.toMatchObject({
      message: 'Maximum batch window in seconds must be greater than 0 if maximum batch size is greater than 10',
    });
    await expect(h.esm.updateEventSourceMapping({ UUID, MaximumRetryAttempts: 1 })).rejects.toMatchObject({ message: 'Unsupported MaximumRetryAttempts parameter for given event source mapping type.' });
    await h.esm.updateEventSourceMapping({ UUID, BatchSize: 10, MaximumBatchingWindowInSeconds: 0 });
    expect(await h.esm.getEventSourceMapping({ UUID })).toMatchObject({ BatchSize: 10, MaximumBatchingWindowInSeconds: 0 });
  });

  it('exports CreateEventSourceMapping input with only the queue settings, which import restores', async () => {
    await setup();
    await h.map({ BatchSize: 5, FunctionResponseTypes: ['ReportBatchItemFailures'], ScalingConfig: { MaximumConcurrency: 3 }, Enabled: false });
    const saved = h.esm.exportAll();
    expect(saved).toEqual([{
      UUID: UUID1, FunctionName: 'worker', EventSourceArn: QUEUE_ARN, Enabled: false, BatchSize: 5, MaximumBatchingWindowInSeconds: 0,
      FunctionResponseTypes: ['ReportBatchItemFailures'], ScalingConfig: { MaximumConcurrency: 3 },
    }]);
    const before = await h.esm.getEventSourceMapping({ UUID: UUID1 });
    h.dispose();
    await setup();
    await h.esm.import(saved[0]!);
    expect(await h.esm.getEventSourceMapping({ UUID: UUID1 })).toEqual({ ...before, LastModified: h.clock.now() / 1000 });
  });
});
