// The page side of updates: notices when a new version of the playground has been downloaded
// and is waiting (the open tab keeps running the old one), and on request switches to it and
// reloads. Looks for a new version on load and every half hour. Never throws.
import { PLAYGROUND_SKIP_WAITING } from '../../workers/service-worker/update-messages';

/**
 * `none`: this tab runs the newest version known. `ready`: a new version is installed and
 * waiting (or another tab already switched to it); a reload brings it in. `applying`: switching.
 */
export type UpdateStatus = 'none' | 'ready' | 'applying';

/** The parts of a ServiceWorker the watcher uses. */
export interface WorkerLike {
  readonly state: string;
  postMessage(message: unknown): void;
  addEventListener(type: 'statechange', listener: () => void): void;
  removeEventListener(type: 'statechange', listener: () => void): void;
}

/** The parts of a ServiceWorkerRegistration the watcher uses. */
export interface RegistrationLike {
  readonly installing: WorkerLike | null;
  readonly waiting: WorkerLike | null;
  readonly active: WorkerLike | null;
  update(): Promise<unknown>;
  addEventListener(type: 'updatefound', listener: () => void): void;
}

/** The parts of `navigator.serviceWorker` the watcher uses (tests pass a fake). */
export interface UpdateContainerLike {
  readonly controller: unknown;
  readonly ready: Promise<RegistrationLike>;
  addEventListener(type: 'controllerchange', listener: () => void): void;
  removeEventListener(type: 'controllerchange', listener: () => void): void;
}

export interface UpdateWatcherOptions {
  container?: UpdateContainerLike;
  /** How often to ask the server for a new sw.js (default 30 minutes). */
  checkEveryMs?: number;
  /** How long to wait for the new version to take over before reloading anyway (default 10 s). */
  takeoverTimeoutMs?: number;
  /** Default: `location.reload()`. */
  reload?: () => void;
}

export interface UpdateWatcher {
  readonly status: UpdateStatus;
  /** Calls `listener` now and on every change; returns a function that stops it. */
  onStatus(listener: (status: UpdateStatus) => void): () => void;
  /** Asks the server for a new version now (the browser downloads and installs it in the background). */
  check(): Promise<void>;
  /** Lets the waiting version take over this tab (and the others), then reloads into it. */
  apply(): Promise<void>;
  stop(): void;
}

const CHECK_EVERY_MS = 30 * 60_000;
const TAKEOVER_TIMEOUT_MS = 10_000;

export function watchForUpdates(options: UpdateWatcherOptions = {}): UpdateWatcher {
  const container = options.container ?? (typeof navigator === 'undefined' ? undefined : navigator.serviceWorker);
  const reload = options.reload ?? (() => location.reload());
  const listeners = new Set<(status: UpdateStatus) => void>();
  let status: UpdateStatus = 'none';
  let registration: RegistrationLike | undefined;
  let timer: ReturnType<typeof setInterval> | undefined;
  let stopped = false;
  // A page that was not controlled and becomes so was claimed by the first version: no update.
  let controlled = Boolean(container?.controller);

  const set = (next: UpdateStatus) => {
    if (status === next) return;
    status = next;
    for (const listener of listeners) listener(next);
  };

  /** A new worker that ends up installed while an older one is active is an update, waiting. */
  function track(worker: WorkerLike | null) {
    if (!worker) return;
    const onState = () => {
      if (worker.state === 'installing') return;
      worker.removeEventListener('statechange', onState);
      if (worker.state === 'installed' && registration?.active && status === 'none') set('ready');
    };
    worker.addEventListener('statechange', onState);
    onState();
  }

  const onControllerChange = () => {
    // Another tab switched every tab to the new version: this one still runs the old files.
    if (controlled && status === 'none') set('ready');
    controlled = true;
  };

  async function check(): Promise<void> {
    try {
      await registration?.update();
    } catch {
      // Offline, or the server is down: the next check will tell.
    }
  }

  if (container) {
    container.addEventListener('controllerchange', onControllerChange);
    void container.ready.then((ready) => {
      if (stopped) return;
      registration = ready;
      if (ready.waiting && ready.active) set('ready');
      ready.addEventListener('updatefound', () => track(ready.installing));
      track(ready.installing);
      void check();
      timer = setInterval(() => void check(), options.checkEveryMs ?? CHECK_EVERY_MS);
    });
  }

  /** Resolves when the controller changes, or after the timeout. */
  function takenOver(timeoutMs: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timeout);
        container?.removeEventListener('controllerchange', done);
        resolve();
      };
      const timeout = setTimeout(done, timeoutMs);
      container?.addEventListener('controllerchange', done);
    });
  }

  return {
    get status() {
      return status;
    },
    onStatus(listener) {
      listeners.add(listener);
      listener(status);
      return () => listeners.delete(listener);
    },
    check,
    async apply() {
      if (status === 'applying') return;
      set('applying');
      const waiting = registration?.waiting;
      if (waiting) {
        const switched = takenOver(options.takeoverTimeoutMs ?? TAKEOVER_TIMEOUT_MS);
        waiting.postMessage({ type: PLAYGROUND_SKIP_WAITING });
        // Reloading before the switch would load the old version again.
        await switched;
      }
      reload();
    },
    stop() {
      stopped = true;
      clearInterval(timer);
      container?.removeEventListener('controllerchange', onControllerChange);
    },
  };
}
