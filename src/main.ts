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
import { createHttpHandler } from './app/http-handler';
import { startServiceWorkerBridge } from './platform/service-worker-bridge';

const compiler = new WorkerCompiler();
const tmpStore = idbTmpStore();
// Environments do not outlive the page, so neither does any /tmp a previous visit left behind.
void tmpStore.clearAll().catch(() => {});
const engine = createEngine({ compiler, sandboxes: workerSandboxes, clock: systemClock, tmpStore });
const app = new Playground(engine, compiler, idbWorkspaceStore(), (id) => tmpStore.list(id));

mount(App, { target: document.getElementById('app')!, props: { app } });

const started = app.start();
// APIs and the front end get URLs on this origin through the service worker; requests it
// forwards wait until the saved project is restored, so none meets a half-loaded project.
const serveHttp = createHttpHandler(engine.apigateway, app.site);
const bridge = startServiceWorkerBridge(async (request) => {
  await started;
  return serveHttp(request);
}).then((result) => app.apis.setUrlStatus(result));

const ready = started.then(async () => {
  await Promise.all([compiler.load(), bridge]);
});
window.playground = createScriptingApi(engine, ready, compiler);
