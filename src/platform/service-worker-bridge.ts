// The page side of the service worker: registers /sw.js and answers the HTTP requests it
// forwards (simulated APIs and sites) with the given handler. Never throws: without a service
// worker the playground still works, only its APIs have no URL of their own.
import { jsonWireResponse, PLAYGROUND_ACK, PLAYGROUND_CLAIM, PLAYGROUND_HTTP, type PlaygroundHttpMessage, type WireReply, type WireRequest } from './http-wire';

/** Answers one forwarded request; `{ handled: false }` when this tab does not know the path. */
export type WireHandler = (request: WireRequest) => Promise<WireReply>;

export type BridgeResult = { ok: true } | { ok: false; reason: string };

/** The parts of `navigator.serviceWorker` the bridge uses (tests pass a fake). */
export type ServiceWorkerContainerLike = Pick<
  ServiceWorkerContainer,
  'controller' | 'ready' | 'register' | 'startMessages' | 'addEventListener' | 'removeEventListener'
>;

export interface BridgeOptions {
  container?: ServiceWorkerContainerLike;
  /** How long to wait for the worker to control this page (default 15 s). */
  controlTimeoutMs?: number;
}

const SCRIPT_URL = '/sw.js';
const DEFAULT_CONTROL_TIMEOUT_MS = 15_000;

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

function isHttpMessage(data: unknown): data is PlaygroundHttpMessage {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === PLAYGROUND_HTTP;
}

async function answer(handler: WireHandler, request: WireRequest): Promise<WireReply> {
  try {
    return await handler(request);
  } catch (error) {
    console.error(`Serverless Playground: the handler for ${request.method} ${request.url} failed`, error);
    return { handled: true, response: jsonWireResponse(500, { message: 'Internal server error' }) };
  }
}

/** Replies on the port the service worker sent, transferring the body rather than copying it. */
async function serve(event: MessageEvent, handler: WireHandler): Promise<void> {
  const port = event.ports[0];
  if (!isHttpMessage(event.data) || !port) return;
  // At once, before the project may still be loading: this tab is alive and will answer.
  port.postMessage({ type: PLAYGROUND_ACK });
  const reply = await answer(handler, event.data.request);
  try {
    port.postMessage(reply, reply.handled ? [reply.response.body] : []);
  } catch {
    // A body that cannot be transferred (e.g. a view of a shared buffer) is copied instead.
    port.postMessage(reply);
  }
  port.close();
}

function unsupportedReason(): string {
  if (typeof window !== 'undefined' && !window.isSecureContext) {
    return 'This page is not on a secure origin (https or localhost), so the browser allows no service worker; APIs and sites have no URL of their own here.';
  }
  return 'This browser has no service workers (or they are turned off, e.g. in some private modes), so APIs and sites have no URL of their own here.';
}

/** Resolves true once the page is controlled, false after `timeoutMs`. */
function controlled(container: ServiceWorkerContainerLike, timeoutMs: number): Promise<boolean> {
  if (container.controller) return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (value: boolean) => {
      clearTimeout(timer);
      container.removeEventListener('controllerchange', onChange);
      resolve(value);
    };
    const onChange = () => container.controller && done(true);
    const timer = setTimeout(() => done(false), timeoutMs);
    container.addEventListener('controllerchange', onChange);
  });
}

/**
 * Registers the service worker and serves its requests with `handler`. Resolves ok once this
 * page is controlled, so a fetch of an API URL right after goes through the worker.
 */
export async function startServiceWorkerBridge(handler: WireHandler, options: BridgeOptions = {}): Promise<BridgeResult> {
  const container = options.container ?? (typeof navigator === 'undefined' ? undefined : navigator.serviceWorker);
  if (!container) return { ok: false, reason: unsupportedReason() };
  try {
    // Listen before registering, so no request that arrives meanwhile is missed.
    container.addEventListener('message', (event) => void serve(event, handler));
    container.startMessages();
    const registration = await container.register(SCRIPT_URL, { scope: '/', updateViaCache: 'none' });
    const timeoutMs = options.controlTimeoutMs ?? DEFAULT_CONTROL_TIMEOUT_MS;
    const isControlled = controlled(container, timeoutMs);
    if (!container.controller) {
      // A new worker claims open pages when it activates; an already active one does not, e.g.
      // after a hard reload, so ask it to.
      const ready = await Promise.race([container.ready, isControlled.then(() => undefined)]);
      ready?.active?.postMessage({ type: PLAYGROUND_CLAIM });
    }
    if (await isControlled) return { ok: true };
    const state = registration.installing ? 'still installing' : registration.waiting ? 'waiting' : registration.active ? 'active but not controlling this page' : 'gone';
    return { ok: false, reason: `The service worker did not take control of this page within ${Math.round(timeoutMs / 1000)} s (it is ${state}); reload the page to give APIs and sites their URLs.` };
  } catch (error) {
    return { ok: false, reason: `The service worker could not be registered: ${message(error)}` };
  }
}
