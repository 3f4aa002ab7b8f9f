// The web app manifest: linked from the page, served and valid, with icons of the sizes it declares,
// accepted by Chromium as installable, and kept by the service worker so the app installs offline too.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { openPlayground } from './helpers';

interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose?: string;
}

/** Width and height from a PNG's IHDR chunk (right after the 8-byte signature and the chunk header). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), 'a PNG signature').toBe(true);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function fetchOk(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  return response;
}

test('the manifest is linked, served and valid, and every icon is an image of its declared size', async ({ page, request, baseURL }) => {
  await page.goto('/');
  await expect(page.locator('link[rel="manifest"]')).toHaveCount(1);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const themeMeta = await page.locator('meta[name="theme-color"]').getAttribute('content');
  const appleIcon = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
  const manifestUrl = new URL(href!, baseURL).href;

  const response = await fetchOk(request, manifestUrl);
  expect(response.headers()['content-type']).toMatch(/^application\/(manifest\+)?json/);
  const manifest = await response.json();
  expect(manifest).toMatchObject({
    name: 'Serverless Playground',
    short_name: expect.any(String),
    description: expect.stringContaining('Lambda'),
    display: 'standalone',
    start_url: '.',
    scope: '.',
    theme_color: themeMeta,
    background_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
  });
  expect(manifest.short_name.length).toBeLessThanOrEqual(12);
  // start_url and scope resolve to the app's root on this origin.
  expect(new URL(manifest.start_url, manifestUrl).href).toBe(new URL('/', baseURL).href);
  expect(new URL(manifest.scope, manifestUrl).href).toBe(new URL('/', baseURL).href);

  const icons = manifest.icons as ManifestIcon[];
  const pngs = icons.filter((icon) => icon.type === 'image/png');
  expect(pngs.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  expect(icons.some((icon) => icon.purpose?.split(' ').includes('maskable'))).toBe(true);
  for (const icon of icons) {
    const image = await fetchOk(request, new URL(icon.src, manifestUrl).href);
    expect(image.headers()['content-type'], icon.src).toBe(icon.type);
    const [width, height] = icon.sizes.split('x').map(Number);
    expect(pngSize(await image.body()), icon.src).toEqual({ width, height });
  }
  expect(pngSize(await (await fetchOk(request, new URL(appleIcon!, baseURL).href)).body())).toEqual({ width: 180, height: 180 });

  // Chromium's own reading of the manifest: no errors, and nothing that stops installing the app.
  const cdp = await page.context().newCDPSession(page);
  const read = await cdp.send('Page.getAppManifest');
  expect(read.url).toBe(manifestUrl);
  expect(read.errors).toEqual([]);
  await openPlayground(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  // Playwright's browser contexts are incognito ones, where Chromium installs nothing: that is the harness, not the app.
  expect(installabilityErrors.filter((e) => e.errorId !== 'in-incognito')).toEqual([]);
});

test('the service worker keeps the manifest and its icons, so the app installs offline too', async ({ page }) => {
  await openPlayground(page);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
  const cached = await page.evaluate(async () => {
    const names = (await caches.keys()).filter((name) => name.startsWith('playground-precache-'));
    const cache = await caches.open(names[0]!);
    return (await cache.keys()).map((r) => new URL(r.url).pathname).sort();
  });
  expect(cached).toEqual(expect.arrayContaining(['/manifest.webmanifest', '/icons/icon-192.png', '/icons/icon-512.png', '/icons/icon-maskable-512.png', '/icons/apple-touch-icon.png']));
});
