// The example gallery as the UI uses it: open an example as a new project, or open it and run its
// script. Opening a project loads the page on it, so "open and run" leaves a note for the next page
// (in sessionStorage: this tab only), which runs the script once the project is deployed.
import { EXAMPLES, exampleById, type Example } from '../../samples/examples';
import type { ScenarioApi, StepResult } from '../../samples/examples/scenario';
import { copyName } from '../../project/project-store';
import type { ProjectLibrary } from '../projects/project-library.svelte';
import { describeError } from '../shared/describe-error';

const PENDING_KEY = 'playground.gallery.run';

/** A run of an example's script: its steps as they end. */
export interface GalleryRun {
  example: Example;
  status: 'waiting' | 'running' | 'passed' | 'failed';
  steps: StepResult[];
}

export interface GalleryDeps {
  library: Pick<ProjectLibrary, 'add' | 'open' | 'refresh' | 'projects'>;
  /** The open project's id. */
  projectId: () => string;
  /** Resolves once the open project is restored and deployed. */
  ready: () => Promise<void>;
  /** The API run scripts drive (`window.playground` in the app). */
  api: () => ScenarioApi;
  /** Where "run it after opening" is noted for the next page. */
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  notify: (kind: 'info' | 'error', text: string) => void;
}

export class Gallery {
  /** The gallery dialog is on screen. */
  visible = $state(false);
  /** The example being opened (its project stored, the page about to load). */
  opening = $state<string | undefined>(undefined);
  run = $state.raw<GalleryRun | undefined>(undefined);
  /** The example whose diagram is shown full size in the gallery. */
  zoomed = $state.raw<Example | undefined>(undefined);
  readonly examples = EXAMPLES;

  constructor(private readonly d: GalleryDeps) {}

  show(): void {
    this.visible = true;
  }

  hide(): void {
    this.visible = false;
    this.zoomed = undefined;
  }

  /** Stores a fresh copy of the example as a new project (named after it) and opens it; with `run`, runs its script there. */
  async open(example: Example, run = false): Promise<void> {
    if (this.opening) return;
    this.opening = example.id;
    try {
      await this.d.library.refresh();
      const taken = this.d.library.projects.map((p) => p.name);
      const name = taken.includes(example.title) ? copyName(example.title, taken, 'new') : example.title;
      const id = await this.d.library.add({ ...(await example.load()), name }, { open: false });
      if (run) this.#storage()?.setItem(PENDING_KEY, JSON.stringify({ projectId: id, exampleId: example.id }));
      await this.d.library.open(id);
    } catch (error) {
      this.d.notify('error', describeError(error));
      this.opening = undefined;
    }
  }

  /** On a new page: the example to run in this project, if the previous page asked for it (asked once). */
  takePendingRun(): Example | undefined {
    const storage = this.#storage();
    const raw = storage?.getItem(PENDING_KEY);
    if (!raw) return undefined;
    try {
      const pending = JSON.parse(raw) as { projectId?: unknown; exampleId?: unknown };
      if (pending.projectId !== this.d.projectId()) return undefined;
      storage!.removeItem(PENDING_KEY);
      return typeof pending.exampleId === 'string' ? exampleById(pending.exampleId) : undefined;
    } catch {
      storage!.removeItem(PENDING_KEY);
      return undefined;
    }
  }

  /** Runs the example's script in the open project, once it is ready; resolves whether every step worked. */
  async start(example: Example): Promise<boolean> {
    if (this.run && (this.run.status === 'running' || this.run.status === 'waiting')) return false;
    this.run = { example, status: 'waiting', steps: [] };
    try {
      // The runner comes with the example's script, not with the page.
      const [scenario, { runScenario }] = await Promise.all([example.scenario(), import('../../samples/examples/scenario'), this.d.ready()]);
      this.run = { ...this.run, status: 'running' };
      const passed = await runScenario(scenario, this.d.api(), (step) => {
        if (this.run) this.run = { ...this.run, steps: [...this.run.steps, step] };
      });
      this.run = { ...this.run, status: passed ? 'passed' : 'failed' };
      return passed;
    } catch (error) {
      this.run = { example, status: 'failed', steps: [...(this.run?.steps ?? []), { title: example.title, ok: false, detail: describeError(error) }] };
      return false;
    }
  }

  dismissRun(): void {
    if (this.run?.status !== 'running' && this.run?.status !== 'waiting') this.run = undefined;
  }

  #storage() {
    if (this.d.storage) return this.d.storage;
    try {
      return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
    } catch {
      return undefined;
    }
  }
}
