// When an invocation is decided, by the rules of Lambda's Node.js runtime (CallbackContext.js,
// Runtime.js): the first completion call wins, a null answer only when the event loop drains.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { environment } from './test-environment';

/** Resolves with 'still running' if the invocation has not answered by then. */
const within = <T>(ms: number, work: Promise<T>) =>
  Promise.race([work, new Promise<'still running'>((resolve) => setTimeout(() => resolve('still running'), ms))]);

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('a handler that neither returns a promise nor has called back', () => {
  it('is answered by context.done called later from a timer (null is only the fallback)', async () => {
    const env = await environment({ 'index.js': "exports.handler = function (event, context) { setTimeout(() => context.done(null, 'foo'), 100); };" });
    expect(await env.invoke()).toMatchObject({ status: 'ok', payload: '"foo"' });
  });

  it('is answered by context.succeed or context.fail from a timer', async () => {
    const env = await environment({
      'index.js': `exports.handler = function (event, context) {
  setTimeout(() => (event.fail ? context.fail(new Error('late failure')) : context.succeed({ later: true })), 30);
  return 'ignored';
};`,
    });
    expect(await env.invoke()).toMatchObject({ status: 'ok', payload: '{"later":true}' });
    expect(await env.invoke({ fail: true })).toMatchObject({ status: 'error', error: { errorMessage: 'late failure' } });
  });

  it('answers null only once pending timers have run, and a completion before that still wins', async () => {
    const env = await environment({
      'index.js': `exports.handler = function (event, context) {
  setTimeout(() => console.log('timer ran'), 40);
  if (event.early) context.succeed('early');
  setTimeout(() => context.succeed('too late'), 60);
  setTimeout(() => context.done(null, 'later still'), 80);
};`,
    });
    expect(await env.invoke({ early: true })).toMatchObject({ payload: '"early"' });
    const logsBefore = env.logs.length;
    expect(await env.invoke()).toMatchObject({ payload: '"too late"' });
    expect(env.logs.slice(logsBefore).map((l) => l.message)).toContain('timer ran');
  });

  it('a three-parameter handler that never calls back answers null when the loop drains, not at the timeout', async () => {
    const env = await environment({ 'index.js': "exports.handler = (event, context, callback) => { setTimeout(() => console.log('tick'), 30); };" });
    expect(await within(2000, env.invoke())).toMatchObject({ status: 'ok', payload: 'null' });
    expect(env.logs.map((l) => l.message)).toEqual(['tick']);
  });

  it('with callbackWaitsForEmptyEventLoop = false and no callback, still answers null when the loop drains', async () => {
    const env = await environment({
      'index.js': `exports.handler = (event, context, callback) => {
  context.callbackWaitsForEmptyEventLoop = false;
  setTimeout(() => console.log('drained'), 30);
};`,
    });
    expect(await within(2000, env.invoke())).toMatchObject({ status: 'ok', payload: 'null' });
    expect(env.logs.map((l) => l.message)).toEqual(['drained']);
  });

  it('a pending fetch keeps the loop busy, as its socket does in Node, so its answer is not lost', async () => {
    vi.stubGlobal('fetch', async (url: string) => {
      await new Promise((resolve) => setTimeout(resolve, 40));
      return new Response(JSON.stringify({ url }));
    });
    const env = await environment({
      'index.js': `exports.handler = function (event, context) {
  fetch('https://example.test/item').then((r) => r.json()).then((body) => context.succeed(body));
};`,
    });
    expect(await env.invoke()).toMatchObject({ status: 'ok', payload: '{"url":"https://example.test/item"}' });
  });
});

describe('callback', () => {
  it('an error passed to the callback answers at once: only a result waits for the loop', async () => {
    const env = await environment({
      'index.js': `exports.handler = (event, context, callback) => {
  setTimeout(() => console.log('late'), 300);
  callback(new Error('bad input'));
};`,
    });
    expect(await env.invoke()).toMatchObject({ status: 'error', error: { errorType: 'Error', errorMessage: 'bad input' } });
    expect(env.logs).toEqual([]);
  });

  it('callbackWaitsForEmptyEventLoop is read when the callback is called', async () => {
    const env = await environment({
      'index.js': `exports.handler = (event, context, callback) => {
  setTimeout(() => console.log('late'), 100);
  callback(null, 'waited');
  context.callbackWaitsForEmptyEventLoop = false;
};`,
    });
    expect(await env.invoke()).toMatchObject({ status: 'ok', payload: '"waited"' });
    expect(env.logs.map((l) => l.message)).toEqual(['late']);
  });
});
