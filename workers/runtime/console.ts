// The `console` a handler sees: every method becomes a Lambda log line with the right level.
import type { LogLevel } from '../../src/engine/lambda/runtime-protocol';
import { formatArgs } from './format';

export type EmitLog = (level: LogLevel, message: string) => void;

export function createLambdaConsole(emit: EmitLog, mapStack: (stack: string) => string): Console {
  const write = (level: LogLevel) => (...args: unknown[]) => emit(level, formatArgs(args, mapStack));
  const counts = new Map<string, number>();
  const timers = new Map<string, number>();
  const lambdaConsole = {
    log: write('INFO'),
    info: write('INFO'),
    warn: write('WARN'),
    error: write('ERROR'),
    debug: write('DEBUG'),
    trace: (...args: unknown[]) => emit('TRACE', `Trace: ${formatArgs(args, mapStack)}`),
    dir: (value: unknown) => emit('INFO', formatArgs([value], mapStack)),
    table: write('INFO'),
    assert: (condition: unknown, ...args: unknown[]) => {
      if (!condition) emit('ERROR', `Assertion failed${args.length ? `: ${formatArgs(args, mapStack)}` : ''}`);
    },
    count: (label = 'default') => {
      const n = (counts.get(label) ?? 0) + 1;
      counts.set(label, n);
      emit('INFO', `${label}: ${n}`);
    },
    countReset: (label = 'default') => void counts.delete(label),
    time: (label = 'default') => void timers.set(label, performance.now()),
    timeLog: (label = 'default', ...args: unknown[]) => {
      const start = timers.get(label);
      if (start !== undefined) emit('INFO', [`${label}: ${(performance.now() - start).toFixed(3)}ms`, ...args.map(String)].join(' '));
    },
    timeEnd: (label = 'default') => {
      const start = timers.get(label);
      if (start === undefined) return;
      timers.delete(label);
      emit('INFO', `${label}: ${(performance.now() - start).toFixed(3)}ms`);
    },
    group: write('INFO'),
    groupCollapsed: write('INFO'),
    groupEnd: () => {},
  };
  return lambdaConsole as unknown as Console;
}
