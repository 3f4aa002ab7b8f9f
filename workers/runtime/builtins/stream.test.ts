import { describe, expect, it } from 'vitest';
import { createStream, createStreamPromises } from './stream';

const stream = createStream();
const { Readable, Writable, Transform, PassThrough, Duplex } = stream;
const promises = createStreamPromises();

/** Collects everything a Writable receives. */
function sink(chunks: unknown[]) {
  return new Writable({
    objectMode: true,
    write(chunk, _encoding, callback) {
      chunks.push(chunk);
      callback();
    },
  });
}

describe('stream', () => {
  it('is the legacy Stream class carrying the stream classes, as require("stream") is in Node', () => {
    expect(typeof stream).toBe('function');
    expect(stream.Stream).toBe(stream);
    for (const Kind of [Readable, Writable, Duplex, Transform, PassThrough]) expect(typeof Kind).toBe('function');
    expect(new PassThrough()).toBeInstanceOf(stream);
  });

  it('Readable.from and async iteration deliver every chunk in order', async () => {
    const seen: unknown[] = [];
    for await (const chunk of Readable.from(['a', 'b', 'c'])) seen.push(chunk);
    expect(seen).toEqual(['a', 'b', 'c']);
  });

  it('pipeline runs data through a Transform and calls back once done', async () => {
    const chunks: unknown[] = [];
    const upper = new Transform({
      transform(chunk, _encoding, callback) {
        callback(null, String(chunk).toUpperCase());
      },
    });
    await new Promise<void>((resolve, reject) =>
      stream.pipeline(Readable.from(['hello ', 'world']), upper, sink(chunks), (error) => (error ? reject(error) : resolve())),
    );
    expect(chunks.map(String).join('')).toBe('HELLO WORLD');
  });

  it('stream/promises pipeline rejects with the failing stage\'s error', async () => {
    const failing = new Transform({
      transform(_chunk, _encoding, callback) {
        callback(new Error('bad chunk'));
      },
    });
    await expect(promises.pipeline(Readable.from(['x']), failing, sink([]))).rejects.toThrow('bad chunk');
  });

  it('stream/promises finished resolves when a writable has finished', async () => {
    const chunks: unknown[] = [];
    const writable = sink(chunks);
    writable.write('a');
    writable.end('b');
    await promises.finished(writable);
    expect(chunks).toEqual(['a', 'b']);
  });

  it('stream.finished calls back with the error of a destroyed stream', async () => {
    const readable = new Readable({ read() {} });
    const done = new Promise<unknown>((resolve) => stream.finished(readable, resolve));
    readable.destroy(new Error('gone'));
    await expect(done).resolves.toMatchObject({ message: 'gone' });
  });

  it('PassThrough relays writes to readers, and object mode keeps objects', async () => {
    const through = new PassThrough({ objectMode: true });
    through.write({ n: 1 });
    through.end({ n: 2 });
    const seen: unknown[] = [];
    for await (const chunk of through) seen.push(chunk);
    expect(seen).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it('Readable has the array-like operators of Node 20', async () => {
    const doubled = await Readable.from([1, 2, 3]).map((n: number) => n * 2).toArray();
    expect(doubled).toEqual([2, 4, 6]);
  });
});
