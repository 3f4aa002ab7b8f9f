// Build configuration: Svelte app plus classic (IIFE) workers, because an execution
// environment must later start from a blob URL inside an opaque-origin iframe, where
// Chromium refuses module workers (DESIGN.md, "Platform facts").
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  plugins: [svelte()],
  worker: { format: 'iife' },
  build: { target: 'es2022', sourcemap: true },
  preview: { port: 4173, strictPort: true },
});
