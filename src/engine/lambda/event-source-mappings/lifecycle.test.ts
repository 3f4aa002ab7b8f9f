// A mapping's life: disabling pauses polling and enabling resumes from the checkpoint, updates apply to
// the next batch, deleting stops everything, and what state() shows of each shard.
import { afterEach, describe, expect, it } from 'vitest';
import { esmHarness, fail, ok, type EsmHarness } from './test-helpers';

let h: EsmHarness;
afterEach(() => h?.esm.dispose());
const setup = () => (h = esmHarness());
const seq = (n: number) => String(n * 100).padStart(6, '0');

describe('Enabled', () => {
  it('false pauses polling; true resumes from the last record processed', async () => {
    setup();
    const { UUID } = await h.map();
    h.stream.put();
    await h.advance(250);
    await h.esm.updateEventSourceMapping({ UUID, Enabled: false });
    expect(h.stream.listeners).toBe(0);
    h.stream.putMany(2);
    await h.advance(5000);
    expect(h.batches()).toEqual([[seq(1)]]);
    expect(h.esm.state(UUID)).toMatchObject({ state: 'Disabled', shards: [{ status: 'stopped', checkpoint: seq(1), iteratorAgeMs: 5000 }] });
    await h.esm.updateEventSourceMapping({ UUID, Enabled: true });
    await h.advance(250);
    expect(h.batches()).toEqual([[seq(1)], [seq(2), seq(3)]]);
  });

  it('created disabled, reads nothing until enabled', async () => {
    setup();
    h.stream.putMany(2);
    const { UUID } = await h.map({ Enabled: false });
    await h.advance(1000);
    expect(h.invocations).toEqual([]);
    expect(h.esm.state(UUID).shards).toEqual([]);
    await h.esm.updateEventSourceMapping({ UUID, Enabled: true });
    await h.advance(250);
    expect(h.batches()).toEqual([[seq(1), seq(2)]]);
  });

  it('lets an invocation in flight finish and checkpoint, then waits', async () => {
    setup();
    let release!: () => void;
    h.setHandler(() => new Promise((resolve) => (release = () => resolve(ok()))));
    const { UUID } = await h.map();
    h.stream.put();
    await h.advance(250);
    await h.esm.updateEventSourceMapping({ UUID, Enabled: false });
    h.stream.put();
    release();
    await h.advance(1000);
    expect(h.batches()).toEqual([[seq(1)]]);
    expect(h.esm.state(UUID).shards[0]).toMatchObject({ status: 'stopped', checkpoint: seq(1) });
  });

  it('re-enabled while a batch was failing, retries it from the checkpoint afresh', async () => {
    setup();
    h.setHandler(() => fail());
    const { UUID } = await h.map();
    h.stream.put();
    await h.advance(4000);
    expect(h.esm.state(UUID).shards[0]!.retries).toBe(3);
    await h.esm.updateEventSourceMapping({ UUID, Enabled: false });
    await h.advance(60_000);
    const before = h.invocations.length;
    h.setHandler(() => ok());
    await h.esm.updateEventSourceMapping({ UUID, Enabled: true });
    await h.advance(250);
    expect(h.invocations.length).toBe(before + 1);
    expect(h.esm.state(UUID).shards[0]).toMatchObject({ checkpoint: seq(1), blocked: false, retries: 0, status: 'idle' });
  });
});

describe('updates and deletion', () => {
  it('applies new settings and a new function from the next batch', async () => {
    setup();
    const { UUID } = await h.map();
    h.stream.putMany(3);
    await h.advance(250);
    await h.esm.updateEventSourceMapping({ UUID, BatchSize: 1, FunctionName: 'other' });
    h.stream.putMany(2);
    await h.advance(250);
    expect(h.invocations.map((i) => [i.functionName, i.sequenceNumbers.length])).toEqual([['worker', 3], ['other', 1], ['other', 1]]);
  });

  it('stops a deleted mapping: no retry, and an invocation in flight is not followed up', async () => {
    setup();
    let release!: () => void;
    h.setHandler(() => new Promise((resolve) => (release = () => resolve(fail()))));
    const { UUID } = await h.map();
    h.stream.put();
    await h.advance(250);
    await h.esm.deleteEventSourceMapping({ UUID });
    release();
    h.stream.put();
    await h.advance(30_000);
    expect(h.invocations).toHaveLength(1);
    expect(h.notices()).toEqual([]);
    expect(h.stream.listeners).toBe(0);
  });

  it('drops the mappings of a deleted function, or of one of its aliases', async () => {
    setup();
    await h.map();
    const live = await h.map({ FunctionName: 'worker:live' });
    const other = await h.map({ FunctionName: 'other' });
    expect(h.esm.functionDeleted('worker', 'live')).toEqual([live.UUID]);
    expect(h.esm.functionDeleted('worker')).toEqual(['00000000-0000-4000-8000-000000000001']);
    expect((await h.esm.listEventSourceMappings()).EventSourceMappings.map((m) => m.UUID)).toEqual([other.UUID]);
    h.stream.put();
    await h.advance(250);
    expect(h.invocations.map((i) => i.functionName)).toEqual(['other']);
  });
});

describe('state()', () => {
  it('shows the last batch, the blocked shard and the age of the oldest record waiting', async () => {
    setup();
    h.setHandler((_e, numbers) => (numbers.includes(seq(2)) ? fail('bad record') : ok()));
    const { UUID } = await h.map({ BatchSize: 1 });
    h.stream.put();
    await h.advance(250);
    const waiting = h.stream.put();
    await h.advance(1500);
    const start = h.invocations[1]!.time;
    expect(h.esm.state(UUID)).toEqual({
      uuid: UUID,
      state: 'Enabled',
      lastProcessingResult: 'PROBLEM: Function call failed',
      shards: [
        {
          shardId: 'shard-1', status: 'retrying', checkpoint: seq(1), blocked: true, retries: 2, nextAttemptAt: start + 1000 + 2000,
          iteratorAgeMs: h.clock.now() - waiting.arrivalTime,
          lastBatch: { size: 1, firstSequenceNumber: seq(2), lastSequenceNumber: seq(2), outcome: 'function-error', time: start + 1000 },
          lastError: 'Error: bad record',
        },
      ],
    });
  });
});
