import nodeAssert from 'node:assert';
import { describe, expect, it } from 'vitest';
import { createAssert } from './assert';

const assert = createAssert();
const { strict } = assert;
type AnyAssert = Record<string, (...args: unknown[]) => unknown> & ((...args: unknown[]) => void);
const ours = assert as unknown as AnyAssert;
const node = nodeAssert as unknown as AnyAssert;

/** What an assertion threw, in the fields Node documents. */
function caught(run: () => unknown) {
  try {
    run();
  } catch (error) {
    const e = error as Record<string, unknown>;
    return { name: e.name, code: e.code, message: e.message, operator: e.operator, generatedMessage: e.generatedMessage, actual: e.actual, expected: e.expected };
  }
  return 'did not throw';
}

class Thing {
  constructor(readonly n: number) {}
}

describe('assert agrees with Node', () => {
  const cases: Array<[string, unknown[]]> = [
    ['strictEqual', [1, 2]],
    ['strictEqual', [1, '1']],
    ['strictEqual', ['a', 'b', 'custom message']],
    ['strictEqual', [{ a: 1 }, { a: 1 }]],
    ['strictEqual', [NaN, NaN]],
    ['notStrictEqual', [1, 1]],
    ['equal', [1, 2]],
    ['equal', [1, '1']],
    ['notEqual', [1, 1]],
    ['deepStrictEqual', [1, 2]],
    ['deepStrictEqual', [[1, 2, 3], [1, 2, 4]]],
    ['deepStrictEqual', [{ a: 1 }, { a: 1 }]],
    ['deepStrictEqual', [new Thing(1), { n: 1 }]],
    ['deepEqual', [{ a: 1 }, { a: '1' }]],
    ['deepEqual', [{ a: 1 }, { a: 2 }]],
    ['notDeepStrictEqual', [{ a: 1 }, { a: 1 }]],
    ['ok', [0]],
    ['ok', [1]],
    ['ok', []],
    ['ok', [false, 'custom']],
    ['fail', []],
    ['fail', ['boom']],
    ['match', ['abc', /x/]],
    ['match', ['abc', /b/]],
    ['doesNotMatch', ['abc', /b/]],
    ['ifError', [null]],
    ['ifError', [new Error('e')]],
  ];
  it.each(cases)('%s(...) throws what Node throws', (method, args) => {
    expect(caught(() => ours[method]!(...args))).toEqual(caught(() => node[method]!(...args)));
  });

  it('the default export is ok()', () => {
    expect(caught(() => ours(0, 'zero'))).toEqual(caught(() => node(0, 'zero')));
    expect(() => ours(true)).not.toThrow();
  });

  it('an Error passed as the message is thrown as is', () => {
    const error = new TypeError('mine');
    expect(() => assert.strictEqual(1, 2, error)).toThrow(error);
  });

  it('AssertionError is exported, with code ERR_ASSERTION', () => {
    const error = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: 'AssertionError', code: 'ERR_ASSERTION', actual: 1, expected: 2, operator: 'strictEqual' });
  });
});

describe('throws and rejects', () => {
  const thrower = () => {
    throw new TypeError('bad input');
  };
  const cases: Array<[string, unknown[]]> = [
    ['no error', [() => undefined]],
    ['no error, expected class', [() => undefined, TypeError]],
    ['no error, message', [() => undefined, TypeError, 'while parsing']],
    ['matching class', [thrower, TypeError]],
    ['wrong class', [thrower, RangeError]],
    ['matching RegExp', [thrower, /bad/]],
    ['wrong RegExp', [thrower, /good/]],
    ['matching object', [thrower, { name: 'TypeError', message: 'bad input' }]],
    ['object with RegExp', [thrower, { message: /input/ }]],
    ['wrong object', [thrower, { message: 'other' }]],
    ['validation function', [thrower, (e: Error) => e.message === 'bad input']],
  ];
  it.each(cases)('throws: %s matches Node', (_label, args) => {
    expect(caught(() => ours.throws!(...args))).toEqual(caught(() => node.throws!(...args)));
  });

  it('doesNotThrow reports the unwanted exception as Node does', () => {
    expect(caught(() => ours.doesNotThrow!(thrower))).toEqual(caught(() => node.doesNotThrow!(thrower)));
    expect(caught(() => ours.doesNotThrow!(thrower, 'while parsing'))).toEqual(caught(() => node.doesNotThrow!(thrower, 'while parsing')));
    expect(() => assert.doesNotThrow(() => undefined)).not.toThrow();
  });

  it('rejects resolves for a matching rejection and rejects with Node\'s messages otherwise', async () => {
    await expect(assert.rejects(Promise.reject(new TypeError('x')), TypeError)).resolves.toBeUndefined();
    await expect(assert.rejects(async () => { throw new Error('nope'); }, /nope/)).resolves.toBeUndefined();
    const settle = (p: Promise<unknown>) => p.then(() => 'resolved', (e: Record<string, unknown>) => ({ message: e.message, code: e.code, operator: e.operator }));
    expect(await settle(assert.rejects(Promise.resolve(1)))).toEqual(await settle(nodeAssert.rejects(Promise.resolve(1))));
    expect(await settle(assert.rejects(Promise.reject(new Error('x')), RangeError))).toEqual(await settle(nodeAssert.rejects(Promise.reject(new Error('x')), RangeError)));
    expect(await settle(assert.doesNotReject(Promise.reject(new Error('x'))))).toEqual(await settle(nodeAssert.doesNotReject(Promise.reject(new Error('x')))));
  });
});

describe('assert.strict', () => {
  it('maps the loose names to the strict checks, as assert/strict does', () => {
    expect(caught(() => (strict.equal as (...args: unknown[]) => void)(1, '1'))).toEqual(caught(() => nodeAssert.strict.equal(1, '1')));
    expect(caught(() => (strict.deepEqual as (...args: unknown[]) => void)({ a: 1 }, { a: '1' }))).toEqual(caught(() => nodeAssert.strict.deepEqual({ a: 1 }, { a: '1' })));
    expect(assert.strict).toBe(strict);
    expect(strict.strict).toBe(strict);
  });
});
