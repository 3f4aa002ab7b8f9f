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
    fetchApp: 'blocked: TypeError',
  });
  // The playground's own data is untouched and still readable by the playground.
  expect(await page.evaluate(() => localStorage.getItem('x'))).toBe('secret');
});
