import { describe, expect, it } from 'vitest';
import { createEvents } from './events';

const EventEmitter = createEvents() as typeof import('node:events').EventEmitter & typeof import('node:events');

describe('events', () => {
  it('is the EventEmitter class itself, as require("events") is in Node', () => {
    expect(typeof EventEmitter).toBe('function');
    expect(EventEmitter.EventEmitter).toBe(EventEmitter);
    expect(EventEmitter.defaultMaxListeners).toBe(10);
  });

  it('emits to listeners in order, once() fires a single time, and subclasses work', () => {
    class Job extends EventEmitter {}
    const job = new Job();
    const calls: string[] = [];
    job.on('tick', (n: number) => calls.push(`on ${n}`));
    job.once('tick', (n: number) => calls.push(`once ${n}`));
    job.emit('tick', 1);
    job.emit('tick', 2);
    expect(calls).toEqual(['on 1', 'once 1', 'on 2']);
    expect(job.listenerCount('tick')).toBe(1);
  });

  it('an unhandled error event throws, as in Node', () => {
    expect(() => new EventEmitter().emit('error', new Error('unheard'))).toThrow('unheard');
  });

  it('events.once resolves with the arguments and rejects on error', async () => {
    const emitter = new EventEmitter();
    setTimeout(() => emitter.emit('ready', 1, 2), 0);
    await expect(EventEmitter.once(emitter, 'ready')).resolves.toEqual([1, 2]);
    setTimeout(() => emitter.emit('error', new Error('failed')), 0);
    await expect(EventEmitter.once(emitter, 'ready')).rejects.toThrow('failed');
  });

  it('events.on iterates over emissions and stops when the loop breaks', async () => {
    const emitter = new EventEmitter();
    setTimeout(() => {
      emitter.emit('data', 'a');
      emitter.emit('data', 'b');
      emitter.emit('data', 'c');
    }, 0);
    const seen: unknown[] = [];
    for await (const [value] of EventEmitter.on(emitter, 'data')) {
      seen.push(value);
      if (seen.length === 3) break;
    }
    expect(seen).toEqual(['a', 'b', 'c']);
    expect(emitter.listenerCount('data')).toBe(0);
    expect(emitter.listenerCount('error')).toBe(0);
  });

  it('events.on throws the emitter\'s error', async () => {
    const emitter = new EventEmitter();
    setTimeout(() => emitter.emit('error', new Error('stream broke')), 0);
    const iterate = async () => {
      for await (const _ of EventEmitter.on(emitter, 'data')) void _;
    };
    await expect(iterate()).rejects.toThrow('stream broke');
  });

  it('has getEventListeners and setMaxListeners', () => {
    const emitter = new EventEmitter();
    const listener = () => undefined;
    emitter.on('x', listener);
    expect(EventEmitter.getEventListeners(emitter, 'x')).toEqual([listener]);
    EventEmitter.setMaxListeners(3, emitter);
    expect(emitter.getMaxListeners()).toBe(3);
  });
});
