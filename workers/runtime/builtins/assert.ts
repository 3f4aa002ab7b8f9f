// `assert` and `assert/strict`: Node's assertions, throwing AssertionError (code ERR_ASSERTION) with Node's messages.
import { AssertionError, differenceMessage, inspectLines } from './assert-error';
import { deepEqual } from './deep-equal';
import { inspect } from './inspect';
import { nodeError } from './node-error';

type Message = string | Error | undefined;
type Fn = (...args: any[]) => unknown;

/** Throws the caller's Error as is, or an AssertionError with the caller's message or the generated one. */
function fail(options: { actual?: unknown; expected?: unknown; operator: string; generated: string; message: Message; stackStartFn: Fn }): never {
  if (options.message instanceof Error) throw options.message;
  const error = new AssertionError({
    actual: options.actual,
    expected: options.expected,
    operator: options.operator,
    message: options.message ?? options.generated,
    stackStartFn: options.stackStartFn,
  });
  throw generated(error, options.message === undefined);
}

function generated(error: AssertionError, isGenerated: boolean): AssertionError {
  error.generatedMessage = isGenerated;
  return error;
}

const multiline = (value: unknown) => inspectLines(value).join('\n');
const isLooseEqual = (a: unknown, b: unknown) => a == b || (a !== a && b !== b);

function ok(...args: unknown[]): void {
  if (args[0]) return;
  const message = args[1] as Message;
  const text = args.length === 0 ? 'No value argument passed to `assert.ok()`' : `${inspect(args[0])} == true`;
  // Node quotes the failing source expression when it can read the file; a bundle has no file, so it falls back to this form as Node does.
  fail({ actual: args[0], expected: true, operator: '==', generated: text, message, stackStartFn: ok });
}

function equal(actual: unknown, expected: unknown, message?: Message): void {
  if (!isLooseEqual(actual, expected)) fail({ actual, expected, operator: '==', generated: `${inspect(actual)} == ${inspect(expected)}`, message, stackStartFn: equal });
}

function notEqual(actual: unknown, expected: unknown, message?: Message): void {
  if (isLooseEqual(actual, expected)) fail({ actual, expected, operator: '!=', generated: `${inspect(actual)} != ${inspect(expected)}`, message, stackStartFn: notEqual });
}

function strictEqual(actual: unknown, expected: unknown, message?: Message): void {
  if (Object.is(actual, expected)) return;
  const sameStructure = typeof actual === 'object' && actual !== null && deepEqual(actual, expected);
  const text = sameStructure
    ? `Values have same structure but are not reference-equal:\n\n${multiline(actual)}\n`
    : differenceMessage(actual, expected, 'Expected values to be strictly equal:');
  // Node puts a caller's message where its own header would be, and keeps the comparison below it.
  const custom = typeof message === 'string' ? (sameStructure ? text : differenceMessage(actual, expected, message)) : message;
  fail({ actual, expected, operator: 'strictEqual', generated: text, message: custom, stackStartFn: strictEqual });
}

function notStrictEqual(actual: unknown, expected: unknown, message?: Message): void {
  if (!Object.is(actual, expected)) return;
  fail({ actual, expected, operator: 'notStrictEqual', generated: `Expected "actual" to be strictly unequal to: ${inspect(expected)}`, message, stackStartFn: notStrictEqual });
}

function deepStrictEqual(actual: unknown, expected: unknown, message?: Message): void {
  if (deepEqual(actual, expected, true)) return;
  const text = differenceMessage(actual, expected, 'Expected values to be strictly deep-equal:');
  const custom = typeof message === 'string' ? differenceMessage(actual, expected, message) : message;
  fail({ actual, expected, operator: 'deepStrictEqual', generated: text, message: custom, stackStartFn: deepStrictEqual });
}

function notDeepStrictEqual(actual: unknown, expected: unknown, message?: Message): void {
  if (!deepEqual(actual, expected, true)) return;
  const text = `Expected "actual" not to be strictly deep-equal to:\n\n${multiline(expected)}\n`;
  fail({ actual, expected, operator: 'notDeepStrictEqual', generated: text, message, stackStartFn: notDeepStrictEqual });
}

function deepLooseEqual(actual: unknown, expected: unknown, message?: Message): void {
  if (deepEqual(actual, expected, false)) return;
  const text = `Expected values to be loosely deep-equal:\n\n${multiline(actual)}\n\nshould loosely deep-equal\n\n${multiline(expected)}`;
  fail({ actual, expected, operator: 'deepEqual', generated: text, message, stackStartFn: deepLooseEqual });
}

function notDeepLooseEqual(actual: unknown, expected: unknown, message?: Message): void {
  if (!deepEqual(actual, expected, false)) return;
  const text = `"${multiline(actual)}" notDeepEqual ${multiline(expected)}`;
  fail({ actual, expected, operator: 'notDeepEqual', generated: text, message, stackStartFn: notDeepLooseEqual });
}

function match(text: unknown, pattern: RegExp, message?: Message, negate = false): void {
  if (!(pattern instanceof RegExp)) throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "regexp" argument must be an instance of RegExp.');
  if (typeof text === 'string' && pattern.test(text) !== negate) return;
  const verb = negate ? 'was expected to not match' : 'did not match';
  const generatedText = typeof text !== 'string'
    ? `The "string" argument must be of type string. Received type ${typeof text} (${inspect(text)})`
    : `The input ${verb} the regular expression ${inspect(pattern)}. Input:\n\n${inspect(text)}\n`;
  fail({ actual: text, expected: pattern, operator: negate ? 'doesNotMatch' : 'match', generated: generatedText, message, stackStartFn: negate ? doesNotMatch : matchAssert });
}
const matchAssert = (text: unknown, pattern: RegExp, message?: Message) => match(text, pattern, message);
const doesNotMatch = (text: unknown, pattern: RegExp, message?: Message) => match(text, pattern, message, true);

/** Checks a caught error against what throws()/rejects() expected: a class, a RegExp, a validation function or an object of properties. */
function checkError(actual: unknown, expected: unknown, message: Message, operator: string, stackStartFn: Fn): void {
  if (expected === undefined) return;
  if (expected instanceof RegExp) {
    if (expected.test(String(actual))) return;
    const text = `The input did not match the regular expression ${inspect(expected)}. Input:\n\n${inspect(String(actual))}\n`;
    fail({ actual, expected, operator, generated: text, message, stackStartFn });
  }
  if (typeof expected === 'function') {
    if (expected.prototype !== undefined && actual instanceof expected) return;
    if (Object.prototype.isPrototypeOf.call(Error, expected)) {
      const received = (actual as { constructor?: { name?: string } } | null)?.constructor?.name ?? typeof actual;
      const text = `The error is expected to be an instance of "${expected.name}". Received "${received}"\n\nError message:\n\n${(actual as Error)?.message}`;
      fail({ actual, expected, operator, generated: text, message, stackStartFn });
    }
    const result: unknown = (expected as Fn).call({}, actual);
    if (result === true) return;
    const text = `The ${expected.name ? `"${expected.name}" validation function` : 'validation function'} is expected to return "true". Received ${inspect(result)}\n\nCaught error:\n\n${inspect(actual)}`;
    fail({ actual, expected, operator, generated: text, message, stackStartFn });
  }
  if (typeof expected === 'object' && expected !== null) {
    for (const key of Object.keys(expected)) {
      const want = (expected as Record<string, unknown>)[key];
      const got = (actual as Record<string, unknown> | null)?.[key];
      if (want instanceof RegExp && typeof got === 'string' ? want.test(got) : deepEqual(got, want, true)) continue;
      const text = differenceMessage(new Comparison({ [key]: got }), new Comparison({ [key]: want }), 'Expected values to be strictly deep-equal:');
      fail({ actual, expected, operator, generated: text, message, stackStartFn });
    }
  }
}

const NO_ERROR = Symbol('no error');

/** Node labels the two sides of an error-properties check `Comparison`; the name is set explicitly so minification keeps it. */
class Comparison {
  constructor(entries: object) {
    Object.assign(this, entries);
  }
}
Object.defineProperty(Comparison, 'name', { value: 'Comparison' });

function missing(kind: 'exception' | 'rejection', expected: unknown, message: Message, operator: string, stackStartFn: Fn): never {
  const name = typeof expected === 'function' && expected.name ? ` (${expected.name})` : '';
  const suffix = typeof message === 'string' ? `: ${message}` : '.';
  if (message instanceof Error) throw message;
  throw generated(new AssertionError({ actual: undefined, expected, operator, message: `Missing expected ${kind}${name}${suffix}`, stackStartFn }), false);
}

function throws(fn: unknown, expected?: unknown, message?: Message): void {
  if (typeof fn !== 'function') throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "fn" argument must be of type function. Received ${typeof fn}`);
  if (typeof expected === 'string') [expected, message] = [undefined, expected];
  let caught: unknown = NO_ERROR;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  if (caught === NO_ERROR) missing('exception', expected, message, 'throws', throws);
  checkError(caught, expected, message, 'throws', throws);
}

function doesNotThrow(fn: unknown, ...rest: unknown[]): void {
  if (typeof fn !== 'function') throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "fn" argument must be of type function. Received ${typeof fn}`);
  try {
    fn();
  } catch (error) {
    unwanted(error, rest, 'exception', 'doesNotThrow', doesNotThrow);
  }
}

function unwanted(error: unknown, rest: unknown[], kind: string, operator: string, stackStartFn: Fn): void {
  const message = (typeof rest[0] === 'string' ? rest[0] : rest[1]) as string | undefined;
  const expected = typeof rest[0] === 'string' ? undefined : rest[0];
  // Only the named error class is unwanted; anything else passes through untouched.
  if (typeof expected === 'function' && expected.prototype !== undefined && !(error instanceof expected)) throw error;
  const detail = message ? `: ${message}` : '.';
  const text = `Got unwanted ${kind}${detail}\nActual message: "${(error as Error)?.message}"`;
  throw generated(new AssertionError({ actual: error, expected, operator, message: text, stackStartFn }), false);
}

/** The promise to watch; a synchronous throw or a wrong type rejects the assertion itself, as in Node. */
function settle(promiseOrFn: unknown): unknown {
  if (typeof promiseOrFn === 'function') {
    const result: unknown = promiseOrFn();
    if (!(result instanceof Promise) && typeof (result as { then?: unknown } | null)?.then !== 'function') {
      throw nodeError(TypeError, 'ERR_INVALID_RETURN_VALUE', `Expected instance of Promise to be returned from the "promiseFn" function but got ${result === undefined ? 'undefined' : typeof result}.`);
    }
    return result;
  }
  if (promiseOrFn instanceof Promise || typeof (promiseOrFn as { then?: unknown } | null)?.then === 'function') return promiseOrFn;
  throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "promiseFn" argument must be of type function or an instance of Promise.');
}

async function rejects(promiseOrFn: unknown, expected?: unknown, message?: Message): Promise<void> {
  if (typeof expected === 'string') [expected, message] = [undefined, expected];
  const pending = settle(promiseOrFn);
  let caught: unknown = NO_ERROR;
  try {
    await pending;
  } catch (error) {
    caught = error;
  }
  if (caught === NO_ERROR) missing('rejection', expected, message, 'rejects', rejects);
  checkError(caught, expected, message, 'rejects', rejects);
}

async function doesNotReject(promiseOrFn: unknown, ...rest: unknown[]): Promise<void> {
  const pending = settle(promiseOrFn);
  try {
    await pending;
  } catch (error) {
    unwanted(error, rest, 'rejection', 'doesNotReject', doesNotReject);
  }
}

function failAssert(message?: Message): never {
  if (message instanceof Error) throw message;
  throw generated(new AssertionError({ message: message ?? 'Failed', operator: 'fail', stackStartFn: failAssert }), message === undefined);
}

function ifError(value: unknown): void {
  if (value === null || value === undefined) return;
  const detail = (value as Error)?.message ?? inspect(value);
  throw generated(new AssertionError({ actual: value, expected: null, operator: 'ifError', message: `ifError got unwanted exception: ${detail}`, stackStartFn: ifError }), false);
}

const shared = {
  AssertionError, ok, fail: failAssert, notStrictEqual, strictEqual, deepStrictEqual, notDeepStrictEqual,
  throws, doesNotThrow, rejects, doesNotReject, match: matchAssert, doesNotMatch, ifError,
};

/** The `assert` module: callable as assert(value, message), with the legacy loose methods and `assert.strict` (which is `assert/strict`). */
export function createAssert() {
  const strict = Object.assign((...args: unknown[]) => ok(...args), shared, {
    equal: strictEqual, notEqual: notStrictEqual, deepEqual: deepStrictEqual, notDeepEqual: notDeepStrictEqual,
  }) as unknown as ((...args: unknown[]) => void) & Record<string, unknown>;
  strict.strict = strict;
  const assert = Object.assign((...args: unknown[]) => ok(...args), shared, {
    equal, notEqual, deepEqual: deepLooseEqual, notDeepEqual: notDeepLooseEqual, strict,
  });
  return assert;
}
