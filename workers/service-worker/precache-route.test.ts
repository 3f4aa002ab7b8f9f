import { describe, expect, it, vi } from 'vitest';
import { fillPrecache } from './precache';
import { entry, fakeCaches, fakeNetwork, manifest } from './precache-fakes';
import { isAppPage, precacheRoute } from './precache-route';
import { ORIGIN } from './test-fakes';

const FILES = { '/index.html': '<!doctype html>cached app', '/assets/index-a1.js': 'cached main()', '/favicon.svg': '<svg/>' };
const v1 = manifest('v1', Object.entries(FILES).map(([url, body]) => entry(url, body)), '/index.html');

/** A route over a filled cache, and a network that answers everything with "from network". */
async function setUp(precache = v1) {
  const caches = fakeCaches();
  await fillPrecache({ caches, fetch: fakeNetwork(FILES).fetch }, precache);
  const network = fakeNetwork(new Proxy({}, { get: () => 'from network' }));
  const route = precacheRoute({ location: { origin: ORIGIN }, caches, fetch: network.fetch }, precache);
  const through = async (url: string, init: RequestInit & { navigate?: boolean } = {}) => {
    const request = new Request(new URL(url, ORIGIN), init);
    // Node's Request refuses mode 'navigate' in its constructor, as browsers do; the browser sets it itself.
    if (init.navigate) Object.defineProperty(request, 'mode', { value: 'navigate' });
    const response = route(request);
    return response && (await response).text();
  };
  return { caches, network, through };
}

describe('files of the build', () => {
  it('are answered from the cache, whatever the network would say', async () => {
    const { network, through } = await setUp();
    expect(await through('/assets/index-a1.js')).toBe('cached main()');
    expect(await through('/favicon.svg')).toBe('<svg/>');
    expect(await through('/index.html')).toBe('<!doctype html>cached app');
    expect(network.asked).toEqual([]);
  });

  it('come from the network if the cache lost them', async () => {
    const { caches, network, through } = await setUp();
    caches.stores.get('playground-precache-v1')!.delete(`${ORIGIN}/assets/index-a1.js`);
    expect(await through('/assets/index-a1.js')).toBe('from network');
    expect(network.asked.map((a) => a.path)).toEqual(['/assets/index-a1.js']);
  });

  it('come from the network if the cache cannot be read', async () => {
    const { caches, through } = await setUp();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    caches.open = () => Promise.reject(new Error('storage is broken'));
    expect(await through('/assets/index-a1.js')).toBe('from network');
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('are not answered for other methods, with a query, or on another origin', async () => {
    const { through } = await setUp();
    expect(await through('/assets/index-a1.js', { method: 'HEAD' })).toBeUndefined();
    expect(await through('/assets/index-a1.js?v=2')).toBeUndefined();
    expect(await through('https://elsewhere.test/assets/index-a1.js')).toBeUndefined();
    expect(await through('/assets/unknown.js')).toBeUndefined();
    expect(await through('/sw.js')).toBeUndefined();
  });
});

describe('navigations', () => {
  it("to the app's pages get the cached index.html", async () => {
    const { network, through } = await setUp();
    for (const url of ['/', '/?p=eJxLz', '/projects/abc', '/index.html']) {
      expect(await through(url, { navigate: true }), url).toBe('<!doctype html>cached app');
    }
    expect(network.asked).toEqual([]);
  });

  it('under /_api/ and /_site/ are left to the API route, and files that are not precached to the network', async () => {
    const { through } = await setUp();
    for (const url of ['/_api/abc/prod/items', '/_site/blog/', '/_site/blog/index.html', '/sw.js', '/robots.txt']) {
      expect(await through(url, { navigate: true }), url).toBeUndefined();
    }
  });

  it('are left to the network when nothing is precached (npm run dev)', async () => {
    const { through } = await setUp(manifest('dev', []));
    expect(await through('/', { navigate: true })).toBeUndefined();
    expect(await through('/index.html')).toBeUndefined();
  });

  it('that are not navigations (fetch of /) are not given index.html', async () => {
    const { through } = await setUp();
    expect(await through('/')).toBeUndefined();
  });
});

describe("what counts as a page of the app", () => {
  it('is a path outside /_api/ and /_site/ whose last segment is not a file name', () => {
    expect(['/', '/projects', '/projects/abc/', '/a.b/c'].filter(isAppPage)).toEqual(['/', '/projects', '/projects/abc/', '/a.b/c']);
    expect(['/_api/x', '/_site/', '/sw.js', '/favicon.svg', '/x/y.html'].filter(isAppPage)).toEqual([]);
  });
});
