// The SandboxFactory port in the browser: each execution environment is a Web Worker running
// the runtime factory, started in the isolation frame (opaque origin) in builds. The host talks
// to it with plain messages and exposes nothing to it (see workers/runtime/protocol.ts); its AWS
// SDK calls are checked and answered through sdk-calls.ts. Disposing terminates it, which is how
// timeouts stop runaway handlers.
import runtimeScriptURL from '../../workers/runtime.worker.ts?worker&url';
import type { RuntimeLogLine } from '../engine/lambda/runtime-protocol';
import type { Sandbox, SandboxFactory } from '../engine/ports';
import type { SdkCallHandler } from '../engine/sdk/types';
import type { EnvironmentMessage, HostMessage } from '../../workers/runtime/protocol';
import { createIsolationFrame, type IsolationFrame } from './isolation-frame';
import { toInitResult, toInvokeResult, toLogLine } from './sandbox-replies';
import { answerSdkCall } from './sdk-calls';

/** Log lines handled per task: a flood arrives in batches of thousands, and the page must keep responding meanwhile. */
const LOG_SLICE = 500;

let frame: IsolationFrame | undefined;
let nextId = 0;

/** Starts a runtime worker and returns the port to talk to it, a way to stop it, and its failure. */
function startEnvironment(): { port: MessagePort; stop: () => void; failed: Promise<string> } {
  const channel = new MessageChannel();
  const id = String(++nextId);
  if (import.meta.env.DEV) {
    // The dev server serves workers as ES modules, which the opaque-origin frame cannot start
    // from a blob; development runs environments as plain same-origin workers instead.
    const worker = new Worker(new URL('../../workers/runtime.worker.ts', import.meta.url), { type: 'module', name: `lambda-environment-${id}` });
    worker.postMessage(channel.port2, [channel.port2]);
    return { port: channel.port1, stop: () => worker.terminate(), failed: new Promise(() => {}) };
  }
  if (!frame) {
    const created = (frame = createIsolationFrame(new URL(runtimeScriptURL, location.href).href));
    // A frame that could not load the runtime is dropped, so the next environment tries again.
    void created.failed.then(() => frame === created && (frame = undefined));
  }
  frame.spawn(id, channel.port2);
  const isolation = frame;
  return { port: channel.port1, stop: () => isolation.kill(id), failed: isolation.failed };
}

export const workerSandboxes: SandboxFactory = {
  create(onLog: (line: RuntimeLogLine) => void, onSdkCall?: SdkCallHandler): Sandbox {
    const { port, stop, failed } = startEnvironment();
    const pending = new Map<number, (result: unknown) => void>();
    let markStarted!: () => void;
    const started = new Promise<void>((resolve) => (markStarted = resolve));
    let requests = 0;
    let stopped = false;
    // Lines wait here and are handed on a slice per task; a reply waits until the lines before it are handed on.
    const backlog: unknown[] = [];
    let draining: Promise<void> | undefined;
    const drain = (): Promise<void> => (draining ??= (async () => {
      await Promise.resolve();
      try {
        while (backlog.length && !stopped) {
          for (const raw of backlog.splice(0, LOG_SLICE)) {
            const line = toLogLine(raw);
            if (line) onLog(line);
          }
          if (backlog.length) await new Promise((resolve) => setTimeout(resolve, 0));
        }
      } finally {
        draining = undefined;
      }
    })());
    port.onmessage = (event: MessageEvent<EnvironmentMessage>) => {
      // After disposal a dying worker may still talk (Chromium lets a busy loop run on briefly).
      if (stopped) return;
      const message = event.data as Partial<EnvironmentMessage> | null;
      if (message?.type === 'started') markStarted();
      else if (message?.type === 'logs' && Array.isArray(message.lines)) {
        for (const raw of message.lines) backlog.push(raw);
        void drain();
      } else if (message?.type === 'reply' && typeof message.id === 'number') {
        const { id, result } = message;
        const settle = () => {
          pending.get(id)?.(result);
          pending.delete(id);
        };
        if (draining) void draining.then(settle);
        else settle();
      } else if (message?.type === 'sdk-call') {
        answerSdkCall(message, onSdkCall, (id, result) => {
          if (!stopped) port.postMessage({ id, method: 'sdk-result', result } satisfies HostMessage);
        });
      }
    };
    // If the environment can never start, every request is answered with that instead of waiting
    // for a timeout. One reaction per environment: `failed` is shared and usually never settles, so
    // a reaction per request would pile up (and keep every request's closure) for the page's life.
    let unavailable: unknown;
    const answerUnavailable = (resolve: (result: unknown) => void) => resolve(unavailable);
    void failed.then((reason) => {
      markStarted();
      unavailable = { status: 'error', fatal: true, error: { errorType: 'Playground.RuntimeUnavailable', errorMessage: reason, trace: [] } };
      for (const resolve of pending.values()) answerUnavailable(resolve);
      pending.clear();
    });
    const call = (message: Omit<Extract<HostMessage, { request: unknown }>, 'id'>) =>
      new Promise<unknown>((resolve) => {
        if (unavailable) return answerUnavailable(resolve);
        const id = ++requests;
        pending.set(id, resolve);
        port.postMessage({ ...message, id });
      });
    return {
      started,
      init: async (request) => toInitResult(await call({ method: 'init', request })),
      invoke: async (request) => toInvokeResult(await call({ method: 'invoke', request })),
      dispose() {
        stopped = true;
        markStarted();
        pending.clear();
        stop();
        port.close();
      },
    };
  },
};
