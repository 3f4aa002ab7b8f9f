// Helpers shared by the file system's unit tests.
import { createFileSystem } from './index';

export type NodeFs = typeof import('node:fs');

/** Runs `fn`, which must throw, and returns what it threw. */
export function caught(fn: () => unknown): Error & Record<string, unknown> {
  try {
    fn();
  } catch (error) {
    return error as Error & Record<string, unknown>;
  }
  throw new Error('expected a throw');
}

/** The code a test environment carries under /var/task. */
export const TASK = { 'index.mjs': 'export const handler = async () => 1;\n', 'lib/util.ts': 'export const x = 1;' };

/** A fresh file system typed as Node's fs module. */
export function makeFs(capacityBytes = 512 * 1024 * 1024): NodeFs {
  return createFileSystem({ taskFiles: TASK, capacityBytes }).fs as unknown as NodeFs;
}
