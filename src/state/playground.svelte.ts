// The root UI state: adapts the engine's events to runes and turns clicks into API calls.
import type { Engine } from '../engine/engine';
import type { UpdateFunctionConfigurationInput } from '../engine/lambda/types';
import type { CompilerStatus } from '../platform/worker-compiler';
import { starterFiles } from '../samples/sample-functions';
import { describeError } from './shared/describe-error';
import { coalesce } from './shared/coalesce';
import { followFunctionEvents } from './functions/function-events';
import { FunctionView } from './functions/function-view.svelte';
import { FunctionAdmin } from './functions/function-admin.svelte';
import { ConcurrencyMonitor } from './functions/concurrency-monitor.svelte';
import { LogTail } from './functions/log-tail.svelte';
import { ApiList } from './apis/api-list.svelte';
import { SiteFiles } from './site/site-files.svelte';
import { ProjectSlicesState } from './projects/project-slices.svelte';
import { ServiceViews } from './service-views.svelte';
import type { ProjectDoc, ProjectFunction } from '../project/types';
import type { ServiceView } from './service-registry';
import { buildProjectDoc, type ProjectSlices } from './projects/project-doc.svelte';
import type { ProjectPersistence } from './projects/project-persistence.svelte';
import type { ProjectSession } from './projects/project-session.svelte';
import { restoreEdits, restoreFunction } from './projects/workspace-restore';
import { t } from '../i18n/i18n.svelte';

export interface Notice {
  id: number;
  kind: 'info' | 'error';
  text: string;
}

/** The parts of the compiler the UI needs: its status, and a way to start loading it early. */
export interface CompilerControl {
  onStatus(listener: (status: CompilerStatus) => void): () => void;
  load(): Promise<unknown>;
}

export class Playground {
  functions = $state.raw<FunctionView[]>([]);
  selectedName = $state<string | undefined>(undefined);
  compiler = $state.raw<CompilerStatus>({ state: 'idle' });
  deploying = $state(false);
  invoking = $state(false);
  notice = $state.raw<Notice | undefined>(undefined);
  /** The account's concurrency limit, mirrored for the UI. */
  accountLimit = $state(0);

  /** Which part of the project the main area shows. */
  view = $state<ServiceView>('functions');
  selectedApiId = $state<string | undefined>(undefined);

  readonly selected = $derived(this.functions.find((f) => f.name === this.selectedName));
  readonly apis: ApiList;
  /** S3 buckets, and every function's recent asynchronous steps (recorded from the start). */
  readonly services: ServiceViews;
  readonly site = new SiteFiles();
  readonly slices: ProjectSlicesState;
  readonly admin: FunctionAdmin;
  readonly logTail: LogTail;
  readonly persistence: ProjectPersistence;
  readonly concurrency = new ConcurrencyMonitor();

  #noticeId = 0;
  #started = false;
  /** Saved functions the engine refused to restore, kept in the project unchanged. */
  #unrestored: ProjectFunction[] = [];

  constructor(
    readonly engine: Engine,
    private readonly compilerControl: CompilerControl,
    /** The open project: the document to restore, its name and its autosave. */
    readonly project: ProjectSession,
    /** Lists an environment's /tmp as the host keeps it. */
    readonly tmpFiles: (environmentId: string) => Promise<Array<{ path: string; type: string; size: number }>> = async () => [],
  ) {
    this.admin = new FunctionAdmin(engine, (kind, text) => this.notify(kind, text));
    this.persistence = project.persistence;
    project.notify = (kind, text) => this.notify(kind, text);
    this.accountLimit = engine.environments.accountLimit;
    this.logTail = new LogTail(engine.logs);
    this.apis = new ApiList(engine, (kind, text) => this.notify(kind, text));
    this.services = new ServiceViews(engine, (kind, text) => this.notify(kind, text));
    this.slices = new ProjectSlicesState(engine, (message) => this.notify('error', message));
  }

  /** Restores the open project, wires engine events; resolves when all is deployed. */
  async start(): Promise<void> {
    if (this.#started) return;
    this.#started = true;
    this.compilerControl.onStatus((status) => (this.compiler = status));
    followFunctionEvents(this.engine, {
      find: (name) => this.find(name),
      refresh: () => void this.refresh(),
      readEnvironments: (view) => this.admin.readEnvironments(view),
      concurrency: this.concurrency,
    });
    void this.compilerControl.load().catch(() => {});

    const saved = this.project.initial;
    const creations = saved.functions.map((fn) =>
      restoreFunction(this.engine.lambda, fn).catch((error: unknown) => {
        this.#unrestored.push(fn);
        this.notify('error', t('functions.couldNotRestore', fn.name, describeError(error)));
      }),
    );
    await this.refresh();
    for (const fn of saved.functions) {
      const view = this.find(fn.name);
      if (view) restoreEdits(view, fn);
    }
    this.selectedName = saved.selected && this.find(saved.selected) ? saved.selected : this.functions[0]?.name;
    this.logTail.follow(this.selected?.config.LoggingConfig.LogGroup);
    this.apis.restore(saved.apis ?? [], saved.savedRequests ?? {});
    this.selectedApiId = this.apis.apis[0]?.id;
    this.site.load(saved.site?.files);
    // Autosave starts once versions and aliases are back (they follow each build) and the services'
    // parts are restored, so a half-restored project is never saved; a hanging build delays it 10 s at most.
    await Promise.race([Promise.all(creations), new Promise((resolve) => setTimeout(resolve, 10_000))]);
    await this.restoreSlices(saved);
    await this.refresh();
    this.persistence.watch(() => this.projectDoc());
    await Promise.all(creations);
  }

  /** The project document for what the app holds now (reading it in an effect tracks every part). */
  projectDoc(): ProjectDoc {
    return buildProjectDoc({
      name: this.project.name,
      selected: this.selectedName,
      functions: this.functions,
      unrestored: this.#unrestored.filter((fn) => !this.find(fn.name)),
      apis: [...this.apis.apis, ...this.apis.unreadable],
      savedRequests: this.apis.savedRequests,
      siteFiles: this.site.files,
      slices: this.projectSlices(),
    });
  }

  /** The document's parts other services keep (S3 buckets, IAM roles and permissions, async settings). */
  projectSlices(): ProjectSlices {
    return this.slices.read();
  }

  /** Puts those parts back from a document, when the project opens (autosave starts after it). */
  restoreSlices(doc: ProjectDoc): Promise<void> {
    return this.slices.restore(doc);
  }

  find(name: string): FunctionView | undefined {
    return this.functions.find((f) => f.name === name);
  }

  select(name: string): void {
    this.view = 'functions';
    this.selectedName = name;
    this.logTail.follow(this.selected?.config.LoggingConfig.LogGroup);
  }

  notify(kind: Notice['kind'], text: string): void {
    const id = ++this.#noticeId;
    this.notice = { id, kind, text };
    if (kind === 'info') setTimeout(() => this.notice?.id === id && (this.notice = undefined), 4000);
  }

  dismissNotice(): void {
    this.notice = undefined;
  }

  /** Creates a function from starter code; returns an error message for the form, if any. */
  async createFunction(name: string, language: 'typescript' | 'javascript', runtime: string): Promise<string | undefined> {
    try {
      await this.engine.lambda.createFunction({ FunctionName: name.trim(), Runtime: runtime, Code: { Files: starterFiles(language) } });
    } catch (error) {
      return describeError(error);
    }
    await this.refresh();
    const view = this.find(name.trim());
    if (view) {
      view.testEvents = [{ name: 'hello', json: '{\n  "key1": "value1"\n}\n' }];
      view.selectEvent('hello');
    }
    this.select(name.trim());
    return undefined;
  }

  /** Lambda has no rename: like a person on AWS, create a copy under the new name, then delete. */
  async renameFunction(oldName: string, newName: string): Promise<string | undefined> {
    const view = this.find(oldName);
    if (!view || newName.trim() === oldName) return undefined;
    const problem = await this.admin.renameByCopy(oldName, newName.trim());
    if (problem) return problem;
    await this.refresh();
    const renamed = this.find(newName.trim());
    if (renamed) {
      renamed.files = $state.snapshot(view.files);
      renamed.activeFile = view.activeFile;
      renamed.testEvents = $state.snapshot(view.testEvents);
      renamed.selectEvent(view.selectedEvent);
      renamed.eventText = view.eventText;
    }
    this.select(newName.trim());
    return undefined;
  }

  async deleteFunction(name: string): Promise<void> {
    try {
      await this.engine.lambda.deleteFunction({ FunctionName: name });
    } catch (error) {
      this.notify('error', describeError(error));
    }
    await this.refresh();
    if (this.selectedName === name) this.select(this.functions[0]?.name ?? '');
  }

  /** Deploys the editor's code (UpdateFunctionCode). */
  async deploy(): Promise<void> {
    const view = this.selected;
    if (!view || this.deploying) return;
    this.deploying = true;
    const files = $state.snapshot(view.files);
    try {
      view.config = await this.engine.lambda.updateFunctionCode({ FunctionName: view.name, Files: files });
      view.deployedFiles = files;
      const problems = view.diagnostics.filter((d) => d.severity === 'error').length;
      this.notify(problems ? 'error' : 'info', problems ? t('functions.deployedWithErrors', view.name, problems) : t('functions.deployed', view.name));
    } catch (error) {
      this.notify('error', describeError(error));
    } finally {
      this.deploying = false;
    }
  }

  /** Invokes the deployed code with the test event; an event that is not JSON is not sent. */
  async test(): Promise<void> {
    const view = this.selected;
    if (!view || this.invoking) return;
    const check = view.eventCheck;
    if (!check.ok) {
      this.notify('error', `The test event is not valid JSON (line ${check.line}, column ${check.column}): ${check.message}. Nothing was sent.`);
      return;
    }
    this.invoking = true;
    try {
      await this.engine.lambda.invoke({ FunctionName: view.name, Qualifier: view.qualifier, Payload: view.eventText });
    } catch (error) {
      this.notify('error', describeError(error));
    } finally {
      this.invoking = false;
    }
  }

  /** UpdateFunctionConfiguration; returns AWS's error message for the form, if any. */
  async saveConfiguration(name: string, input: Omit<UpdateFunctionConfigurationInput, 'FunctionName'>): Promise<string | undefined> {
    const view = this.find(name);
    try {
      const config = await this.engine.lambda.updateFunctionConfiguration({ FunctionName: name, ...input });
      if (view) view.config = config;
      this.notify('info', t('functions.savedConfiguration', name));
      return undefined;
    } catch (error) {
      return describeError(error);
    }
  }

  /** The account's concurrency limit and how long idle environments live; returns an error, if any. */
  setEnvironmentSettings(accountLimit: number, idleMinutes: number): string | undefined {
    if (!(idleMinutes > 0)) return t('functions.idleNeedsPositive');
    try {
      this.engine.environments.setAccountConcurrencyLimit(accountLimit);
    } catch (error) {
      return describeError(error);
    }
    this.engine.environments.idleTimeoutMs = idleMinutes * 60_000;
    this.accountLimit = this.engine.environments.accountLimit;
    this.notify('info', t('functions.environmentSettingsSaved', accountLimit, idleMinutes));
    return undefined;
  }

  /**
   * Brings the function list in line with the engine (also after scripting-API calls).
   * Calls during a refresh are coalesced into one more run after it, so no change is missed.
   */
  readonly refresh = coalesce(() => this.#refreshOnce());

  async #refreshOnce(): Promise<void> {
    const { Functions } = await this.engine.lambda.listFunctions();
    const next: FunctionView[] = [];
    for (const config of Functions) {
      const existing = this.find(config.FunctionName);
      if (existing) {
        existing.config = config;
        next.push(existing);
      } else {
        const { Code } = await this.engine.lambda.getFunction({ FunctionName: config.FunctionName });
        next.push(new FunctionView(config, Code.Files));
      }
    }
    this.functions = next;
    await Promise.all(next.map((view) => this.admin.refresh(view)));
  }
}
