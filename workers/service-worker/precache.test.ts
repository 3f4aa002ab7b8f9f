import { describe, expect, it, vi } from 'vitest';
import { cachedResponse, deleteOldPrecaches, fillPrecache, precacheIfRoom } from './precache';
import { entry, fakeCaches, fakeNetwork, manifest } from './precache-fakes';
import { REVISION_HEADER } from './precache-manifest';

const FILES = { '/index.html': '<!doctype html>app', '/assets/index-a1.js': 'main()', '/assets/esbuild-b2.wasm': 'wasm', '/favicon.svg': '<svg/>' };
const v1 = manifest('v1', Object.entries(FILES).map(([url, body]) => entry(url, body)), '/index.html');

describe('filling the cache on install', () => {
  it('stores every file of the manifest under its URL in a cache named for the build', async () => {
    const caches = fakeCaches();
    const network = fakeNetwork(FILES);
    await fillPrecache({ caches, fetch: network.fetch }, v1);
    expect(await caches.keys()).toEqual(['playground-precache-v1']);
    expect(caches.urls('playground-precache-v1').sort()).toEqual(Object.keys(FILES).sort());
    const js = (await cachedResponse({ caches }, v1, '/assets/index-a1.js'))!;
    expect(await js.text()).toBe('main()');
    expect(js.headers.get('content-type')).toBe('text/javascript');
    expect(js.headers.get(REVISION_HEADER)).toBe('rev-main()');
  });

  it('revalidates files with fixed names and lets hashed ones come from the HTTP cache', async () => {
    const network = fakeNetwork(FILES);
    await fillPrecache({ caches: fakeCaches(), fetch: network.fetch }, v1);
    const modes = Object.fromEntries(network.asked.map((a) => [a.path, a.cache]));
    expect(modes).toEqual({ '/index.html': 'no-cache', '/favicon.svg': 'no-cache', '/assets/index-a1.js': 'default', '/assets/esbuild-b2.wasm': 'default' });
  });

  it('fails when a file answers with an error status, naming it', async () => {
    const { '/assets/esbuild-b2.wasm': _, ...withoutWasm } = FILES;
    await expect(fillPrecache({ caches: fakeCaches(), fetch: fakeNetwork(withoutWasm).fetch }, v1)).rejects.toThrow('could not download /assets/esbuild-b2.wasm for offline use (HTTP 404)');
  });

  it('fails when the network fails, and stops starting new downloads', async () => {
    const many = manifest('v9', Array.from({ length: 40 }, (_, i) => entry(`/assets/f${i}.js`, `f${i}`)));
    const files = Object.fromEntries(many.entries.map((e) => [e.url, e.revision.slice(4)]));
    const network = fakeNetwork(files, ['/assets/f0.js']);
    await expect(fillPrecache({ caches: fakeCaches(), fetch: network.fetch }, many)).rejects.toThrow('Failed to fetch');
    expect(network.asked.length).toBeLessThan(40);
  });

  it('resumes a failed attempt without downloading again what it already has', async () => {
    const caches = fakeCaches();
    await expect(fillPrecache({ caches, fetch: fakeNetwork(FILES, ['/favicon.svg']).fetch }, v1)).rejects.toThrow();
    const retry = fakeNetwork(FILES);
    await fillPrecache({ caches, fetch: retry.fetch }, v1);
    expect(retry.asked.map((a) => a.path)).toEqual(['/favicon.svg']);
    expect(caches.urls('playground-precache-v1')).toHaveLength(4);
  });

  it("copies unchanged files from the previous build's cache and downloads only what changed", async () => {
    const caches = fakeCaches();
    await fillPrecache({ caches, fetch: fakeNetwork(FILES).fetch }, v1);
    const next = { ...FILES, '/index.html': '<!doctype html>app v2', '/assets/index-c3.js': 'main2()' };
    const { '/assets/index-a1.js': _, ...v2files } = next;
    const v2 = manifest('v2', Object.entries(v2files).map(([url, body]) => entry(url, body)), '/index.html');
    const network = fakeNetwork(v2files);
    await fillPrecache({ caches, fetch: network.fetch }, v2);
    expect(network.asked.map((a) => a.path).sort()).toEqual(['/assets/index-c3.js', '/index.html']);
    expect(caches.urls('playground-precache-v2').sort()).toEqual(Object.keys(v2files).sort());
    expect(await (await cachedResponse({ caches }, v2, '/assets/esbuild-b2.wasm'))!.text()).toBe('wasm');
    expect(await (await cachedResponse({ caches }, v2, '/index.html'))!.text()).toBe('<!doctype html>app v2');
    // The old build's cache is untouched until the new version activates.
    expect(await (await cachedResponse({ caches }, v1, '/index.html'))!.text()).toBe('<!doctype html>app');
  });

  it('does nothing with an empty manifest (npm run dev)', async () => {
    const caches = fakeCaches();
    const network = fakeNetwork({});
    await fillPrecache({ caches, fetch: network.fetch }, manifest('dev', []));
    expect([await caches.keys(), network.asked]).toEqual([[], []]);
  });

  it('stores a redirected response as a plain one, so it can answer a navigation', async () => {
    const caches = fakeCaches();
    const redirected = new Response('<!doctype html>app');
    Object.defineProperty(redirected, 'redirected', { value: true });
    await fillPrecache({ caches, fetch: async () => redirected }, manifest('v1', [entry('/index.html', 'x')]));
    const cached = (await cachedResponse({ caches }, v1, '/index.html'))!;
    expect([cached.redirected, await cached.text()]).toEqual([false, '<!doctype html>app']);
  });
});

describe('a browser with no room for the build', () => {
  it('gets no offline copy, but the install goes on (the API URLs need the worker)', async () => {
    const caches = fakeCaches();
    const open = caches.open.bind(caches);
    caches.open = async (name) => {
      const cache = await open(name);
      return { ...cache, put: async () => Promise.reject(new DOMException('Quota exceeded.', 'QuotaExceededError')) };
    };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await precacheIfRoom({ caches, fetch: fakeNetwork(FILES).fetch }, v1)).toBe(false);
    expect(await caches.keys()).toEqual([]);
    expect(warn.mock.calls[0]![0]).toContain('works online only');
    warn.mockRestore();
  });

  it('still fails the install for a failed download', async () => {
    await expect(precacheIfRoom({ caches: fakeCaches(), fetch: fakeNetwork(FILES, ['/index.html']).fetch }, v1)).rejects.toThrow('Failed to fetch');
  });

  it('is told apart from a complete copy', async () => {
    expect(await precacheIfRoom({ caches: fakeCaches(), fetch: fakeNetwork(FILES).fetch }, v1)).toBe(true);
  });
});

describe('cleaning up on activate', () => {
  it("deletes other builds' caches and leaves this build's and caches that are not ours", async () => {
    const caches = fakeCaches();
    for (const name of ['playground-precache-v0', 'playground-precache-v1', 'something-else', 'playground-precache-v2']) await caches.open(name);
    expect(await deleteOldPrecaches({ caches }, manifest('v2', []))).toEqual(['playground-precache-v0', 'playground-precache-v1']);
    expect(await caches.keys()).toEqual(['something-else', 'playground-precache-v2']);
  });

  it('deletes every precache under npm run dev, so nothing from a build can go stale', async () => {
    const caches = fakeCaches();
    await caches.open('playground-precache-v1');
    await deleteOldPrecaches({ caches }, manifest('dev', []));
    expect(await caches.keys()).toEqual([]);
  });
});
