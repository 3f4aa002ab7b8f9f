import { afterEach, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../engine/engine';
import { readProject } from '../../project/migrations';
import { fullProject } from '../../project/test-samples';
import type { ProjectDoc } from '../../project/types';
import { inProcessSandboxes, nodeCompiler, systemClock } from '../../../workers/testing/in-process-ports';
import { Playground } from '../playground.svelte';
import { sampleProject } from './project-doc.svelte';
import { memoryProjectStore } from './project-memory-store';
import { ProjectSession } from './project-session.svelte';

const compilerControl = { onStatus: () => () => {}, load: async () => {} };
const engines: Engine[] = [];
afterEach(() => engines.splice(0).forEach((e) => e.dispose()));

/** Opens `doc` in a fresh playground (engine, state) and returns the document it builds back. */
async function roundTrip(doc: ProjectDoc): Promise<{ app: Playground; built: ProjectDoc }> {
  const engine = createEngine({ compiler: await nodeCompiler(), sandboxes: inProcessSandboxes().factory, clock: systemClock });
  engines.push(engine);
  const session = new ProjectSession(memoryProjectStore(), { id: 'p1', revision: 1, doc });
  const app = new Playground(engine, compilerControl, session);
  await app.start();
  return { app, built: app.projectDoc() };
}

/** The full sample without the parts the S3 and IAM slices will restore (projectSlices is empty for now). */
function lambdaAndApis(): ProjectDoc {
  const { buckets: _buckets, ...doc } = fullProject();
  return doc;
}

describe('the project document built from the app', () => {
  it('gives back what was opened: code, drafts, versions, aliases, events, APIs, requests, site', async () => {
    const doc = lambdaAndApis();
    const { built } = await roundTrip(doc);
    const read = readProject(built);
    expect(read.ok).toBe(true);
    expect(built.name).toBe('Photo shop');
    expect(built.selected).toBe('thumbnail');
    expect(built.apis).toEqual(doc.apis);
    expect(built.savedRequests).toEqual(doc.savedRequests);
    expect(built.site).toEqual(doc.site);
    const [hello, thumbnail, auth] = doc.functions;
    // The engine lists functions by name and fills defaults a document may leave out (512 MB, empty lists).
    expect(built.functions).toEqual([
      { ...auth, ephemeralStorageMB: 512, versions: [], aliases: [], activeFile: 'auth.js' },
      { ...hello, ephemeralStorageMB: 512 },
      { ...thumbnail, versions: [], aliases: [], activeFile: 'src/app.ts', selectedEvent: 's3-put' },
    ]);
  });

  it('is stable: opening what was built builds the same document again', async () => {
    const first = (await roundTrip(lambdaAndApis())).built;
    const second = (await roundTrip(first)).built;
    expect(second).toEqual(first);
  });

  it('carries the name the person gives the project', async () => {
    const { app } = await roundTrip(sampleProject('Workshop'));
    app.project.name = 'Workshop — day 2';
    expect(app.projectDoc()).toMatchObject({ name: 'Workshop — day 2', functions: [{ name: 'hello-world' }] });
  });
});
