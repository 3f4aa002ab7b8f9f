// For the examples' tests: an engine in Node with an example's project restored as the app restores
// it (functions with versions, aliases and concurrency; APIs; every service's slice), and the
// scripting API a run script gets in the browser.
import { createEngine, type Engine } from '../../engine/engine';
import { createScriptingApi, type CompilerTools } from '../../app/scripting-api';
import { readProject } from '../../project/migrations';
import type { ProjectDoc } from '../../project/types';
import { restoreFunction } from '../../state/projects/workspace-restore';
import { restoreServiceSlices } from '../../state/projects/service-slice';
import { SERVICE_SLICES } from '../../state/service-registry';
import { inProcessSandboxes, nodeCompiler, systemClock } from '../../../workers/testing/in-process-ports';
import type { ScenarioApi } from './scenario';

export interface LoadedExample {
  engine: Engine;
  api: ScenarioApi;
  /** What the restore could not bring back (empty when the project is whole). */
  problems: string[];
}

export async function loadExample(doc: ProjectDoc): Promise<LoadedExample> {
  const read = readProject(doc);
  if (!read.ok) throw new Error(read.message);
  const engine = createEngine({ compiler: await nodeCompiler(), sandboxes: inProcessSandboxes().factory, clock: systemClock });
  const problems: string[] = [];
  for (const fn of read.doc.functions) await restoreFunction(engine.lambda, fn);
  for (const api of read.doc.apis) engine.apigateway.importApi(api);
  const kept = await restoreServiceSlices(engine, SERVICE_SLICES, read.doc, (m) => problems.push(m));
  for (const [slice, entries] of Object.entries(kept)) if (entries?.length) problems.push(`${slice}: ${entries.length} kept back`);
  for (const fn of read.doc.functions) {
    const build = await engine.lambda.buildOf(fn.name);
    if (!build.ok) problems.push(`${fn.name}: ${build.error.errorMessage}`);
  }
  // The scripting API reads the page's origin for API URLs; Node has none.
  (globalThis as { location?: { origin: string } }).location ??= { origin: 'http://localhost' };
  const api = createScriptingApi(engine, Promise.resolve(), {} as CompilerTools, {} as never);
  return { engine, api, problems };
}
