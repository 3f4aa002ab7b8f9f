// @aws-sdk/util-dynamodb as handlers require it: marshall/unmarshall round trips, the options and the library's own errors.
import { Buffer as PolyfillBuffer } from 'buffer';
import { describe, expect, it } from 'vitest';
import { createSdkModules, createSdkTransport } from './index';

/** The package as a handler sees it: untyped. */
type Module = Record<string, any>;

const util = createSdkModules({ transport: createSdkTransport(() => () => {}), defaultRegion: () => 'us-east-1' })['@aws-sdk/util-dynamodb'] as Module;
const lib = () => createSdkModules({ transport: createSdkTransport(() => () => {}), defaultRegion: () => 'us-east-1' })['@aws-sdk/lib-dynamodb'] as Module;

describe('marshall and unmarshall', () => {
  it('round-trip every kind of value, sets and bytes included', () => {
    const bytes = new Uint8Array([1, 2]);
    const item = { s: 'x', n: 5, f: 1.5, t: true, z: null, l: [1, 'a', [false]], m: { deep: { k: 'v' } }, ss: new Set(['a', 'b']), ns: new Set([1, 2]), b: bytes, bs: new Set([bytes]) };
    const marshalled = util.marshall(item);
    expect(marshalled).toEqual({
      s: { S: 'x' }, n: { N: '5' }, f: { N: '1.5' }, t: { BOOL: true }, z: { NULL: true },
      l: { L: [{ N: '1' }, { S: 'a' }, { L: [{ BOOL: false }] }] }, m: { M: { deep: { M: { k: { S: 'v' } } } } },
      ss: { SS: ['a', 'b'] }, ns: { NS: ['1', '2'] }, b: { B: bytes }, bs: { BS: [bytes] },
    });
    expect(util.unmarshall(marshalled)).toEqual(item);
    expect(util.convertToAttr(new Map([['k', 1]]))).toEqual({ M: { k: { N: '1' } } });
    expect(util.convertToNative({ SS: ['q'] })).toEqual(new Set(['q']));
  });

  it('take the sandbox Buffer (a Uint8Array subclass) as binary', () => {
    const marshalled = util.marshall({ b: PolyfillBuffer.from('hi') });
    expect(marshalled.b.B).toBeInstanceOf(Uint8Array);
    expect([...marshalled.b.B]).toEqual([104, 105]);
  });

  it('refuse what DynamoDB cannot store unless an option says what to do with it', () => {
    expect(() => util.marshall({ a: undefined })).toThrow('Pass options.removeUndefinedValues=true to remove undefined values from map/array/set.');
    expect(util.marshall({ a: undefined, l: [1, undefined], s: new Set(['x', undefined]) }, { removeUndefinedValues: true })).toEqual({ l: { L: [{ N: '1' }] }, s: { SS: ['x'] } });
    expect(() => util.marshall({ s: new Set() })).toThrow('Pass a non-empty set, or options.convertEmptyValues=true.');
    expect(util.marshall({ e: '', s: new Set(), b: new Uint8Array(0) }, { convertEmptyValues: true })).toEqual({ e: { NULL: true }, s: { NULL: true }, b: { NULL: true } });
    expect(util.marshall({ e: '' })).toEqual({ e: { S: '' } });
  });

  it('keep numbers exact: big ones need allowImpreciseNumbers or NumberValue, and come back as BigInt', () => {
    expect(() => util.marshall({ n: 2 ** 60 })).toThrow(`Number ${2 ** 60} is greater than Number.MAX_SAFE_INTEGER. Use NumberValue from @aws-sdk/lib-dynamodb.`);
    expect(() => util.marshall({ n: NaN })).toThrow('Special numeric value NaN is not allowed');
    expect(util.marshall({ n: 2 ** 60 }, { allowImpreciseNumbers: true })).toEqual({ n: { N: String(2 ** 60) } });
    expect(util.marshall({ n: 12345678901234567890n })).toEqual({ n: { N: '12345678901234567890' } });
    const { NumberValue } = lib();
    expect(NumberValue).toBe(util.NumberValueImpl);
    expect(util.marshall({ n: NumberValue.from('12345678901234567890.5') })).toEqual({ n: { N: '12345678901234567890.5' } });
    expect(util.unmarshall({ n: { N: '12345678901234567890' } })).toEqual({ n: 12345678901234567890n });
    const wrapped = util.unmarshall({ n: { N: '1.50' } }, { wrapNumbers: true });
    expect(wrapped.n).toBeInstanceOf(NumberValue);
    expect(wrapped.n.toString()).toBe('1.50');
    expect(util.unmarshall({ n: { N: '7' } }, { wrapNumbers: (text: string) => `#${text}` })).toEqual({ n: '#7' });
  });

  it('map class instances only when asked, and convert top-level containers and values as told', () => {
    class Point {
      constructor(readonly x = 1) {}
    }
    expect(() => util.marshall({ p: new Point() })).toThrow('Unsupported type passed: [object Object]. Pass options.convertClassInstanceToMap=true to marshall typeof object as map attribute.');
    expect(util.marshall({ p: new Point() }, { convertClassInstanceToMap: true })).toEqual({ p: { M: { x: { N: '1' } } } });
    expect(util.marshall({ a: 1 }, { convertTopLevelContainer: true })).toEqual({ M: { a: { N: '1' } } });
    expect(util.marshall(['a'])).toEqual([{ S: 'a' }]);
    expect(util.marshall('a')).toEqual({ S: 'a' });
    expect(util.unmarshall({ S: 'a' }, { convertWithoutMapWrapper: true })).toBe('a');
    expect(util.unmarshall({ M: { a: { N: '1' } } }, { convertWithoutMapWrapper: true })).toEqual({ a: 1 });
  });
});
