// The parts of ServiceWorkerGlobalScope the service worker uses, typed here because the
// project compiles against the DOM library (not WebWorker) and so that tests can pass fakes.

/** A window client as `clients.matchAll({ type: 'window' })` returns it. */
export interface TabClient {
  readonly id: string;
  readonly url: string;
  readonly type: string;
  /** Only window clients have it; absent is treated as not focused. */
  readonly focused?: boolean;
  postMessage(message: unknown, transfer: Transferable[]): void;
}

export interface ClientsLike {
  matchAll(options: { type: 'window'; includeUncontrolled: boolean }): Promise<readonly TabClient[]>;
  claim(): Promise<void>;
}

export interface ExtendableEventLike {
  waitUntil(promise: Promise<unknown>): void;
}

export interface FetchEventLike extends ExtendableEventLike {
  readonly request: Request;
  respondWith(response: Response | Promise<Response>): void;
}

export interface ExtendableMessageEventLike extends ExtendableEventLike {
  readonly data: unknown;
}

/** The parts of a Cache the precache uses. */
export interface CacheLike {
  match(request: RequestInfo): Promise<Response | undefined>;
  put(request: RequestInfo, response: Response): Promise<void>;
}

/** The parts of CacheStorage (`self.caches`) the precache uses. */
export interface CacheStorageLike {
  open(name: string): Promise<CacheLike>;
  keys(): Promise<string[]>;
  delete(name: string): Promise<boolean>;
}

export interface ServiceWorkerScope {
  readonly location: { readonly origin: string };
  readonly clients: ClientsLike;
  /** `active` is the version already running, if any: a new one then waits instead of taking over. */
  readonly registration: { readonly active: unknown };
  readonly caches: CacheStorageLike;
  fetch(input: RequestInfo, init?: RequestInit): Promise<Response>;
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEventLike) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEventLike) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEventLike) => void): void;
}

/**
 * One branch of the fetch handler: a response for requests it owns, undefined for the rest
 * (which then go to the next branch, and finally to the network).
 */
export type FetchRoute = (request: Request) => Promise<Response> | undefined;
