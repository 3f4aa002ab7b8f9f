// The control plane: what Create, Get, List, Update and Delete answer, Lambda's defaults, the conflict
// rule, and saving and restoring mappings.
import { afterEach, describe, expect, it } from 'vitest';
import { esmHarness, STREAM_ARN, type EsmHarness } from './test-helpers';

let h: EsmHarness;
afterEach(() => h?.esm.dispose());
const setup = () => (h = esmHarness());
const UUID1 = '00000000-0000-4000-8000-000000000001';

describe('CreateEventSourceMapping', () => {
  it("answers with Lambda's defaults for a DynamoDB stream, State Creating, then Get shows Enabled", async () => {
    setup();
    const created = await h.map();
    expect(created).toEqual({
      UUID: UUID1,
      EventSourceMappingArn: `arn:aws:lambda:us-east-1:123456789012:event-source-mapping:${UUID1}`,
      EventSourceArn: STREAM_ARN,
      FunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:worker',
      StartingPosition: 'TRIM_HORIZON',
      BatchSize: 100,
      MaximumBatchingWindowInSeconds: 0,
      ParallelizationFactor: 1,
      MaximumRetryAttempts: -1,
      MaximumRecordAgeInSeconds: -1,
      BisectBatchOnFunctionError: false,
      FunctionResponseTypes: [],
      DestinationConfig: { OnFailure: {} },
      TumblingWindowInSeconds: 0,
      LastModified: h.clock.now() / 1000,
      LastProcessingResult: 'No records processed',
      State: 'Creating',
      StateTransitionReason: 'User action',
    });
    expect(await h.esm.getEventSourceMapping({ UUID: UUID1 })).toEqual({ ...created, State: 'Enabled' });
    expect(h.events).toContainEqual({ type: 'event-source-mappings-changed' });
  });

  it('keeps the settings given, and a qualified function ARN', async () => {
    setup();
    const dlq = 'arn:aws:sqs:us-east-1:123456789012:dlq';
    const created = await h.map({
      FunctionName: 'worker:live', BatchSize: 5, MaximumBatchingWindowInSeconds: 2, MaximumRetryAttempts: 3, MaximumRecordAgeInSeconds: 3600,
      BisectBatchOnFunctionError: true, ParallelizationFactor: 4, FunctionResponseTypes: ['ReportBatchItemFailures'],
      DestinationConfig: { OnFailure: { Destination: dlq } }, Enabled: false,
    });
    expect(created).toMatchObject({
      FunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:worker:live', BatchSize: 5, MaximumBatchingWindowInSeconds: 2,
      MaximumRetryAttempts: 3, MaximumRecordAgeInSeconds: 3600, BisectBatchOnFunctionError: true, ParallelizationFactor: 4,
      FunctionResponseTypes: ['ReportBatchItemFailures'], DestinationConfig: { OnFailure: { Destination: dlq } },
    });
    expect((await h.esm.getEventSourceMapping({ UUID: created.UUID })).State).toBe('Disabled');
  });

  it('refuses a second mapping of the same stream to the same function, in AWS words', async () => {
    setup();
    await h.map();
    await expect(h.map({ BatchSize: 10 })).rejects.toMatchObject({
      code: 'ResourceConflictException',
      statusCode: 409,
      message: `The event source arn (" ${STREAM_ARN} ") and function (" worker ") provided mapping already exists. Please update or delete the existing mapping with UUID ${UUID1}`,
    });
    // Another function, or another qualifier of the same one, is a different mapping.
    await expect(h.map({ FunctionName: 'other' })).resolves.toMatchObject({ FunctionArn: expect.stringContaining(':function:other') });
    await expect(h.map({ FunctionName: 'worker:live' })).resolves.toMatchObject({ FunctionArn: expect.stringContaining(':function:worker:live') });
  });
});

describe('Get, List, Update, Delete', () => {
  it('answers unknown UUIDs with ResourceNotFoundException', async () => {
    setup();
    const notFound = { code: 'ResourceNotFoundException', statusCode: 404, message: 'The resource you requested does not exist.' };
    await expect(h.esm.getEventSourceMapping({ UUID: 'nope' })).rejects.toMatchObject(notFound);
    await expect(h.esm.updateEventSourceMapping({ UUID: 'nope', Enabled: false })).rejects.toMatchObject(notFound);
    await expect(h.esm.deleteEventSourceMapping({ UUID: 'nope' })).rejects.toMatchObject(notFound);
    expect(() => h.esm.state('nope')).toThrow('The resource you requested does not exist.');
  });

  it('lists by event source and by function (names that exist or not), a page at a time', async () => {
    setup();
    await h.map();
    await h.map({ FunctionName: 'other' });
    await h.map({ FunctionName: 'worker:live' });
    const uuids = async (input: Parameters<typeof h.esm.listEventSourceMappings>[0]) => (await h.esm.listEventSourceMappings(input)).EventSourceMappings.map((m) => m.UUID.slice(-1));
    expect(await uuids({})).toEqual(['1', '2', '3']);
    expect(await uuids({ FunctionName: 'worker' })).toEqual(['1']);
    expect(await uuids({ FunctionName: 'arn:aws:lambda:us-east-1:123456789012:function:worker:live' })).toEqual(['3']);
    expect(await uuids({ EventSourceArn: STREAM_ARN, FunctionName: 'other' })).toEqual(['2']);
    expect(await uuids({ FunctionName: 'doesnotexist' })).toEqual([]);
    expect(await uuids({ EventSourceArn: 'arn:aws:sqs:us-east-1:123456789012:q' })).toEqual([]);
    const page = await h.esm.listEventSourceMappings({ MaxItems: 2 });
    expect(page.NextMarker).toBe('2');
    expect((await h.esm.listEventSourceMappings({ MaxItems: 2, Marker: page.NextMarker! })).EventSourceMappings).toHaveLength(1);
    await expect(h.esm.listEventSourceMappings({ MaxItems: 0 })).rejects.toMatchObject({ code: 'ValidationException' });
  });

  it('answers an update with the settings as they were (applied asynchronously), then Get shows them', async () => {
    setup();
    const { UUID } = await h.map();
    h.clock.advance(5000);
    const updated = await h.esm.updateEventSourceMapping({ UUID, BatchSize: 10, MaximumRetryAttempts: 2, DestinationConfig: { OnFailure: { Destination: 'arn:aws:sqs:us-east-1:123456789012:dlq' } } });
    expect(updated).toMatchObject({ State: 'Updating', BatchSize: 100, MaximumRetryAttempts: -1, DestinationConfig: { OnFailure: {} }, LastModified: h.clock.now() / 1000 });
    expect(await h.esm.getEventSourceMapping({ UUID })).toMatchObject({ State: 'Enabled', BatchSize: 10, MaximumRetryAttempts: 2, DestinationConfig: { OnFailure: { Destination: 'arn:aws:sqs:us-east-1:123456789012:dlq' } } });
    // An empty destination clears it.
    await h.esm.updateEventSourceMapping({ UUID, DestinationConfig: { OnFailure: { Destination: '' } } });
    expect((await h.esm.getEventSourceMapping({ UUID })).DestinationConfig).toEqual({ OnFailure: {} });
  });

  it('shows Disabling and Enabling while Enabled changes, and refuses a function change that would conflict', async () => {
    setup();
    const { UUID } = await h.map();
    await h.map({ FunctionName: 'other' });
    expect((await h.esm.updateEventSourceMapping({ UUID, Enabled: false })).State).toBe('Disabling');
    expect((await h.esm.getEventSourceMapping({ UUID })).State).toBe('Disabled');
    expect((await h.esm.updateEventSourceMapping({ UUID, Enabled: true })).State).toBe('Enabling');
    await expect(h.esm.updateEventSourceMapping({ UUID, FunctionName: 'other' })).rejects.toMatchObject({ code: 'ResourceConflictException' });
  });

  it('answers a delete with State Deleting, and the mapping is gone', async () => {
    setup();
    const { UUID } = await h.map();
    expect(await h.esm.deleteEventSourceMapping({ UUID })).toMatchObject({ UUID, State: 'Deleting' });
    await expect(h.esm.getEventSourceMapping({ UUID })).rejects.toMatchObject({ code: 'ResourceNotFoundException' });
    expect((await h.esm.listEventSourceMappings()).EventSourceMappings).toEqual([]);
  });
});

describe('saving and restoring', () => {
  it('exports create inputs with UUIDs that import restores in a fresh engine', async () => {
    setup();
    await h.map({ BatchSize: 7, FunctionResponseTypes: ['ReportBatchItemFailures'], DestinationConfig: { OnFailure: { Destination: 'arn:aws:sns:us-east-1:123456789012:alerts' } } });
    await h.map({ FunctionName: 'other:live', StartingPosition: 'LATEST', Enabled: false });
    const saved = h.esm.exportAll();
    expect(saved[0]).toEqual({
      UUID: UUID1, FunctionName: 'worker', EventSourceArn: STREAM_ARN, StartingPosition: 'TRIM_HORIZON', Enabled: true, BatchSize: 7,
      MaximumBatchingWindowInSeconds: 0, MaximumRetryAttempts: -1, MaximumRecordAgeInSeconds: -1, BisectBatchOnFunctionError: false,
      ParallelizationFactor: 1, FunctionResponseTypes: ['ReportBatchItemFailures'], DestinationConfig: { OnFailure: { Destination: 'arn:aws:sns:us-east-1:123456789012:alerts' } },
    });
    const before = await h.esm.listEventSourceMappings();
    h.esm.dispose();

    const restored = esmHarness();
    for (const input of JSON.parse(JSON.stringify(saved)) as typeof saved) await restored.esm.import(input);
    const after = await restored.esm.listEventSourceMappings();
    expect(after.EventSourceMappings.map(({ LastModified: _, ...m }) => m)).toEqual(before.EventSourceMappings.map(({ LastModified: _, ...m }) => m));
    await expect(restored.esm.import(saved[0]!)).rejects.toMatchObject({ code: 'ResourceConflictException' });
    restored.esm.dispose();
  });
});
