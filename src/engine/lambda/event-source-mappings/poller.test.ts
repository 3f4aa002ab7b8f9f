// The stream poller on success: starting positions, polling 4 times a second, batch size, the batching
// window, the 6 MB payload, in-order processing per shard and what each batch announces.
import { afterEach, describe, expect, it } from 'vitest';
import { esmHarness, STREAM_ARN, type EsmHarness } from './test-helpers';

let h: EsmHarness;
afterEach(() => h?.esm.dispose());
const setup = (shards?: string[]) => (h = esmHarness(shards ? { shards } : {}));
const seq = (n: number) => String(n * 100).padStart(6, '0');

describe('starting position and polling', () => {
  it('TRIM_HORIZON processes the records already in the stream at the first poll (within 250 ms)', async () => {
    setup();
    h.stream.putMany(3);
    await h.map();
    await h.advance(0);
    expect(h.invocations).toEqual([]);
    await h.advance(250);
    expect(h.batches()).toEqual([[seq(1), seq(2), seq(3)]]);
    expect(h.invocations[0]).toMatchObject({ functionName: 'worker' });
  });

  it('LATEST skips the records already there and processes only new ones', async () => {
    setup();
    h.stream.putMany(2);
    await h.map({ StartingPosition: 'LATEST' });
    await h.advance(1000);
    expect(h.invocations).toEqual([]);
    h.stream.put();
    await h.advance(250);
    expect(h.batches()).toEqual([[seq(3)]]);
  });

  it('invokes with { Records: [...] }, each record as the stream carries it, and reports OK', async () => {
    setup();
    let received: unknown;
    h.setHandler((event) => ((received = event), { ok: true, payload: 'null' }));
    const { UUID } = await h.map();
    h.stream.put({ eventName: 'INSERT', eventSourceARN: STREAM_ARN });
    await h.advance(250);
    expect(received).toEqual({ Records: [{ eventName: 'INSERT', eventSourceARN: STREAM_ARN, dynamodb: { SequenceNumber: seq(1) } }] });
    expect((await h.esm.getEventSourceMapping({ UUID })).LastProcessingResult).toBe('OK');
    expect(h.notices('ok')).toEqual([
      {
        type: 'esm-batch', uuid: UUID, functionName: 'worker', shardId: 'shard-1', outcome: 'ok', size: 1, firstSequenceNumber: seq(1),
        lastSequenceNumber: seq(1), iteratorAgeMs: 250, time: h.clock.now(), invocations: 1,
      },
    ]);
  });
});

describe('batching', () => {
  it('splits what is waiting into batches of BatchSize, one after another', async () => {
    setup();
    h.stream.putMany(5);
    await h.map({ BatchSize: 2 });
    await h.advance(250);
    expect(h.batches()).toEqual([[seq(1), seq(2)], [seq(3), seq(4)], [seq(5)]]);
  });

  it('with a batching window, waits for a full batch or the end of the window', async () => {
    setup();
    await h.map({ BatchSize: 3, MaximumBatchingWindowInSeconds: 5 });
    const start = h.clock.now();
    await h.advance(1000);
    h.stream.put();
    await h.advance(2000);
    expect(h.invocations).toEqual([]);
    h.stream.putMany(2);
    await h.advance(250);
    // The batch filled up: it goes at the next poll, before the window ends.
    expect(h.invocations.map((i) => [i.time - start, i.sequenceNumbers.length])).toEqual([[3250, 3]]);
    h.stream.put();
    await h.advance(4500);
    expect(h.invocations).toHaveLength(1);
    await h.advance(500);
    // "the next batching window begins as soon as the previous function invocation completes".
    expect(h.invocations.map((i) => i.time - start)).toEqual([3250, 8250]);
  });

  it('sends a record at once after a quiet period longer than the window', async () => {
    setup();
    await h.map({ MaximumBatchingWindowInSeconds: 2 });
    await h.advance(10_000);
    h.stream.put();
    await h.advance(250);
    expect(h.batches()).toEqual([[seq(1)]]);
  });

  it('stops a batch short of BatchSize when the event would exceed 6 MB', async () => {
    setup();
    const big = 'x'.repeat(2 * 1024 * 1024);
    for (let i = 0; i < 4; i++) h.stream.put({ big });
    await h.map({ BatchSize: 10 });
    await h.advance(250);
    expect(h.batches().map((b) => b.length)).toEqual([2, 2]);
  });
});

describe('shards', () => {
  it('keeps each shard in order and polls shards independently', async () => {
    setup(['shard-a', 'shard-b']);
    let release!: () => void;
    h.setHandler((_event, numbers) =>
      numbers.includes(seq(1)) ? new Promise((resolve) => (release = () => resolve({ ok: true, payload: 'null' }))) : { ok: true, payload: 'null' },
    );
    await h.map({ BatchSize: 1 });
    h.stream.put({}, 'shard-a');
    h.stream.put({}, 'shard-b');
    h.stream.put({}, 'shard-a');
    await h.advance(1000);
    // shard-a waits for its first batch; shard-b goes ahead.
    expect(h.batches()).toEqual([[seq(1)], [seq(2)]]);
    release();
    await h.advance(0);
    expect(h.batches()).toEqual([[seq(1)], [seq(2)], [seq(3)]]);
  });

  it('reads a shard that appears later from its start', async () => {
    setup();
    await h.map({ StartingPosition: 'LATEST' });
    h.stream.addShard('shard-2');
    h.stream.put({}, 'shard-2');
    await h.advance(250);
    expect(h.batches()).toEqual([[seq(1)]]);
    expect(h.esm.state('00000000-0000-4000-8000-000000000001').shards.map((s) => s.shardId)).toEqual(['shard-1', 'shard-2']);
  });
});
