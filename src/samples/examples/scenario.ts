// What an example of the gallery is besides its project: a "run it" script that drives the open
// project through the same API as `window.playground` (invoke, upload, send, publish, fast-forward
// the clock…) in named steps, each reporting what happened, so a learner sees the scenario play out.
import type { ProjectDoc } from '../../project/types';

/**
 * The part of `window.playground` a run script uses. Named through the global it is declared on
 * (app/scripting-api.ts), not imported: the app's scripting reaches the project library, which
 * lists these examples, so an import would close a cycle.
 */
export type ScenarioApi = Pick<Window['playground'], 'lambda' | 's3' | 'dynamodb' | 'sqs' | 'sns' | 'events' | 'iam' | 'apigateway' | 'clock' | 'burst' | 'environments' | 'logs'>;

/** One step as it ended: what it did, and what came of it (or why it failed). */
export interface StepResult {
  title: string;
  ok: boolean;
  detail: string;
}

/** Runs a step: the action returns the line to show; throwing (e.g. through `expect`) fails the step and the run. */
export type Step = (title: string, action: () => Promise<string>) => Promise<void>;

export type ScenarioRun = (api: ScenarioApi, step: Step) => Promise<void>;

/** An example's project and its run script. */
export interface Scenario {
  project(): ProjectDoc;
  run: ScenarioRun;
}

/** A failed expectation of a run script: its message is the step's detail. */
export class ScenarioFailure extends Error {}

export function expect(condition: unknown, message: string): asserts condition {
  if (!condition) throw new ScenarioFailure(message);
}

/** Polls `check` until it returns something (real time: triggers and pollers run on their own). */
export async function waitFor<T>(check: () => T | undefined | Promise<T | undefined>, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await check();
    if (found !== undefined && found !== false) return found;
    if (Date.now() > deadline) throw new ScenarioFailure(`Gave up waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The log lines of a function's log group (its messages), oldest first. */
export const logLines = (api: ScenarioApi, functionName: string) => api.logs.events(`/aws/lambda/${functionName}`).map((e) => e.message);

/** A synchronous invocation's payload, parsed. */
export async function invokeJson(api: ScenarioApi, functionName: string, payload: unknown, qualifier?: string) {
  const out = await api.lambda.invoke({ FunctionName: functionName, Payload: JSON.stringify(payload), LogType: 'Tail', ...(qualifier ? { Qualifier: qualifier } : {}) });
  const log = out.LogResult ? new TextDecoder().decode(Uint8Array.from(atob(out.LogResult), (c) => c.charCodeAt(0))) : '';
  return { out, body: out.Payload ? JSON.parse(out.Payload) : null, log };
}

/**
 * Runs a scenario, reporting each step as it ends; stops at the first failure. Resolves whether the
 * whole run passed (every step ok).
 */
export async function runScenario(scenario: Pick<Scenario, 'run'>, api: ScenarioApi, report: (result: StepResult) => void): Promise<boolean> {
  let failed = false;
  const step: Step = async (title, action) => {
    if (failed) return;
    try {
      report({ title, ok: true, detail: await action() });
    } catch (error) {
      failed = true;
      report({ title, ok: false, detail: error instanceof Error ? error.message : String(error) });
      throw error;
    }
  };
  try {
    await scenario.run(api, step);
  } catch (error) {
    if (!failed) report({ title: 'Run', ok: false, detail: error instanceof Error ? error.message : String(error) });
    return false;
  }
  return true;
}
