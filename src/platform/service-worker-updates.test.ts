import { afterEach, describe, expect, it, vi } from 'vitest';
import { PLAYGROUND_SKIP_WAITING } from '../../workers/service-worker/update-messages';
import { watchForUpdates, type RegistrationLike, type UpdateContainerLike, type UpdateStatus, type UpdateWatcherOptions, type WorkerLike } from './service-worker-updates';

/** A service worker whose state the test moves along, as the browser would. */
class FakeWorker implements WorkerLike {
  posted: unknown[] = [];
  #listeners = new Set<() => void>();
  constructor(public state: string) {}
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  addEventListener(_type: 'statechange', listener: () => void) {
    this.#listeners.add(listener);
  }
  removeEventListener(_type: 'statechange', listener: () => void) {
    this.#listeners.delete(listener);
  }
  moveTo(state: string) {
    this.state = state;
    for (const listener of [...this.#listeners]) listener();
  }
}

class FakeRegistration implements RegistrationLike {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
  updates = 0;
  failUpdates = false;
  #onUpdateFound: (() => void)[] = [];
  constructor(public active: FakeWorker | null) {}
  async update() {
    this.updates++;
    if (this.failUpdates) throw new TypeError('Failed to update a ServiceWorker: network error');
  }
  addEventListener(_type: 'updatefound', listener: () => void) {
    this.#onUpdateFound.push(listener);
  }
  /** The browser found a new sw.js: it installs, then waits while an older version is active. */
  found(): FakeWorker {
    const worker = (this.installing = new FakeWorker('installing'));
    for (const listener of this.#onUpdateFound) listener();
    return worker;
  }
  installed(worker: FakeWorker) {
    this.installing = null;
    this.waiting = worker;
    worker.moveTo('installed');
  }
}

class FakeContainer implements UpdateContainerLike {
  #listeners = new Set<() => void>();
  constructor(public registration: FakeRegistration, public controller: unknown) {}
  get ready() {
    return Promise.resolve(this.registration);
  }
  addEventListener(_type: 'controllerchange', listener: () => void) {
    this.#listeners.add(listener);
  }
  removeEventListener(_type: 'controllerchange', listener: () => void) {
    this.#listeners.delete(listener);
  }
  /** The registration's active worker changed; every controlled page (and a claimed one) hears it. */
  controllerChange(worker: unknown) {
    this.controller = worker;
    for (const listener of [...this.#listeners]) listener();
  }
}

const watchers: { stop(): void }[] = [];

/** A tab controlled by version 1 (or not controlled at all), watching for updates. */
async function openTab(options: { controlled?: boolean; registration?: FakeRegistration } & UpdateWatcherOptions = {}) {
  const registration = options.registration ?? new FakeRegistration(new FakeWorker('activated'));
  const container = new FakeContainer(registration, options.controlled === false ? null : registration.active);
  const reload = vi.fn();
  const watcher = watchForUpdates({ container, reload, ...options });
  watchers.push(watcher);
  const statuses: UpdateStatus[] = [];
  watcher.onStatus((s) => statuses.push(s));
  await vi.waitFor(() => expect(registration.updates).toBeGreaterThan(0));
  return { registration, container, reload, watcher, statuses };
}

afterEach(() => {
  for (const watcher of watchers.splice(0)) watcher.stop();
  vi.useRealTimers();
});

describe('noticing a new version', () => {
  it('checks for one on load, then says a new version is ready once it has installed and waits', async () => {
    const { registration, watcher, statuses } = await openTab();
    expect(registration.updates).toBe(1);
    const next = registration.found();
    expect(watcher.status).toBe('none');
    registration.installed(next);
    expect(statuses).toEqual(['none', 'ready']);
  });

  it('says nothing when the new version fails to install', async () => {
    const { registration, statuses } = await openTab();
    registration.found().moveTo('redundant');
    expect(statuses).toEqual(['none']);
  });

  it('finds a version that was already waiting when the tab opened', async () => {
    const registration = new FakeRegistration(new FakeWorker('activated'));
    registration.waiting = new FakeWorker('installed');
    const { statuses } = await openTab({ registration });
    expect(statuses).toEqual(['none', 'ready']);
  });

  it('finds a version that was installing when the tab opened', async () => {
    const registration = new FakeRegistration(new FakeWorker('activated'));
    const next = (registration.installing = new FakeWorker('installing'));
    const { statuses } = await openTab({ registration });
    registration.installed(next);
    expect(statuses).toEqual(['none', 'ready']);
  });

  it('does not count the first claim of an uncontrolled tab (first visit, hard reload) as an update', async () => {
    const { container, registration, statuses } = await openTab({ controlled: false });
    container.controllerChange(registration.active);
    expect(statuses).toEqual(['none']);
  });

  it('says a new version is ready when another tab already switched to it', async () => {
    const { container, statuses } = await openTab();
    container.controllerChange(new FakeWorker('activating'));
    expect(statuses).toEqual(['none', 'ready']);
  });

  it('checks again every so often, and shrugs off failed checks (offline)', async () => {
    vi.useFakeTimers();
    const { registration } = await openTab({ checkEveryMs: 60_000 });
    registration.failUpdates = true;
    await vi.advanceTimersByTimeAsync(60_000 * 3);
    expect(registration.updates).toBe(4);
  });

  it('without service workers, stays at none and apply() just reloads', async () => {
    const reload = vi.fn();
    const watcher = watchForUpdates({ container: undefined, reload });
    expect(watcher.status).toBe('none');
    await watcher.check();
    await watcher.apply();
    expect(reload).toHaveBeenCalledOnce();
  });
});

describe('switching to it', () => {
  it('asks the waiting version to take over, waits until it controls the tab, then reloads', async () => {
    const { registration, container, reload, watcher, statuses } = await openTab();
    const next = registration.found();
    registration.installed(next);
    const applied = watcher.apply();
    expect(watcher.status).toBe('applying');
    await vi.waitFor(() => expect(next.posted).toEqual([{ type: PLAYGROUND_SKIP_WAITING }]));
    expect(reload).not.toHaveBeenCalled();
    container.controllerChange(next);
    await applied;
    expect(reload).toHaveBeenCalledOnce();
    expect(statuses).toEqual(['none', 'ready', 'applying']);
  });

  it('reloads anyway if the new version does not take over in time', async () => {
    vi.useFakeTimers();
    const { registration, reload, watcher } = await openTab({ takeoverTimeoutMs: 5_000 });
    registration.installed(registration.found());
    const applied = watcher.apply();
    await vi.advanceTimersByTimeAsync(4_999);
    expect(reload).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await applied;
    expect(reload).toHaveBeenCalledOnce();
  });

  it('just reloads when another tab already switched (nothing is waiting), and only once', async () => {
    const { container, reload, watcher } = await openTab();
    container.controllerChange(new FakeWorker('activated'));
    await Promise.all([watcher.apply(), watcher.apply()]);
    expect(reload).toHaveBeenCalledOnce();
  });
});
