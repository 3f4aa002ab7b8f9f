// The service worker (built as a classic script at /sw.js): gives every simulated API and site
// a real URL on the playground's own origin, answered by an open playground tab.
import { listen } from './service-worker/service-worker';
import type { ServiceWorkerScope } from './service-worker/scope';

listen(self as unknown as ServiceWorkerScope);
