// Fakes for the service worker's tests: window clients that answer (or not) on the port they
// are sent, and a scope that records what the worker asked of it.
import { PLAYGROUND_ACK, type WireRequest } from '../../src/platform/http-wire';
import type { CacheStorageLike, ExtendableEventLike, FetchEventLike, ServiceWorkerScope, TabClient } from './scope';

export const ORIGIN = 'https://playground.test';

/**
 * How a fake tab answers: like the bridge, an acknowledgement then a reply (maybe later);
 * 'silent' never answers, 'ack-only' acknowledges and never answers, 'gone' throws on postMessage.
 */
export type FakeBehaviour = ((request: WireRequest) => unknown) | 'silent' | 'ack-only' | 'gone';

export interface FakeTab extends TabClient {
  /** Requests this tab was asked, in order, with what was transferred alongside. */
  readonly asked: { request: WireRequest; transfer: Transferable[] }[];
}

let ids = 0;

export function fakeTab(path: string, behaviour: FakeBehaviour, options: { focused?: boolean; origin?: string; type?: string } = {}): FakeTab {
  const asked: FakeTab['asked'] = [];
  return {
    id: `tab-${++ids}`,
    url: `${options.origin ?? ORIGIN}${path}`,
    type: options.type ?? 'window',
    focused: options.focused ?? false,
    asked,
    postMessage(message: unknown, transfer: Transferable[]) {
      if (behaviour === 'gone') throw new Error('client is gone');
      const { request } = message as { request: WireRequest };
      asked.push({ request, transfer });
      const port = transfer[0] as MessagePort;
      if (behaviour === 'silent') return;
      port.postMessage({ type: PLAYGROUND_ACK });
      if (behaviour === 'ack-only') return;
      void Promise.resolve(behaviour(request)).then((reply) => {
        port.postMessage(reply);
        port.close();
      });
    },
  };
}

export const reply = {
  unhandled: () => ({ handled: false }),
  handled: (status: number, body = '', headers: [string, string][] = []) => () => ({
    handled: true,
    response: { status, headers, body: new TextEncoder().encode(body).buffer },
  }),
};

export interface FakeScopeOptions {
  /** A version of the worker is already active, so a new one is an update. */
  active?: boolean;
  caches?: CacheStorageLike;
  fetch?: ServiceWorkerScope['fetch'];
}

const noCaches: CacheStorageLike = {
  open: () => Promise.reject(new Error('no caches in this test')),
  keys: async () => [],
  delete: async () => false,
};

export function fakeScope(tabs: TabClient[] = [], options: FakeScopeOptions = {}) {
  const calls = { skipWaiting: 0, claim: 0, matchAll: [] as unknown[] };
  const listeners = new Map<string, (event: never) => void>();
  const scope: ServiceWorkerScope = {
    location: { origin: ORIGIN },
    registration: { active: options.active ? {} : null },
    caches: options.caches ?? noCaches,
    fetch: options.fetch ?? (() => Promise.reject(new Error('no network in this test'))),
    clients: {
      async matchAll(options) {
        calls.matchAll.push(options);
        return tabs;
      },
      async claim() {
        calls.claim++;
      },
    },
    async skipWaiting() {
      calls.skipWaiting++;
    },
    addEventListener(type: string, listener: (event: never) => void) {
      listeners.set(type, listener);
    },
  };
  return { scope, calls, listeners };
}

/** A fetch event that records whether, and with what, the worker responded. */
export function fakeFetchEvent(request: Request) {
  const event = {
    request,
    responded: undefined as Promise<Response> | undefined,
    respondWith(response: Response | Promise<Response>) {
      event.responded = Promise.resolve(response);
    },
    waitUntil() {},
  } satisfies FetchEventLike & { responded: unknown };
  return event;
}

/** An extendable event whose waitUntil promises the test can await. */
export function fakeExtendableEvent() {
  const waited: Promise<unknown>[] = [];
  const event: ExtendableEventLike & { waited: Promise<unknown>[] } = { waited, waitUntil: (p) => void waited.push(p) };
  return event;
}
