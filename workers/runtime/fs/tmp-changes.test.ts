// What the host sees of /tmp: coalesced changes, usage and the listing.
import { describe, expect, it } from 'vitest';
import { createFileSystem } from './index';

type NodeFs = typeof import('node:fs');

function setup() {
  const system = createFileSystem({ taskFiles: { 'index.js': '' }, capacityBytes: 1024 * 1024 });
  return { ...system, fs: system.fs as unknown as NodeFs };
}

const text = (data: Uint8Array) => new TextDecoder().decode(data);

describe('takeChanges', () => {
  it('reports new directories and files once, then nothing until something changes', () => {
    const { fs, takeChanges } = setup();
    fs.mkdirSync('/tmp/a/b', { recursive: true });
    fs.writeFileSync('/tmp/a/b/f.txt', 'one');
    fs.writeFileSync('/tmp/a/b/f.txt', 'two');
    const changes = takeChanges();
    expect(changes.map((change) => [change.type, change.path])).toEqual([['dir', '/tmp/a'], ['dir', '/tmp/a/b'], ['file', '/tmp/a/b/f.txt']]);
    const file = changes[2] as { data: Uint8Array; mtimeMs: number };
    expect(text(file.data)).toBe('two');
    expect(file.mtimeMs).toBe(fs.statSync('/tmp/a/b/f.txt').mtimeMs);
    expect(takeChanges()).toEqual([]);
    fs.appendFileSync('/tmp/a/b/f.txt', '!');
    expect(takeChanges().map((change) => change.type === 'file' && text(change.data))).toEqual(['two!']);
  });

  it('coalesces a file written three times then deleted into one deletion', () => {
    const { fs, takeChanges } = setup();
    fs.writeFileSync('/tmp/f', '0');
    takeChanges();
    for (const round of ['1', '2', '3']) fs.writeFileSync('/tmp/f', round);
    fs.unlinkSync('/tmp/f');
    expect(takeChanges()).toEqual([{ type: 'deleted', path: '/tmp/f' }]);
  });

  it('drops a file created and deleted within one period', () => {
    const { fs, takeChanges } = setup();
    fs.writeFileSync('/tmp/scratch', 'x');
    fs.writeFileSync('/tmp/scratch', 'y');
    fs.rmSync('/tmp/scratch');
    expect(takeChanges()).toEqual([]);
  });

  it('turns a directory rename into deletions (children first) and creations', () => {
    const { fs, takeChanges } = setup();
    fs.mkdirSync('/tmp/old/sub', { recursive: true });
    fs.writeFileSync('/tmp/old/sub/f', 'f');
    takeChanges();
    fs.renameSync('/tmp/old', '/tmp/new');
    const changes = takeChanges();
    expect(changes.map((change) => `${change.type} ${change.path}`)).toEqual([
      'deleted /tmp/old/sub/f', 'deleted /tmp/old/sub', 'deleted /tmp/old',
      'dir /tmp/new', 'dir /tmp/new/sub', 'file /tmp/new/sub/f',
    ]);
  });

  it('sees writes made through a descriptor and a stream', async () => {
    const { fs, takeChanges } = setup();
    const fd = fs.openSync('/tmp/fd', 'w');
    fs.writeSync(fd, 'by fd');
    fs.closeSync(fd);
    const stream = fs.createWriteStream('/tmp/stream');
    stream.end('by stream');
    await new Promise<void>((resolve) => stream.on('close', () => resolve()));
    const files = takeChanges().flatMap((change) => (change.type === 'file' ? [[change.path, text(change.data)]] : []));
    expect(files).toEqual([['/tmp/fd', 'by fd'], ['/tmp/stream', 'by stream']]);
  });

  it('hands over copies that later writes do not alter', () => {
    const { fs, takeChanges } = setup();
    fs.writeFileSync('/tmp/f', 'first');
    const [change] = takeChanges();
    fs.writeFileSync('/tmp/f', 'later');
    expect(change?.type === 'file' && text(change.data)).toBe('first');
  });
});

describe('usage and list', () => {
  it('count the bytes and files under /tmp and list every entry', () => {
    const { fs, usage, list } = setup();
    expect(usage()).toEqual({ bytes: 0, files: 0 });
    fs.mkdirSync('/tmp/d');
    fs.writeFileSync('/tmp/d/a', 'abc');
    fs.writeFileSync('/tmp/b', Buffer.alloc(10));
    fs.writeFileSync('/tmp/d-x', '');
    expect(usage()).toEqual({ bytes: 13, files: 3 });
    expect(list().map(({ path, type, size }) => ({ path, type, size }))).toEqual([
      { path: '/tmp/b', type: 'file', size: 10 },
      { path: '/tmp/d', type: 'dir', size: 0 },
      { path: '/tmp/d/a', type: 'file', size: 3 },
      { path: '/tmp/d-x', type: 'file', size: 0 },
    ]);
    expect(list().every((entry) => typeof entry.mtimeMs === 'number')).toBe(true);
  });
});

describe('reporting when nothing changed', () => {
  it('reads leave nothing to report; a changed time is still reported', () => {
    const { fs, takeChanges, usage } = createFileSystem({ taskFiles: {}, capacityBytes: 1024 * 1024 });
    const sync = fs as unknown as { writeFileSync(p: string, d: string): void; readFileSync(p: string): unknown; statSync(p: string): unknown; readdirSync(p: string): unknown; utimesSync(p: string, a: number, m: number): void };
    sync.writeFileSync('/tmp/a.txt', 'abc');
    expect(takeChanges()).toHaveLength(1);
    sync.readFileSync('/tmp/a.txt');
    sync.statSync('/tmp/a.txt');
    sync.readdirSync('/tmp');
    expect(takeChanges()).toEqual([]);
    expect(usage()).toEqual({ bytes: 3, files: 1 });
    sync.utimesSync('/tmp/a.txt', 1, 2);
    expect(takeChanges()).toEqual([expect.objectContaining({ type: 'file', path: '/tmp/a.txt' })]);
  });
});
