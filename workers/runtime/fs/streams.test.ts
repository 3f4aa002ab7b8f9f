// Read and write streams: events, ranges, pipe(), and pipeline from readable-stream and Node.
import { Transform as NodeTransform } from 'node:stream';
import { pipeline as nodePipeline } from 'node:stream/promises';
import { Transform, Writable, pipeline } from 'readable-stream';
import { describe, expect, it } from 'vitest';
import { createFileSystem } from './index';

type NodeFs = typeof import('node:fs');

const makeFs = (capacityBytes = 1024 * 1024) =>
  createFileSystem({ taskFiles: { 'data.csv': 'a,b\n1,2\n' }, capacityBytes }).fs as unknown as NodeFs;

const once = (emitter: NodeJS.EventEmitter, event: string) => new Promise<unknown[]>((resolve) => emitter.once(event, (...args) => resolve(args)));

const upperCase = () => new Transform({
  transform(chunk, _encoding, done) {
    done(null, String(chunk).toUpperCase());
  },
});

describe('createWriteStream', () => {
  it('writes chunks, then emits open, finish and close in order', async () => {
    const fs = makeFs();
    const events: string[] = [];
    const stream = fs.createWriteStream('/tmp/out.txt');
    for (const name of ['open', 'ready', 'finish', 'close']) stream.on(name, () => events.push(name));
    stream.write('line 1\n');
    stream.write(Buffer.from('line 2\n'));
    stream.write(new Uint8Array([0x6c, 0x33, 0x0a]));
    stream.end('end\n');
    await once(stream, 'close');
    expect(events).toEqual(['open', 'ready', 'finish', 'close']);
    expect(stream.bytesWritten).toBe(21);
    expect(fs.readFileSync('/tmp/out.txt', 'utf8')).toBe('line 1\nline 2\nl3\nend\n');
  });

  it('appends with flags "a"', async () => {
    const fs = makeFs();
    fs.writeFileSync('/tmp/log', 'old\n');
    const stream = fs.createWriteStream('/tmp/log', { flags: 'a' });
    stream.end('new\n');
    await once(stream, 'close');
    expect(fs.readFileSync('/tmp/log', 'utf8')).toBe('old\nnew\n');
  });

  it('emits EROFS for /var/task and ENOSPC when /tmp is full', async () => {
    const fs = makeFs(10);
    const readOnly = fs.createWriteStream('/var/task/out.txt');
    const [error] = await once(readOnly, 'error');
    expect((error as Error).message).toBe("EROFS: read-only file system, open '/var/task/out.txt'");
    const full = fs.createWriteStream('/tmp/big');
    full.write('12345');
    full.write('678901');
    const [noSpace] = await once(full, 'error');
    expect((noSpace as Error).message).toBe('ENOSPC: no space left on device, write');
    expect(fs.readFileSync('/tmp/big', 'utf8')).toBe('12345');
  });
});

describe('createReadStream', () => {
  it('emits data chunks then end, and closes', async () => {
    const fs = makeFs();
    fs.writeFileSync('/tmp/in.txt', 'abcdefghij');
    const stream = fs.createReadStream('/tmp/in.txt', { highWaterMark: 4 });
    const chunks: string[] = [];
    const events: string[] = [];
    stream.on('data', (chunk) => chunks.push(String(chunk)));
    for (const name of ['open', 'end', 'close']) stream.on(name, () => events.push(name));
    await once(stream, 'close');
    expect(chunks).toEqual(['abcd', 'efgh', 'ij']);
    expect(events).toEqual(['open', 'end', 'close']);
    expect(stream.bytesRead).toBe(10);
  });

  it('reads a byte range with start and end (inclusive), and decodes with an encoding', async () => {
    const fs = makeFs();
    fs.writeFileSync('/tmp/in.txt', 'abcdefghij');
    const parts: unknown[] = [];
    for await (const chunk of fs.createReadStream('/tmp/in.txt', { start: 2, end: 5, encoding: 'utf8' })) parts.push(chunk);
    expect(parts).toEqual(['cdef']);
  });

  it('reads the function code and reports ENOENT for a missing file', async () => {
    const fs = makeFs();
    let text = '';
    for await (const chunk of fs.createReadStream('data.csv')) text += chunk;
    expect(text).toBe('a,b\n1,2\n');
    const [error] = await once(fs.createReadStream('/tmp/missing'), 'error');
    expect(error).toMatchObject({ code: 'ENOENT', syscall: 'open', path: '/tmp/missing' });
  });
});

describe('piping', () => {
  it('copies a file with pipe()', async () => {
    const fs = makeFs();
    fs.writeFileSync('/tmp/src', Buffer.alloc(200_000, 7));
    const out = fs.createReadStream('/tmp/src').pipe(fs.createWriteStream('/tmp/dst'));
    await once(out, 'close');
    expect(fs.readFileSync('/tmp/dst').equals(Buffer.alloc(200_000, 7))).toBe(true);
  });

  it('runs stream.pipeline with a transform', async () => {
    const fs = makeFs();
    fs.writeFileSync('/tmp/words', 'serverless playground');
    await new Promise<void>((resolve, reject) =>
      pipeline(fs.createReadStream('/tmp/words'), upperCase(), fs.createWriteStream('/tmp/upper'), (error) => (error ? reject(error) : resolve())));
    expect(fs.readFileSync('/tmp/upper', 'utf8')).toBe('SERVERLESS PLAYGROUND');
  });

  it('works with Node’s stream/promises pipeline too', async () => {
    const fs = makeFs();
    fs.writeFileSync('/tmp/words', 'lambda');
    const toUpper = new NodeTransform({ transform: (chunk, _encoding, done) => done(null, String(chunk).toUpperCase()) });
    await nodePipeline(fs.createReadStream('/tmp/words'), toUpper, fs.createWriteStream('/tmp/upper'));
    expect(fs.readFileSync('/tmp/upper', 'utf8')).toBe('LAMBDA');
  });

  it('pipeline reports a failing source and leaves no open descriptor behind', async () => {
    const fs = makeFs();
    const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
    const error = await new Promise((resolve) => pipeline(fs.createReadStream('/tmp/none'), sink, resolve));
    expect(error).toMatchObject({ code: 'ENOENT' });
  });
});
