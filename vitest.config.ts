// Unit tests run in Node: the engine, the services, the codecs, the worker factories, and the
// state classes (whose runes the Svelte plugin compiles).
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  plugins: [svelte()],
  test: {
    include: ['src/**/*.test.ts', 'workers/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['src/i18n/test-setup.ts'],
    testTimeout: 20_000,
  },
});
