// Unhandled promise rejections as Node's runtime reports them, and a rejection the handler caught
// (the browser's own, inside indexedDB.databases()) that must not end the environment.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WorkerScope } from './runtime';
import { environment } from './test-environment';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A stand-in for a worker's global scope in the isolation frame (opaque origin), where the runtime listens for rejections. */
function workerScope() {
  const target = new EventTarget();
  const reject = (reason: unknown) => {
    const event = Object.assign(new Event('unhandledrejection', { cancelable: true }), { reason, promise: Promise.resolve() });
    target.dispatchEvent(event);
  };
  const scope = Object.assign(target, { WorkerGlobalScope: class {}, origin: 'null' }) as unknown as WorkerScope & { IDBFactory?: unknown };
  return { scope, reject };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('a rejection the handler caught', () => {
  it('indexedDB.databases() denied and caught: both invocations succeed in the same environment', async () => {
    const { scope, reject } = workerScope();
    // What Chromium does in an opaque origin: the returned promise rejects with a SecurityError,
    // and an internal promise no script holds is reported as unhandled, with `undefined`, just after.
    class IDBFactory {
      databases(): Promise<never> {
        setTimeout(() => reject(undefined), 5);
        return Promise.reject(new DOMException('Access to the IndexedDB API is denied in this context.', 'SecurityError'));
      }
    }
    scope.IDBFactory = IDBFactory;
    vi.stubGlobal('indexedDB', new IDBFactory());
    const env = await environment(
      { 'index.mjs': "export const handler = async () => { try { await indexedDB.databases(); } catch (e) { return 'denied: ' + e.name; } }" },
      {},
      scope,
    );
    expect(await env.invoke()).toMatchObject({ status: 'ok', payload: '"denied: SecurityError"' });
    await sleep(30);
    expect(await env.invoke()).toMatchObject({ status: 'ok', payload: '"denied: SecurityError"' });
  });
});

describe('an unhandled rejection', () => {
  const cases: Array<[string, () => unknown, string]> = [
    ['an Error gives "Name: message"', () => new Error('boom'), 'Error: boom'],
    ['an Error with an empty message gives its name alone', () => new TypeError(''), 'TypeError'],
    ["an Error's own toString is used", () => Object.assign(new Error('x'), { toString: () => 'custom reason' }), 'custom reason'],
    ['a string is the message', () => 'plain reason', 'plain reason'],
    ['a number gives its string form', () => 42, '42'],
    ['an object gives its toString', () => ({ code: 7 }), '[object Object]'],
    ['undefined gives an empty message (new Error(undefined))', () => undefined, ''],
  ];

  it.each(cases)('is fatal to the environment, as Runtime.UnhandledPromiseRejection; %s', async (_, reason, message) => {
    const { scope, reject } = workerScope();
    const env = await environment({ 'index.mjs': "export const handler = async () => { await new Promise((r) => setTimeout(r, 200)); return 'finished'; };" }, {}, scope);
    const pending = env.invoke();
    await sleep(20);
    reject(reason());
    const result = await pending;
    expect(result).toMatchObject({ status: 'error', fatal: true, error: { errorType: 'Runtime.UnhandledPromiseRejection', errorMessage: message } });
    if (result.status === 'error') expect(result.error.trace[0]).toBe(`Runtime.UnhandledPromiseRejection: ${message}`);
  });
});
