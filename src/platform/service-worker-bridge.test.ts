import { afterEach, describe, expect, it, vi } from 'vitest';
import { PLAYGROUND_ACK, PLAYGROUND_CLAIM, PLAYGROUND_HTTP, type WireReply, type WireRequest } from './http-wire';
import { startServiceWorkerBridge, type ServiceWorkerContainerLike, type WireHandler } from './service-worker-bridge';

/** A navigator.serviceWorker stand-in: registration, control and messages under the test's hand. */
class FakeContainer extends EventTarget {
  controller: ServiceWorker | null = null;
  registered: unknown[] = [];
  sentToWorker: unknown[] = [];
  registerError: Error | undefined;
  #resolveReady!: (registration: ServiceWorkerRegistration) => void;
  ready = new Promise<ServiceWorkerRegistration>((resolve) => (this.#resolveReady = resolve));
  registration = { installing: null, waiting: null, active: { postMessage: (m: unknown) => this.sentToWorker.push(m) } } as unknown as ServiceWorkerRegistration;
  startMessages = vi.fn();

  async register(url: string | URL, options?: RegistrationOptions): Promise<ServiceWorkerRegistration> {
    this.registered.push([url, options]);
    if (this.registerError) throw this.registerError;
    return this.registration;
  }
  activate() {
    this.#resolveReady(this.registration);
  }
  takeControl() {
    this.controller = {} as ServiceWorker;
    this.dispatchEvent(new Event('controllerchange'));
  }
  /** Acknowledgements received on reply ports, which must come before each reply. */
  acks = 0;
  /** Delivers a request as the service worker would and resolves with the tab's reply. */
  send(request: WireRequest, type = PLAYGROUND_HTTP): Promise<WireReply> {
    const channel = new MessageChannel();
    const replied = new Promise<WireReply>((resolve) => {
      let acknowledged = false;
      channel.port1.onmessage = (event) => {
        if (!acknowledged && (event.data as { type?: string }).type === PLAYGROUND_ACK) {
          acknowledged = true;
          this.acks++;
          return;
        }
        channel.port1.close();
        resolve(event.data as WireReply);
      };
    });
    this.dispatchEvent(new MessageEvent('message', { data: { type, request }, ports: [channel.port2] }));
    return replied;
  }
}

const asContainer = (c: FakeContainer) => c as unknown as ServiceWorkerContainerLike;
const request: WireRequest = { kind: 'api', method: 'GET', url: 'https://p.test/_api/a/prod/items', headers: [], body: null };
const notHandled: WireHandler = async () => ({ handled: false });

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('starting the bridge', () => {
  it('registers /sw.js for the whole origin and resolves ok when the page is already controlled', async () => {
    const container = new FakeContainer();
    container.controller = {} as ServiceWorker;
    expect(await startServiceWorkerBridge(notHandled, { container: asContainer(container) })).toEqual({ ok: true });
    expect(container.registered).toEqual([['/sw.js', { scope: '/', updateViaCache: 'none' }]]);
    expect(container.startMessages).toHaveBeenCalled();
  });

  it('waits until the new worker controls the page', async () => {
    const container = new FakeContainer();
    let result: unknown;
    const started = startServiceWorkerBridge(notHandled, { container: asContainer(container) }).then((r) => (result = r));
    container.activate();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(result).toBeUndefined();
    container.takeControl();
    await started;
    expect(result).toEqual({ ok: true });
  });

  it('asks an active worker to claim a page it does not control (after a hard reload)', async () => {
    const container = new FakeContainer();
    container.activate();
    const started = startServiceWorkerBridge(notHandled, { container: asContainer(container) });
    await vi.waitFor(() => expect(container.sentToWorker).toEqual([{ type: PLAYGROUND_CLAIM }]));
    container.takeControl();
    expect(await started).toEqual({ ok: true });
  });

  it('gives up with a reason when control never comes', async () => {
    vi.useFakeTimers();
    const container = new FakeContainer();
    const started = startServiceWorkerBridge(notHandled, { container: asContainer(container), controlTimeoutMs: 5_000 });
    await vi.advanceTimersByTimeAsync(5_000);
    const result = await started;
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/did not take control of this page within 5 s.*reload/);
  });

  it('resolves with a readable reason when registration fails, without throwing', async () => {
    const container = new FakeContainer();
    container.registerError = new TypeError('Failed to register a ServiceWorker: A bad HTTP response code (404) was received.');
    expect(await startServiceWorkerBridge(notHandled, { container: asContainer(container) })).toEqual({
      ok: false,
      reason: 'The service worker could not be registered: Failed to register a ServiceWorker: A bad HTTP response code (404) was received.',
    });
  });

  it('resolves with a reason where there are no service workers at all', async () => {
    // Node has no navigator.serviceWorker, like an insecure origin or a browser without them.
    const result = await startServiceWorkerBridge(notHandled);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/no service workers/);
  });
});

describe('serving requests', () => {
  async function started(handler: WireHandler) {
    const container = new FakeContainer();
    container.controller = {} as ServiceWorker;
    await startServiceWorkerBridge(handler, { container: asContainer(container) });
    return container;
  }

  it("passes the request to the handler and replies on the worker's port, moving the body", async () => {
    let body: ArrayBuffer | undefined;
    const container = await started(async (r) => {
      body = new TextEncoder().encode(`hello ${r.url}`).buffer;
      return { handled: true, response: { status: 200, headers: [['content-type', 'text/plain']], body } };
    });
    const reply = await container.send(request);
    // The acknowledgement came first, so the service worker waits for this tab alone.
    expect(container.acks).toBe(1);
    expect(reply.handled).toBe(true);
    if (!reply.handled) return;
    expect(reply.response.status).toBe(200);
    expect(new TextDecoder().decode(reply.response.body)).toBe('hello https://p.test/_api/a/prod/items');
    // Transferred, not copied: the page's buffer is now detached.
    expect(body!.byteLength).toBe(0);
  });

  it('passes on that the tab does not know the path', async () => {
    const container = await started(notHandled);
    expect(await container.send(request)).toEqual({ handled: false });
  });

  it('answers 500 and logs the error when the handler throws', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const container = await started(async () => {
      throw new Error('engine exploded');
    });
    const reply = await container.send(request);
    expect(reply.handled).toBe(true);
    if (!reply.handled) return;
    expect(reply.response.status).toBe(500);
    expect(reply.response.headers).toEqual([['content-type', 'application/json']]);
    expect(JSON.parse(new TextDecoder().decode(reply.response.body))).toEqual({ message: 'Internal server error' });
    expect(String(logged.mock.calls[0]?.[0])).toContain('GET https://p.test/_api/a/prod/items');
    expect(logged.mock.calls[0]?.[1]).toBeInstanceOf(Error);
  });

  it('ignores other messages', async () => {
    const handler = vi.fn(notHandled);
    const container = await started(handler);
    void container.send(request, 'something-else');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(handler).not.toHaveBeenCalled();
  });
});
