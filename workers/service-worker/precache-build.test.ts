import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildPrecacheManifest, type BuildFile } from './precache-build';

const OPTIONS = { base: '/', assetsDir: 'assets', exclude: ['sw.js', 'sw.js.map'] };
const FILES: BuildFile[] = [
  { fileName: 'index.html', source: '<!doctype html>' },
  { fileName: 'assets/index-BfV60nQ3.js', source: 'main()' },
  { fileName: 'assets/index-BfV60nQ3.js.map', source: '{"mappings":""}' },
  { fileName: 'assets/codemirror-DHK5UYPm.js', source: 'lazy()' },
  { fileName: 'assets/compiler.worker-C63nlS0c.js', source: 'worker()' },
  { fileName: 'assets/esbuild-BaXVPFT2.wasm', source: new Uint8Array([0, 97, 115, 109]) },
  { fileName: 'sw.js', source: 'self' },
  { fileName: 'sw.js.map', source: '{}' },
  { fileName: '.vite/manifest.json', source: '{}' },
  { fileName: 'favicon.svg', source: '<svg/>' },
];

describe('the precache manifest of a build', () => {
  it('lists every file the app needs, sorted, without source maps, Vite manifests or the worker itself', () => {
    const manifest = buildPrecacheManifest(FILES, OPTIONS);
    expect(manifest.entries.map((e) => e.url)).toEqual([
      '/assets/codemirror-DHK5UYPm.js',
      '/assets/compiler.worker-C63nlS0c.js',
      '/assets/esbuild-BaXVPFT2.wasm',
      '/assets/index-BfV60nQ3.js',
      '/favicon.svg',
      '/index.html',
    ]);
    expect(manifest.navigationFallback).toBe('/index.html');
  });

  it('gives each file a revision from its content, its size, and whether its name is hashed', () => {
    const [wasm] = buildPrecacheManifest(FILES, OPTIONS).entries.filter((e) => e.url.endsWith('.wasm'));
    expect(wasm).toEqual({
      url: '/assets/esbuild-BaXVPFT2.wasm',
      revision: createHash('sha256').update(new Uint8Array([0, 97, 115, 109])).digest('hex').slice(0, 16),
      size: 4,
      immutable: true,
    });
    const favicon = buildPrecacheManifest(FILES, OPTIONS).entries.find((e) => e.url === '/favicon.svg')!;
    expect([favicon.immutable, favicon.size]).toEqual([false, 6]);
    const unicode = buildPrecacheManifest([{ fileName: 'a.txt', source: 'λ' }], OPTIONS).entries[0]!;
    expect(unicode.size).toBe(2);
  });

  it('has a version that changes when any file changes, and only then', () => {
    const version = buildPrecacheManifest(FILES, OPTIONS).version;
    expect(version).toMatch(/^[0-9a-f]{12}$/);
    expect(buildPrecacheManifest([...FILES].reverse(), OPTIONS).version).toBe(version);
    const edited = FILES.map((f) => (f.fileName === 'index.html' ? { ...f, source: '<!doctype html><title>v2</title>' } : f));
    expect(buildPrecacheManifest(edited, OPTIONS).version).not.toBe(version);
    const mapOnly = FILES.map((f) => (f.fileName.endsWith('.map') ? { ...f, source: 'changed' } : f));
    expect(buildPrecacheManifest(mapOnly, OPTIONS).version).toBe(version);
  });

  it('keeps the first of two files with one name (the bundle wins over the public folder)', () => {
    const manifest = buildPrecacheManifest([{ fileName: 'favicon.svg', source: 'bundle' }, { fileName: 'favicon.svg', source: 'public' }], OPTIONS);
    expect(manifest.entries).toHaveLength(1);
    expect(manifest.entries[0]!.revision).toBe(createHash('sha256').update('bundle').digest('hex').slice(0, 16));
  });

  it('puts URLs under a base path and has no fallback without index.html', () => {
    const manifest = buildPrecacheManifest([{ fileName: 'static/app-1.js', source: 'x' }], { ...OPTIONS, base: '/play', assetsDir: 'static/' });
    expect(manifest.entries).toEqual([expect.objectContaining({ url: '/play/static/app-1.js', immutable: true })]);
    expect(manifest.navigationFallback).toBeUndefined();
  });
});
