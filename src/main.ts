// The composition root: browser ports → engine → state → UI, plus the scripting API.
import './ui/app.css';
import { mount } from 'svelte';
import App from './ui/App.svelte';
import { createEngine } from './engine/engine';
import { WorkerCompiler } from './platform/worker-compiler';
import { workerSandboxes } from './platform/worker-sandbox';
import { systemClock } from './platform/system-clock';
import { idbProjectStore } from './platform/idb-project-store';
import { downloadFile } from './ui/shared/download-file';
import { idbTmpStore } from './platform/idb-tmp-store';
import { Playground } from './state/playground.svelte';
import type { PlaygroundApi } from './app/scripting-api';
import { openPage } from './state/projects/project-page';
import { broadcastProjectChannel } from './state/projects/project-persistence.svelte';
import { ProjectJournal } from './state/projects/project-journal';
import { browserJournalStorage } from './platform/local-journal-storage';
import { Projects } from './state/projects/projects.svelte';
import { createHttpHandler } from './app/http-handler';
import { startServiceWorkerBridge } from './platform/service-worker-bridge';
import { idbObjectStore } from './platform/idb-object-store';
import { MemoryObjectStore } from './engine/services/s3/memory-object-store';
import { MemoryItemStore } from './engine/services/dynamodb/memory-item-store';
import { idbItemStore } from './platform/idb-item-store';
import { MemoryMessageStore } from './engine/services/sqs/message-store';
import { idbMessageStore } from './platform/idb-message-store';
import { watchForUpdates } from './platform/service-worker-updates';
import { AppUpdate } from './state/shell/app-update.svelte';
import UpdateNotice from './ui/shell/UpdateNotice.svelte';
import { startLocale } from './i18n/i18n.svelte';
import { afterFirstScreen, compilerLoaded } from './platform/first-screen';

// The interface language (Korean messages load only for those who use them), ready before the first render.
const localeReady = startLocale();
// esbuild.wasm (14 MB) and the service worker's precache load behind the first screen, not beside it.
const compiler = new WorkerCompiler(afterFirstScreen);
const tmpStore = idbTmpStore();
// Environments do not outlive the page, so neither does any /tmp a previous visit left behind.
void tmpStore.clearAll().catch(() => {});
// `window.playground.ready` exists from the first moment (the project opens asynchronously below);
// it settles with the real API's `ready`, and the rest of the API is filled in then.
let apiReady!: (ready: Promise<void>) => void;
window.playground = { ready: new Promise<void>((resolve) => (apiReady = (ready) => void ready.then(resolve))) } as PlaygroundApi;
// Which project this page holds (`?project=`, the last one, an embedded `#share=` link), before the
// engine exists: `page.session.id` scopes the project's runtime data. Unsaved changes journaled in
// localStorage as a previous page went are replayed into the project before it is read.
// Startup notices (a recovered journal, an unreadable project) are written in the person's language.
await localeReady;
const page = await openPage(location.href, idbProjectStore(), broadcastProjectChannel(), new ProjectJournal(browserJournalStorage()));
// S3 objects are runtime state of this project: scoped by its id, they survive a reload. A
// project that is not saved (an embedded link, or a record that could not be read) keeps them in
// memory, leaving nothing behind and touching nothing of the unreadable project.
// DynamoDB items and SQS messages likewise.
const keepsRuntimeData = !page.session.ephemeral && page.session.saves;
const objectStore = keepsRuntimeData ? idbObjectStore(page.session.id) : new MemoryObjectStore();
const itemStore = keepsRuntimeData ? idbItemStore(page.session.id) : new MemoryItemStore();
const messageStore = keepsRuntimeData ? idbMessageStore(page.session.id) : new MemoryMessageStore();
const engine = createEngine({ compiler, sandboxes: workerSandboxes, clock: systemClock, tmpStore, objectStore, itemStore, messageStore });
const app = new Playground(engine, compiler, page.session, (id) => tmpStore.list(id));
const projects = new Projects(app, page, {
  href: () => location.href,
  assign: (url) => location.assign(url),
  replace: (url) => history.replaceState(history.state, '', url),
  download: downloadFile,
});

mount(App, { target: document.getElementById('app')!, props: { app, projects } });
// A new release waits until the person chooses to reload (after the autosave has finished).
const update = new AppUpdate(watchForUpdates(), () => app.persistence.saveState === 'saving');
mount(UpdateNotice, { target: document.body, props: { update } });

// Restored at once, or (an embedded share link) after the person presses Run.
const started = projects.started;
// APIs and the front end get URLs on this origin through the service worker; requests it
// forwards wait until the saved project is restored, so none meets a half-loaded project.
const serveHttp = createHttpHandler(engine.apigateway, app.site);
const bridge = afterFirstScreen.then(() => startServiceWorkerBridge(async (request) => {
  // An embedded link not yet run has no APIs: another tab's requests must not wait for its Run.
  if (projects.deferred && !projects.running) return { handled: false };
  await started;
  return serveHttp(request);
})).then((result) => app.apis.setUrlStatus(result));

void compiler.load().catch(() => {}).finally(compilerLoaded);
const ready = started.then(async () => {
  await Promise.all([compiler.load(), bridge]);
});
// The scripting API is not needed to paint: it loads beside the project and is whole before `ready` settles.
const scripting = Promise.all([import('./app/scripting-api'), import('./app/scripting-project')]).then(([{ createScriptingApi }, { createProjectScripting }]) => {
  Object.assign(window.playground, createScriptingApi(engine, ready, compiler, createProjectScripting(projects, () => location.href)));
});
apiReady(Promise.all([ready, scripting]).then(() => {}));
