// The events view and live tail over a log store: filtering with patterns, following new lines,
// pattern errors with their column, and pausing a tail without losing lines.
import { describe, expect, it } from 'vitest';
import { LogStore } from '../../engine/logs/log-store';
import { createLogsService } from '../../engine/logs/logs-service';
import { LiveTail } from './logs-live-tail.svelte';
import { LogSearch } from './logs-search.svelte';
import type { LogsEngine } from './logs-groups.svelte';

function engine(): LogsEngine & { write: (group: string, message: string) => void } {
  const logs = new LogStore();
  return {
    logs,
    cloudwatchLogs: createLogsService(logs),
    clock: { onChange: () => () => {} } as unknown as LogsEngine['clock'],
    write: (group, message) => void logs.append({ group, stream: 's', timestamp: Date.now(), message, level: 'INFO' }),
  };
}
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('LogSearch', () => {
  it('filters a group and follows new matching lines', async () => {
    const e = engine();
    e.write('/aws/lambda/a', 'ERROR one');
    e.write('/aws/lambda/a', 'INFO two');
    const search = new LogSearch(e);
    search.group = '/aws/lambda/a';
    search.pattern = '?ERROR ?WARN';
    search.run();
    expect(search.results.map((r) => r.message)).toEqual(['ERROR one']);
    e.write('/aws/lambda/a', 'WARN three');
    e.write('/aws/lambda/b', 'WARN elsewhere');
    await tick();
    expect(search.results.map((r) => r.message)).toEqual(['ERROR one', 'WARN three']);
    search.dispose();
  });

  it('reports a bad pattern with its column and shows nothing', () => {
    const e = engine();
    e.write('/aws/lambda/a', 'x');
    const search = new LogSearch(e);
    search.group = '/aws/lambda/a';
    search.pattern = '{ $.level = }';
    search.run();
    expect(search.problem).toEqual({ message: "Invalid character(s) in term '}'", column: 13 });
    expect(search.results).toEqual([]);
  });
});

describe('LiveTail', () => {
  it('streams lines of the chosen groups, and holds them while paused', async () => {
    const e = engine();
    const tail = new LiveTail(e);
    tail.toggleGroup('/aws/lambda/a');
    tail.toggleGroup('/aws/lambda/b');
    tail.pattern = '-noise';
    tail.start();
    e.write('/aws/lambda/a', 'from a');
    e.write('/aws/lambda/b', 'from b');
    e.write('/aws/lambda/c', 'from c');
    e.write('/aws/lambda/a', 'noise');
    await tick();
    expect(tail.lines.map((l) => l.message)).toEqual(['from a', 'from b']);
    tail.pause();
    e.write('/aws/lambda/a', 'while paused');
    await tick();
    expect(tail.lines).toHaveLength(2);
    expect(tail.waiting).toBe(1);
    tail.resume();
    await tick();
    expect(tail.lines.map((l) => l.message)).toEqual(['from a', 'from b', 'while paused']);
    tail.stop();
    e.write('/aws/lambda/a', 'after stop');
    await tick();
    expect(tail.lines).toHaveLength(3);
  });
});
