// One Lambda execution environment per worker.
import { expose } from 'comlink';
import { createRuntime } from './runtime/runtime';

expose(createRuntime());
