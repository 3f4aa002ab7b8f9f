// Unit tests run in Node: the engine, the services, the codecs and the worker factories.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'workers/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
