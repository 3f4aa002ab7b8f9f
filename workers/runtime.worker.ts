// One Lambda execution environment per worker. The first message carries the port the host
// talks through, whether the worker was started directly or inside the isolation frame.
import { createRuntime } from './runtime/runtime';
import { serveRuntime, type EnvironmentMessage } from './runtime/protocol';

addEventListener(
  'message',
  (event: MessageEvent<MessagePort>) => {
    event.data.postMessage({ type: 'started' } satisfies EnvironmentMessage);
    serveRuntime(event.data, createRuntime());
  },
  { once: true },
);
