// Brings a saved function back: the deployed code and settings through the Lambda API (then its
// published versions under their own numbers, its aliases and its reserved concurrency), and
// the person's unsaved edits and test events into the view.
import type { Engine } from '../../engine/engine';
import type { FunctionView } from '../functions/function-view.svelte';
import type { ProjectFunction } from '../../project/types';
import { deadLetterInput } from '../functions/dead-letter-settings';

/** Recreates the function in the engine. Registration is immediate; builds finish later. */
export async function restoreFunction(lambda: Engine['lambda'], fn: ProjectFunction): Promise<void> {
  await lambda.createFunction({
    FunctionName: fn.name, Runtime: fn.runtime, Handler: fn.handler, MemorySize: fn.memorySize,
    Timeout: fn.timeout, Environment: { Variables: fn.environment }, Code: { Files: fn.files },
    ...(fn.description ? { Description: fn.description } : {}),
    ...(fn.ephemeralStorageMB ? { EphemeralStorage: { Size: fn.ephemeralStorageMB } } : {}),
    ...(fn.role ? { Role: fn.role } : {}),
    ...deadLetterInput(fn),
  }, { restore: true });
  for (const v of fn.versions ?? []) {
    await lambda.importVersion({
      FunctionName: fn.name, Version: v.version, Description: v.description, Runtime: v.runtime, Handler: v.handler,
      MemorySize: v.memorySize, Timeout: v.timeout, Environment: { Variables: v.environment },
      EphemeralStorage: { Size: v.ephemeralStorageMB }, Files: v.files, ...deadLetterInput(v),
    });
  }
  for (const a of fn.aliases ?? []) {
    await lambda.createAlias({
      FunctionName: fn.name, Name: a.name, FunctionVersion: a.functionVersion, Description: a.description,
      RoutingConfig: { AdditionalVersionWeights: a.additionalVersionWeights ?? {} },
    });
  }
  if (fn.reservedConcurrency !== undefined) {
    await lambda.putFunctionConcurrency({ FunctionName: fn.name, ReservedConcurrentExecutions: fn.reservedConcurrency });
  }
}

/** Puts back what the person had open: undeployed edits, the open file, test events. */
export function restoreEdits(view: FunctionView, fn: ProjectFunction): void {
  if (fn.draft) view.files = { ...fn.draft };
  if (fn.activeFile && Object.hasOwn(view.files, fn.activeFile)) view.activeFile = fn.activeFile;
  view.testEvents = fn.testEvents.map((e) => ({ ...e }));
  view.selectEvent(fn.selectedEvent ?? fn.testEvents[0]?.name);
}
