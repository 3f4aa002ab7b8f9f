import { expect, it } from 'vitest';
import type { InvocationRecord } from '../../engine/lambda/invoker';
import { MAX_BARS_PER_LANE, TimelineBook } from './traces-timeline';

const record = (over: Partial<InvocationRecord>): InvocationRecord => ({
  requestId: 'r', functionName: 'f', version: '$LATEST', environmentId: 'e1', startedAt: 1000, coldStart: false, status: 'success',
  durationMs: 50, billedDurationMs: 50, memorySizeMB: 128, maxMemoryUsedMB: 40, payload: 'null', logStreamName: 's', logLines: [], ...over,
});

it('opens a lane per working environment and completes its bar from the record', () => {
  const book = new TimelineBook();
  book.sawEnvironments([{ id: 'e1', state: 'initializing' }, { id: 'e2', state: 'busy' }, { id: 'e3', state: 'idle' }], 990);
  expect(book.lanes.map((l) => l.environmentId)).toEqual(['e1', 'e2']);
  expect(book.lanes[0]!.bars).toEqual([{ start: 990, initMs: 0, status: 'running', cold: true }]);
  // Seeing the same busy environment again does not open a second bar.
  book.sawEnvironments([{ id: 'e1', state: 'busy' }], 995);
  expect(book.lanes[0]!.bars).toHaveLength(1);
  book.finished(record({ requestId: 'a', coldStart: true, initDurationMs: 200, status: 'error' }));
  expect(book.lanes[0]!.bars).toEqual([{ requestId: 'a', start: 1000, initMs: 200, end: 1250, status: 'error', cold: true }]);
  book.finished(record({ requestId: 'b', environmentId: 'e1', startedAt: 1300 }));
  expect(book.lanes[0]!.bars.map((b) => [b.requestId, b.cold])).toEqual([['a', true], ['b', false]]);
});

it('keeps throttles and bounds what a long session holds', () => {
  const book = new TimelineBook();
  book.throttled(5);
  expect(book.throttles).toEqual([5]);
  for (let i = 0; i < MAX_BARS_PER_LANE + 10; i++) book.finished(record({ requestId: String(i), startedAt: i }));
  expect(book.lanes[0]!.bars).toHaveLength(MAX_BARS_PER_LANE);
  expect(book.lanes[0]!.bars[0]!.requestId).toBe('10');
});
