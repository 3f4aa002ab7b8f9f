import nodeUtil from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import { createTimerTracker } from '../timers';
import { createBuiltins } from './index';
import { createUtil } from './util';

const util = createUtil();

class Point {
  constructor(readonly x: number) {}
}
class Named {
  toString() {
    return 'Named!';
  }
}

describe('util.format', () => {
  const cases: unknown[][] = [
    ['%s %d', 'answer', 42],
    ['%s:%s', 'a'],
    ['%d %i %f', '42.5', '42.5', '42.5'],
    ['%d %i', 10n, 10n],
    ['%s', -0],
    ['%s', 12345678901234567890n],
    ['%s', { a: { b: { c: 1 } } }],
    ['%s', [1, [2, [3]]]],
    ['%s', new Named()],
    ['%s', null],
    ['%s', undefined],
    ['%s', Symbol('q')],
    ['%j', { a: [1, 'x'] }],
    ['%j', undefined],
    ['%O', { a: { b: { c: { d: 1 } } } }],
    ['%%', 1],
    ['%%'],
    ['%s'],
    ['%x %s', 1],
    ['100%', 'done'],
    ['%c%s', 'color: red', 'styled'],
    ['a', 'b', { c: 1 }, [2], 3],
    [1, 'x', null],
    [{ a: 1 }],
    ['', 'x'],
    ['%s %s', 'only-one'],
    ['%d', {}],
    ['%s', new Point(1)],
    ['%s', new Date(0)],
    ['%i', 'abc'],
  ];
  it.each(cases)('format(%j, ...) matches Node', (...args) => {
    expect(util.format(...args)).toBe(nodeUtil.format(...args));
  });

  it('%j prints [Circular] for circular structures as Node does', () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(util.format('%j', circular)).toBe(nodeUtil.format('%j', circular));
  });

  it('errors print with their stack', () => {
    const error = new Error('boom');
    expect(util.format('failed:', error)).toBe(nodeUtil.format('failed:', error));
  });
});

describe('util.inspect', () => {
  it.each([
    'text',
    42,
    null,
    undefined,
    [1, 2, 3],
    { a: 1, b: 'two', c: [1, 2], d: { e: { f: { g: 1 } } } },
    { long: 'x'.repeat(60), more: 'y'.repeat(30) },
    [{ a: 1 }, { b: 2 }],
  ])('inspect(%j) matches Node', (value) => {
    expect(util.inspect(value)).toBe(nodeUtil.inspect(value));
  });

  it('honours depth, including null for unlimited', () => {
    const deep = { a: { b: { c: { d: { e: 1 } } } } };
    expect(util.inspect(deep, { depth: 0 })).toBe(nodeUtil.inspect(deep, { depth: 0 }));
    expect(util.inspect(deep, { depth: null })).toBe(nodeUtil.inspect(deep, { depth: null }));
    expect(util.inspect(deep, false, null)).toBe(nodeUtil.inspect(deep, false, null));
  });

  it('calls a [util.inspect.custom] method', () => {
    const value = { [util.inspect.custom]: () => 'custom!' };
    expect(util.inspect(value)).toBe('custom!');
    expect(util.inspect.custom).toBe(nodeUtil.inspect.custom);
  });
});

describe('promisify and callbackify', () => {
  it('promisify resolves with the callback value and rejects with its error', async () => {
    const ok = (a: number, cb: (e: Error | null, v?: number) => void) => cb(null, a * 2);
    const bad = (cb: (e: Error | null) => void) => cb(new Error('nope'));
    await expect(util.promisify(ok)(21)).resolves.toBe(42);
    await expect(util.promisify(bad)()).rejects.toThrow('nope');
  });

  it('promisify honours util.promisify.custom, the same symbol as Node', async () => {
    const fn = Object.assign(() => undefined, { [util.promisify.custom]: async () => 'custom' });
    expect(util.promisify.custom).toBe(nodeUtil.promisify.custom);
    await expect(util.promisify(fn)()).resolves.toBe('custom');
  });

  it('promisify keeps `this` and rejects non-functions with ERR_INVALID_ARG_TYPE', async () => {
    const obj = { n: 5, get(cb: (e: null, v: number) => void) { cb(null, this.n); } };
    await expect(util.promisify(obj.get).call(obj)).resolves.toBe(5);
    expect(() => util.promisify(42)).toThrow(expect.objectContaining({ code: 'ERR_INVALID_ARG_TYPE' }));
  });

  it('promisify(setTimeout) is timers/promises setTimeout, as in Node', async () => {
    const tracker = createTimerTracker();
    const builtins = createBuiltins({ timers: tracker.timers, memoryLimitInMB: 128 });
    const { promisify } = builtins.util as typeof util;
    const sleep = promisify(tracker.timers.setTimeout);
    await expect(sleep(5, 'woke')).resolves.toBe('woke');
  });

  it('callbackify calls back with the value, or with a wrapped falsy rejection', async () => {
    const ok = util.callbackify(async (n: number) => n + 1);
    await expect(new Promise((resolve) => ok(1, (e: unknown, v: unknown) => resolve([e, v])))).resolves.toEqual([null, 2]);
    const falsy = util.callbackify(() => Promise.reject(0));
    const error = await new Promise<Error & { reason?: unknown; code?: string }>((resolve) => falsy((e: Error) => resolve(e)));
    expect(error).toMatchObject({ code: 'ERR_FALSY_VALUE_REJECTION', reason: 0 });
  });
});

describe('the rest of util', () => {
  it('inherits links prototypes and sets super_', () => {
    function Base(this: { base: boolean }) {
      this.base = true;
    }
    Base.prototype.hello = () => 'hi';
    function Child() {}
    util.inherits(Child, Base);
    const child = new (Child as unknown as new () => { hello(): string })();
    expect(child.hello()).toBe('hi');
    expect((Child as unknown as { super_: unknown }).super_).toBe(Base);
  });

  it('deprecate warns once and still calls through', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const fn = util.deprecate((n: number) => n * 2, 'old api', 'DEP0999');
    expect(fn(2)).toBe(4);
    expect(fn(3)).toBe(6);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toContain('[DEP0999] DeprecationWarning: old api');
    warn.mockRestore();
  });

  it('types agrees with Node for a range of values', () => {
    const samples: unknown[] = [
      new Date(), /x/, Promise.resolve(), new Map(), new Set(), new WeakMap(), new WeakSet(), new Uint8Array(2),
      new Float64Array(1), new BigInt64Array(1), new ArrayBuffer(1), new DataView(new ArrayBuffer(1)), new Error('e'),
      new TypeError('t'), Object.create(Error.prototype), async () => undefined, function* gen() {}, async function* agen() {},
      (function* gen() {})(), new Number(1), new String('s'), Object(1n), Object(Symbol('s')), new Map().keys(),
      new Set().values(), {}, [], 'str', 1, null, undefined, (function () { return arguments; })(),
    ];
    const names = Object.keys(util.types).filter((name) => !['isExternal', 'isKeyObject', 'isCryptoKey', 'isProxy'].includes(name));
    for (const name of names) {
      const ours = (util.types as Record<string, (value: unknown) => boolean>)[name]!;
      const node = (nodeUtil.types as unknown as Record<string, (value: unknown) => boolean>)[name]!;
      for (const sample of samples) expect([name, ours(sample)]).toEqual([name, node(sample)]);
    }
  });

  it('isDeepStrictEqual agrees with Node', () => {
    const a = { x: [1, { y: new Date(0) }], m: new Map([[1, { z: 1 }]]), s: new Set([1, 'a', { o: 1 }]) };
    const b = { x: [1, { y: new Date(0) }], m: new Map([[1, { z: 1 }]]), s: new Set([{ o: 1 }, 'a', 1]) };
    const circularA: Record<string, unknown> = { n: 1 };
    circularA.self = circularA;
    const circularB: Record<string, unknown> = { n: 1 };
    circularB.self = circularB;
    const pairs: Array<[unknown, unknown]> = [
      [a, b], [{ a: 1 }, { a: '1' }], [[1, 2], [1, 2, 3]], [NaN, NaN], [0, -0], [new Date(NaN), new Date(NaN)],
      [/a/g, /a/g], [/a/g, /a/i], [new Error('x'), new Error('x')], [new Error('x'), new TypeError('x')],
      [Buffer.from('ab'), Buffer.from('ab')], [new Uint8Array([1]), new Uint16Array([1])], [new Point(1), { x: 1 }],
      [[, 1], [undefined, 1]], [new Set([{}]), new Set([{ a: 1 }])], [circularA, circularB], [new Number(1), new Number(2)],
      [{ [Symbol.for('k')]: 1 }, { [Symbol.for('k')]: 2 }], [Object.create(null), {}],
    ];
    for (const [x, y] of pairs) expect([x, util.isDeepStrictEqual(x, y)]).toEqual([x, nodeUtil.isDeepStrictEqual(x, y)]);
  });

  it('exposes the platform TextEncoder and TextDecoder', () => {
    expect(new util.TextDecoder().decode(new util.TextEncoder().encode('ünï'))).toBe('ünï');
  });

  it('stripVTControlCharacters and toUSVString behave as in Node', () => {
    expect(util.stripVTControlCharacters('\u001b[31mred\u001b[39m')).toBe(nodeUtil.stripVTControlCharacters('\u001b[31mred\u001b[39m'));
    expect(util.toUSVString('a\ud800b')).toBe(nodeUtil.toUSVString('a\ud800b'));
  });
});
