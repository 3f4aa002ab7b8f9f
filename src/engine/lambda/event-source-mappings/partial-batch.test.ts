// ReportBatchItemFailures ("Configuring partial batch response with DynamoDB and Lambda"): checkpoint
// before the lowest failed sequence number, the success and failure conditions, and retries spent.
import { afterEach, describe, expect, it } from 'vitest';
import { esmHarness, ok, STREAM_ARN, type EsmHarness } from './test-helpers';

let h: EsmHarness;
afterEach(() => h?.esm.dispose());
const setup = () => (h = esmHarness());
const seq = (n: number) => String(n * 100).padStart(6, '0');
const DLQ = 'arn:aws:sqs:us-east-1:123456789012:dlq';
const failing = (...ids: unknown[]) => ok({ batchItemFailures: ids.map((itemIdentifier) => ({ itemIdentifier })) });

async function run(responses: unknown[], extra = {}) {
  setup();
  h.setHandler(() => (responses.length ? ok(responses.shift()) : ok()));
  const mapping = await h.map({ BatchSize: 5, FunctionResponseTypes: ['ReportBatchItemFailures'], ...extra });
  h.stream.putMany(5);
  await h.advance(5000);
  return mapping;
}

describe('partial batch response', () => {
  it('checkpoints before the lowest failed sequence number and retries from there', async () => {
    setup();
    let first = true;
    h.setHandler(() => (first ? ((first = false), failing(seq(4), seq(2))) : ok()));
    const { UUID } = await h.map({ BatchSize: 5, FunctionResponseTypes: ['ReportBatchItemFailures'] });
    h.stream.putMany(5);
    await h.advance(250);
    expect(h.esm.state(UUID).shards[0]).toMatchObject({ checkpoint: seq(1), blocked: true, retries: 1, status: 'retrying' });
    expect(h.notices('partial-failure')[0]).toMatchObject({ firstSequenceNumber: seq(1), lastSequenceNumber: seq(5), next: 'retry', error: `Partial batch response: records from ${seq(2)} failed` });
    await h.advance(1000);
    expect(h.batches()).toEqual([[seq(1), seq(2), seq(3), seq(4), seq(5)], [seq(2), seq(3), seq(4), seq(5)]]);
    expect(h.esm.state(UUID).shards[0]).toMatchObject({ checkpoint: seq(5), blocked: false });
  });

  it.each([
    ['an empty batchItemFailures list', { batchItemFailures: [] }],
    ['a null batchItemFailures list', { batchItemFailures: null }],
    ['an empty response', {}],
    ['a null response', null],
  ])('treats %s as complete success', async (_name, response) => {
    await run([response]);
    expect(h.batches()).toHaveLength(1);
    expect(h.notices().map((n) => n.outcome)).toEqual(['ok']);
  });

  it.each([
    ['an empty itemIdentifier', { batchItemFailures: [{ itemIdentifier: '' }] }],
    ['a null itemIdentifier', { batchItemFailures: [{ itemIdentifier: null }] }],
    ['a bad key name', { batchItemFailures: [{ foo: seq(2) }] }],
    ['an itemIdentifier that is not a sequence number of the batch', { batchItemFailures: [{ itemIdentifier: 123 }] }],
  ])('treats %s as a failure of the whole batch', async (_name, response) => {
    await run([response]);
    expect(h.batches()).toEqual([[seq(1), seq(2), seq(3), seq(4), seq(5)], [seq(1), seq(2), seq(3), seq(4), seq(5)]]);
    expect(h.notices('partial-failure')[0]!.error).toMatch(/^Partial batch response: .*; the whole batch is retried$/);
  });

  it('ignores batchItemFailures unless ReportBatchItemFailures is turned on', async () => {
    await run([{ batchItemFailures: [{ itemIdentifier: seq(3) }] }], { FunctionResponseTypes: [] });
    expect(h.batches()).toHaveLength(1);
  });

  it('with BisectBatchOnFunctionError too, retries only the records from the returned sequence number', async () => {
    await run([{ batchItemFailures: [{ itemIdentifier: seq(4) }] }], { BisectBatchOnFunctionError: true });
    expect(h.batches()).toEqual([[seq(1), seq(2), seq(3), seq(4), seq(5)], [seq(4), seq(5)]]);
  });

  it('counts partial failures as retries and reports functionError null when they run out', async () => {
    setup();
    h.setHandler((_e, numbers) => (numbers.includes(seq(6)) ? failing(seq(6)) : ok()));
    await h.map({ BatchSize: 3, MaximumRetryAttempts: 3, FunctionResponseTypes: ['ReportBatchItemFailures'], DestinationConfig: { OnFailure: { Destination: DLQ } } });
    h.stream.putMany(7);
    await h.advance(20_000);
    expect(h.batches()).toEqual([[seq(1), seq(2), seq(3)], [seq(4), seq(5), seq(6)], [seq(6)], [seq(6)], [seq(6)], [seq(7)]]);
    expect(h.deliveries.map((d) => d.record)).toEqual([
      expect.objectContaining({
        requestContext: expect.objectContaining({ condition: 'RetryAttemptsExhausted', approximateInvokeCount: 4 }),
        responseContext: { statusCode: 200, executedVersion: '$LATEST', functionError: null },
        DDBStreamBatchInfo: expect.objectContaining({ startSequenceNumber: seq(6), endSequenceNumber: seq(6), batchSize: 1, streamArn: STREAM_ARN }),
      }),
    ]);
  });
});
