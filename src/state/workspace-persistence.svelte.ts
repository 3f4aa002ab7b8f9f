// Autosave: loads the saved workspace (or the sample), and saves every change, debounced,
// without ever overwriting a saved record it could not read.
import { SAMPLE_FUNCTION } from '../samples/sample-functions';
import { describeError } from './describe-error';
import type { FunctionView } from './function-view.svelte';
import type { ApiDef } from '../engine/services/apigateway/definitions';
import type { SavedRequest } from './api-list.svelte';
import { WORKSPACE_FORMAT, WORKSPACE_VERSION, parseWorkspace, type SavedFunction, type WorkspaceDoc, type WorkspaceStore } from './workspace-doc';

const SAVE_DELAY_MS = 400;

const SAMPLE: WorkspaceDoc = {
  format: WORKSPACE_FORMAT,
  version: WORKSPACE_VERSION,
  selected: SAMPLE_FUNCTION.name,
  functions: [{
    name: SAMPLE_FUNCTION.name, runtime: SAMPLE_FUNCTION.runtime, handler: SAMPLE_FUNCTION.handler, memorySize: 128,
    timeout: 3, environment: {}, files: SAMPLE_FUNCTION.files, testEvents: SAMPLE_FUNCTION.testEvents,
  }],
};

/** The parts of the project beyond functions. */
export interface ProjectExtras {
  apis: ApiDef[];
  savedRequests: Record<string, SavedRequest[]>;
  siteFiles: Record<string, string>;
}

/** The document to save for the functions on screen and the rest of the project. */
export function toWorkspaceDoc(functions: FunctionView[], selected: string | undefined, extras?: ProjectExtras): WorkspaceDoc {
  return {
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    selected,
    ...(extras && extras.apis.length > 0 ? { apis: extras.apis } : {}),
    ...(extras && Object.keys(extras.savedRequests).length > 0 ? { savedRequests: $state.snapshot(extras.savedRequests) } : {}),
    ...(extras && Object.keys(extras.siteFiles).length > 0 ? { site: { files: $state.snapshot(extras.siteFiles) } } : {}),
    functions: functions.map((view): SavedFunction => {
      const c = view.config;
      return {
        name: c.FunctionName, runtime: c.Runtime, handler: c.Handler, memorySize: c.MemorySize, timeout: c.Timeout,
        environment: c.Environment.Variables, files: view.deployedFiles,
        description: c.Description, ephemeralStorageMB: c.EphemeralStorage.Size, reservedConcurrency: view.reservedConcurrency,
        draft: view.dirty ? $state.snapshot(view.files) : undefined,
        activeFile: view.activeFile, testEvents: $state.snapshot(view.testEvents), selectedEvent: view.selectedEvent,
        versions: view.versions.filter((v) => view.versionFiles[v.Version]).map((v) => ({
          version: v.Version, description: v.Description, runtime: v.Runtime, handler: v.Handler, memorySize: v.MemorySize,
          timeout: v.Timeout, environment: v.Environment.Variables, ephemeralStorageMB: v.EphemeralStorage.Size, files: view.versionFiles[v.Version]!,
        })),
        aliases: view.aliases.map((a) => ({
          name: a.Name, functionVersion: a.FunctionVersion, description: a.Description,
          ...(a.RoutingConfig ? { additionalVersionWeights: a.RoutingConfig.AdditionalVersionWeights } : {}),
        })),
      };
    }),
  };
}

export class WorkspacePersistence {
  saveState = $state<'saved' | 'saving' | 'failed'>('saved');
  #blocked = false;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly store: WorkspaceStore,
    private readonly notify: (kind: 'info' | 'error', text: string) => void,
  ) {}

  /** The saved workspace, or the sample when there is none or it cannot be read. */
  async load(): Promise<WorkspaceDoc> {
    let raw: unknown;
    try {
      raw = await this.store.load();
    } catch (error) {
      this.#blocked = true;
      this.notify('error', `Could not read your saved work (${describeError(error)}). Starting from the sample; nothing was overwritten.`);
      return SAMPLE;
    }
    if (raw === undefined) return SAMPLE;
    const parsed = parseWorkspace(raw);
    if (parsed.ok) return parsed.doc;
    // Never overwrite a record we could not read: the person may still recover it.
    this.#blocked = true;
    this.notify('error', `Your saved work could not be opened: ${parsed.message}. It was left untouched; this session starts from the sample and will not be saved over it.`);
    return SAMPLE;
  }

  /** Saves whatever `snapshot` returns, now and after every change it reads (debounced). */
  watch(snapshot: () => WorkspaceDoc): void {
    $effect.root(() => {
      $effect(() => {
        const doc = snapshot();
        this.#schedule(doc);
      });
    });
  }

  #schedule(doc: WorkspaceDoc): void {
    if (this.#blocked) return;
    this.saveState = 'saving';
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.store.save(doc).then(
        () => (this.saveState = 'saved'),
        (error: unknown) => {
          this.saveState = 'failed';
          this.notify('error', describeError(error));
        },
      );
    }, SAVE_DELAY_MS);
  }
}
