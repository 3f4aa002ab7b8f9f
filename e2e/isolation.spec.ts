import { expect, test } from '@playwright/test';
import { openPlayground } from './helpers';

// A handler that tries to reach the playground's own data and other environments.
const PROBE = `
const attempt = async (fn) => { try { return 'reached: ' + String(await fn()); } catch (e) { return 'blocked: ' + (e && e.name); } };
export const handler = async (event) => ({
  origin: self.origin,
  indexedDB: await attempt(() => new Promise((resolve, reject) => {
    const req = indexedDB.open('serverless-playground');
    req.onsuccess = () => resolve(req.result.objectStoreNames.length);
    req.onerror = () => reject(req.error);
  })),
  localStorage: await attempt(() => localStorage.getItem('x')),
  caches: await attempt(() => caches.keys()),
  cookies: await attempt(() => document.cookie),
  dom: await attempt(() => document.body.innerHTML),
  parentWindow: await attempt(() => parent.document.title),
  broadcast: await attempt(() => new BroadcastChannel('environments')),
  nestedWorker: await attempt(() => new Worker(URL.createObjectURL(new Blob(['postMessage(1)'])))),
  fetchApp: await attempt(async () => (await fetch(event.appUrl, { credentials: 'include' })).text()),
});
`;

test("handler code cannot reach the playground's storage, DOM, cookies or other environments", async ({ page, baseURL }) => {
  await openPlayground(page);
  await page.evaluate(() => { document.cookie = 'session=secret'; localStorage.setItem('x', 'secret'); });
  const result = await page.evaluate(async ({ code, appUrl }) => {
    await window.playground.lambda.createFunction({ FunctionName: 'probe', Code: { Files: { 'index.mjs': code } } });
    const out = await window.playground.lambda.invoke({ FunctionName: 'probe', Payload: JSON.stringify({ appUrl }) });
    return JSON.parse(out.Payload);
  }, { code: PROBE, appUrl: `${baseURL}/` });
  expect(result).toEqual({
    origin: 'null',
    indexedDB: 'blocked: SecurityError',
    localStorage: 'blocked: ReferenceError',
    caches: 'blocked: ReferenceError',
    cookies: 'blocked: ReferenceError',
    dom: 'blocked: ReferenceError',
    parentWindow: 'blocked: ReferenceError',
    broadcast: 'blocked: ReferenceError',
    nestedWorker: 'blocked: ReferenceError',
    fetchApp: 'blocked: TypeError',
  });
  // The playground's own data is untouched and still readable by the playground.
  expect(await page.evaluate(() => localStorage.getItem('x'))).toBe('secret');
});

// A handler that captures its environment's port and sends forged messages at the host, in the
// shape an RPC library would act on (construct a function in the host, call it).
const FORGER = `
let captured;
const original = MessagePort.prototype.postMessage;
MessagePort.prototype.postMessage = function (...args) { captured = this; return original.apply(this, args); };
export const handler = async () => {
  console.log('capture');
  if (!captured) return 'no port';
  captured.postMessage({ type: 'CONSTRUCT', id: 'x', path: ['constructor'], argumentList: [{ type: 'RAW', value: 'window.__pwned = true' }] });
  captured.postMessage({ type: 'APPLY', id: 'y', path: [], argumentList: [] });
  captured.postMessage({ type: 'reply', id: 1, result: { status: 'ok', payload: 'forged' } });
  captured.postMessage({ type: 'log', line: { level: 'INFO', time: 0, message: { toString: null } } });
  return 'sent';
};
`;

test('forged messages from a handler do not run anything in the host', async ({ page }) => {
  await openPlayground(page);
  const out = await page.evaluate(async (code) => {
    await window.playground.lambda.createFunction({ FunctionName: 'forger', Code: { Files: { 'index.mjs': code } } });
    const first = await window.playground.lambda.invoke({ FunctionName: 'forger' });
    const second = await window.playground.lambda.invoke({ FunctionName: 'forger' });
    await new Promise((r) => setTimeout(r, 200));
    return { first: first.Payload, second: second.Payload, pwned: (window as unknown as { __pwned?: boolean }).__pwned ?? false };
  }, FORGER);
  expect(out).toEqual({ first: '"sent"', second: '"sent"', pwned: false });
});
