import { afterEach, describe, expect, it, vi } from 'vitest';
import { PLAYGROUND_CLAIM } from '../../src/platform/http-wire';
import { GATEWAY_HEADER } from './gateway-responses';
import { createServiceWorker, listen } from './service-worker';
import { TAB_TIMEOUTS } from './tab-broker';
import { fakeExtendableEvent, fakeFetchEvent, fakeScope, fakeTab, ORIGIN, reply, type FakeTab } from './test-fakes';

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

describe('lifecycle', () => {
  it('skips waiting on install and claims open pages on activate', async () => {
    const { scope, calls } = fakeScope();
    const worker = createServiceWorker(scope);
    const install = fakeExtendableEvent();
    worker.install(install);
    await Promise.all(install.waited);
    expect(calls.skipWaiting).toBe(1);
    const activate = fakeExtendableEvent();
    worker.activate(activate);
    await Promise.all(activate.waited);
    expect(calls.claim).toBe(1);
  });

  it('claims again when an uncontrolled tab asks, and ignores other messages', async () => {
    const { scope, calls } = fakeScope();
    const worker = createServiceWorker(scope);
    worker.message({ data: { type: 'something-else' }, waitUntil: () => {} });
    worker.message({ data: null, waitUntil: () => {} });
    const claim = { ...fakeExtendableEvent(), data: { type: PLAYGROUND_CLAIM } };
    worker.message(claim);
    await Promise.all(claim.waited);
    expect(calls.claim).toBe(1);
  });

  it('listens for install, activate, message and fetch on its scope', () => {
    const { scope, listeners } = fakeScope();
    listen(scope);
    expect([...listeners.keys()].sort()).toEqual(['activate', 'fetch', 'install', 'message']);
  });
});

describe('what it intercepts', () => {
  it('leaves the app, its assets, look-alike paths and other origins to the network', async () => {
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
