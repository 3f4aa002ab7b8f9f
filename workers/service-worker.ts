// The service worker (built as a classic script at /sw.js): gives every simulated API and site
// a real URL on the playground's own origin, answered by an open playground tab, and keeps the
// build's files so the playground loads offline.
import { listen } from './service-worker/service-worker';
import { EMPTY_MANIFEST, type PrecacheManifest } from './service-worker/precache-manifest';
import type { ServiceWorkerScope } from './service-worker/scope';

/** Replaced with the build's file list by the service-worker plugin in vite.config.ts. */
declare const __PLAYGROUND_PRECACHE__: PrecacheManifest | undefined;

listen(self as unknown as ServiceWorkerScope, typeof __PLAYGROUND_PRECACHE__ === 'undefined' ? EMPTY_MANIFEST : __PLAYGROUND_PRECACHE__);
