import { afterEach, describe, expect, it, vi } from 'vitest';
import { PLAYGROUND_CLAIM } from '../../src/platform/http-wire';
import { GATEWAY_HEADER } from './gateway-responses';
import { entry, fakeCaches, fakeNetwork, manifest } from './precache-fakes';
import { createServiceWorker, listen } from './service-worker';
import { TAB_TIMEOUTS } from './tab-broker';
import { fakeExtendableEvent, fakeFetchEvent, fakeScope, fakeTab, ORIGIN, reply, type FakeTab } from './test-fakes';
import { PLAYGROUND_SKIP_WAITING } from './update-messages';

const HTML_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

/** Runs one fetch through a worker whose clients are `tabs`; undefined when it did not respond. */
async function fetchThrough(tabs: FakeTab[], url: string, init: RequestInit = {}): Promise<Response | undefined> {
  const worker = createServiceWorker(fakeScope(tabs).scope);
  const event = fakeFetchEvent(new Request(new URL(url, ORIGIN), init));
  worker.fetch(event);
  return event.responded;
}

afterEach(() => {
  vi.useRealTimers();
});

const FILES = { '/index.html': '<!doctype html>cached app', '/assets/index-a1.js': 'main()' };
const V1 = manifest('v1', Object.entries(FILES).map(([url, body]) => entry(url, body)), '/index.html');

/** Runs one lifecycle event to its end; rejects if the worker's waitUntil promise did. */
async function run(handler: (event: ReturnType<typeof fakeExtendableEvent>) => void): Promise<void> {
  const event = fakeExtendableEvent();
  handler(event);
  await Promise.all(event.waited);
}

describe('lifecycle', () => {
  it('as the first version, caches the build, skips waiting on install and claims open pages on activate', async () => {
    const caches = fakeCaches();
    const { scope, calls } = fakeScope([], { caches, fetch: fakeNetwork(FILES).fetch });
    const worker = createServiceWorker(scope, V1);
    await run((e) => worker.install(e));
    expect(calls.skipWaiting).toBe(1);
    expect(caches.urls('playground-precache-v1').sort()).toEqual(['/assets/index-a1.js', '/index.html']);
    await run((e) => worker.activate(e));
    expect(calls.claim).toBe(1);
  });

  it('as an update, caches the build and waits until a tab asks it to take over', async () => {
    const caches = fakeCaches();
    const { scope, calls } = fakeScope([], { active: true, caches, fetch: fakeNetwork(FILES).fetch });
    const worker = createServiceWorker(scope, V1);
    await run((e) => worker.install(e));
    expect(calls.skipWaiting).toBe(0);
    expect(caches.urls('playground-precache-v1')).toHaveLength(2);
    await run((e) => worker.message({ ...e, data: { type: PLAYGROUND_SKIP_WAITING } }));
    expect(calls.skipWaiting).toBe(1);
  });

  it('fails the install, and does not skip waiting, when a file cannot be downloaded', async () => {
    const { scope, calls } = fakeScope([], { caches: fakeCaches(), fetch: fakeNetwork(FILES, ['/assets/index-a1.js']).fetch });
    const worker = createServiceWorker(scope, V1);
    await expect(run((e) => worker.install(e))).rejects.toThrow('Failed to fetch');
    expect(calls.skipWaiting).toBe(0);
  });

  it('on activate, deletes the caches of older builds', async () => {
    const caches = fakeCaches();
    await caches.open('playground-precache-v0');
    const { scope } = fakeScope([], { caches, fetch: fakeNetwork(FILES).fetch });
    const worker = createServiceWorker(scope, V1);
    await run((e) => worker.install(e));
    expect(await caches.keys()).toEqual(['playground-precache-v0', 'playground-precache-v1']);
    await run((e) => worker.activate(e));
    expect(await caches.keys()).toEqual(['playground-precache-v1']);
  });

  it('under npm run dev (nothing to cache) takes over at once even as an update', async () => {
    const { scope, calls } = fakeScope([], { active: true });
    const worker = createServiceWorker(scope);
    await run((e) => worker.install(e));
    expect(calls.skipWaiting).toBe(1);
  });

  it('claims again when an uncontrolled tab asks, and ignores other messages', async () => {
    const { scope, calls } = fakeScope();
    const worker = createServiceWorker(scope);
    worker.message({ data: { type: 'something-else' }, waitUntil: () => {} });
    worker.message({ data: null, waitUntil: () => {} });
    expect([calls.claim, calls.skipWaiting]).toEqual([0, 0]);
    await run((e) => worker.message({ ...e, data: { type: PLAYGROUND_CLAIM } }));
    expect([calls.claim, calls.skipWaiting]).toEqual([1, 0]);
  });

  it('listens for install, activate, message and fetch on its scope', () => {
    const { scope, listeners } = fakeScope();
    listen(scope);
    expect([...listeners.keys()].sort()).toEqual(['activate', 'fetch', 'install', 'message']);
  });
});

describe('routes', () => {
  it('asks tabs for /_api/ and /_site/ (even navigations) and answers the app from the cache', async () => {
    const caches = fakeCaches();
    const tab = fakeTab('/', reply.handled(200, 'from the tab'));
    const network = fakeNetwork({ '/other.txt': 'from network', ...FILES });
    const { scope } = fakeScope([tab], { caches, fetch: network.fetch });
    const worker = createServiceWorker(scope, V1);
    await run((e) => worker.install(e));
    const through = (url: string, navigate = false) => {
      const request = new Request(new URL(url, ORIGIN));
      if (navigate) Object.defineProperty(request, 'mode', { value: 'navigate' });
      const event = fakeFetchEvent(request);
      worker.fetch(event);
      return event.responded?.then((r) => r.text());
    };
    expect(await through('/_api/abc/prod/items', true)).toBe('from the tab');
    expect(await through('/_site/blog/', true)).toBe('from the tab');
    expect(await through('/', true)).toBe('<!doctype html>cached app');
    expect(await through('/assets/index-a1.js')).toBe('main()');
    expect(through('/other.txt')).toBeUndefined();
    expect(tab.asked).toHaveLength(2);
  });
});

describe('what it intercepts', () => {
  it('with nothing precached (npm run dev), leaves the app, its assets, look-alike paths and other origins to the network', async () => {
    const tab = fakeTab('/', reply.handled(200, 'should not be asked'));
    for (const url of ['/', '/index.html', '/assets/index-abc.js', '/sw.js', '/_api', '/_apix/a', '/api/a', '/x/_api/a', 'https://elsewhere.test/_api/a/b']) {
      expect(await fetchThrough([tab], url), url).toBeUndefined();
    }
    expect(tab.asked).toHaveLength(0);
  });

  it('answers /_api/ and /_site/ requests with what a tab sent, and tells the tab which kind it is', async () => {
    const tab = fakeTab('/', (r) => reply.handled(200, `${r.kind} ${r.method} ${new URL(r.url).pathname}`, [['content-type', 'text/plain'], ['x-function', 'items']])());
    const api = (await fetchThrough([tab], '/_api/abc123/prod/items?x=1', { method: 'POST', body: 'payload', headers: { 'x-req': '1' } }))!;
    expect(api.status).toBe(200);
    expect(api.headers.get('x-function')).toBe('items');
    expect(api.headers.has(GATEWAY_HEADER)).toBe(false);
    expect(await api.text()).toBe('api POST /_api/abc123/prod/items');
    expect(tab.asked[0]!.request).toMatchObject({ url: `${ORIGIN}/_api/abc123/prod/items?x=1`, headers: expect.arrayContaining([['x-req', '1']]) });
    expect(new TextDecoder().decode(tab.asked[0]!.request.body!)).toBe('payload');
    const site = (await fetchThrough([tab], '/_site/blog/index.html'))!;
    expect(await site.text()).toBe('site GET /_site/blog/index.html');
    expect(tab.asked[1]!.request.body).toBeNull();
  });

  it('gives 204 and 304 replies no body', async () => {
    const noContent = (await fetchThrough([fakeTab('/', reply.handled(204, 'ignored'))], '/_api/a/prod/x', { method: 'DELETE' }))!;
    expect([noContent.status, noContent.body]).toEqual([204, null]);
    const notModified = (await fetchThrough([fakeTab('/', reply.handled(304, 'ignored', [['etag', '"1"']]))], '/_site/s/a.css'))!;
    expect([notModified.status, notModified.body, notModified.headers.get('etag')]).toEqual([304, null, '"1"']);
  });
});

describe('when no tab can answer', () => {
  it('shows a page saying no playground tab is open (503) to a browser', async () => {
    const response = (await fetchThrough([], '/_api/abc123/prod/items', { headers: { accept: HTML_ACCEPT } }))!;
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get(GATEWAY_HEADER)).toBe('service-worker');
    const html = await response.text();
    expect(html).toContain('<title>No playground tab is open</title>');
    expect(html).toContain('served by an open playground tab');
    expect(html).toContain('<code>/_api/abc123/prod/items</code>');
    expect(html).toMatch(/<a [^>]*href="\/"/);
    // Self-contained: nothing to load from a network that may be gone.
    expect(html).not.toMatch(/<link|<script|src=|url\(/);
  });

  it('answers code that does not accept HTML with JSON (503)', async () => {
    const response = (await fetchThrough([], '/_api/abc123/prod/items', { headers: { accept: 'application/json' } }))!;
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get(GATEWAY_HEADER)).toBe('service-worker');
    expect(await response.json()).toEqual({ message: `No Serverless Playground tab is open to serve this API. Open ${ORIGIN}/ and try again.` });
  });

  it('does not count front-end pages under /_site/ or /_api/ as playground tabs', async () => {
    const frontEnd = fakeTab('/_site/blog/index.html', reply.handled(200, 'no'), { focused: true });
    const response = (await fetchThrough([frontEnd, fakeTab('/_api/a/prod/x', reply.handled(200, 'no'))], '/_api/a/prod/items'))!;
    expect(response.status).toBe(503);
    expect(frontEnd.asked).toHaveLength(0);
  });

  it("answers 404 with API Gateway's body when no tab has the API", async () => {
    const response = (await fetchThrough([fakeTab('/', reply.unhandled), fakeTab('/', reply.unhandled)], '/_api/nope/prod/items'))!;
    expect(response.status).toBe(404);
    expect(response.headers.get(GATEWAY_HEADER)).toBe('service-worker');
    expect(await response.json()).toEqual({ message: 'Not Found' });
  });

  it('answers 404 with a small page when no tab has the site file', async () => {
    const response = (await fetchThrough([fakeTab('/', reply.unhandled)], '/_site/blog/missing.html'))!;
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get(GATEWAY_HEADER)).toBe('service-worker');
    expect(await response.text()).toContain('<code>/_site/blog/missing.html</code>');
  });

  it('answers 504 when a tab never answers', async () => {
    vi.useFakeTimers();
    const pending = fetchThrough([fakeTab('/', 'ack-only')], '/_api/a/prod/slow');
    await vi.advanceTimersByTimeAsync(TAB_TIMEOUTS.answerMs);
    const response = (await pending)!;
    expect(response.status).toBe(504);
    expect(response.headers.get(GATEWAY_HEADER)).toBe('service-worker');
    expect(await response.json()).toEqual({ message: 'Endpoint request timed out' });
  });

  it('answers 502 when a tab sends something that is not a reply', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const response = (await fetchThrough([fakeTab('/', () => ({ handled: true, response: { status: 99, headers: [], body: new ArrayBuffer(0) } }))], '/_api/a/prod/x'))!;
    expect(response.status).toBe(502);
    expect(await response.json()).toEqual({ message: 'Internal server error' });
    expect(warn.mock.calls[0]![0]).toContain('status 99');
    warn.mockRestore();
  });
});
