// For the state classes' unit tests: a real engine over in-process ports, and a wait for async effects.
import { createEngine, type Engine } from '../../engine/engine';
import { inProcessSandboxes, nodeCompiler, systemClock } from '../../../workers/testing/in-process-ports';

export async function testEngine(): Promise<Engine> {
  return createEngine({ compiler: await nodeCompiler(), sandboxes: inProcessSandboxes().factory, clock: systemClock });
}

/** Polls until `probe` gives a value (not undefined or false), or fails after `ms`. */
export async function until<T>(probe: () => T | undefined | false, ms = 5000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A handler that logs the event it gets, so tests can read it from the log group. */
export const LOGGER = "export const handler = async (event) => { console.log('EVENT ' + JSON.stringify(event)); };";
