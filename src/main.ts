// The composition root: browser ports → engine → state → UI, plus the scripting API.
import './ui/app.css';
import { mount } from 'svelte';
import App from './ui/App.svelte';
import { createEngine } from './engine/engine';
import { WorkerCompiler } from './platform/worker-compiler';
import { workerSandboxes } from './platform/worker-sandbox';
import { systemClock } from './platform/system-clock';
import { idbWorkspaceStore } from './platform/idb-workspace-store';
import { idbTmpStore } from './platform/idb-tmp-store';
import { Playground } from './state/playground.svelte';
import { createScriptingApi } from './app/scripting-api';

const compiler = new WorkerCompiler();
const tmpStore = idbTmpStore();
// Environments do not outlive the page, so neither does any /tmp a previous visit left behind.
void tmpStore.clearAll().catch(() => {});
const engine = createEngine({ compiler, sandboxes: workerSandboxes, clock: systemClock, tmpStore });
const app = new Playground(engine, compiler, idbWorkspaceStore(), (id) => tmpStore.list(id));

mount(App, { target: document.getElementById('app')!, props: { app } });

const ready = app.start().then(async () => {
  await compiler.load();
});
window.playground = createScriptingApi(engine, ready, compiler);
