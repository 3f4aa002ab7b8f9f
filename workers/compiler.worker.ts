// The compiler worker: esbuild-wasm off the main thread.
import { expose } from 'comlink';
import { createCompiler } from './compiler/compiler';

expose(createCompiler());
