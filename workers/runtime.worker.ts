// One Lambda execution environment per worker. The first message carries the port the host
// talks through, whether the worker was started directly or inside the isolation frame.
import { expose } from 'comlink';
import { createRuntime } from './runtime/runtime';

addEventListener('message', (event: MessageEvent<MessagePort>) => expose(createRuntime(), event.data), { once: true });
