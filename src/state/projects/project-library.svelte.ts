// The person's projects: list, create, open, rename, duplicate, and delete with a short undo.
// Opening another project saves this one and reloads the page on it: the engine's runtime state
// (environments, S3 objects kept per project id) then starts clean for that project.
import type { ProjectDoc } from '../../project/types';
import { EXAMPLES } from '../../samples/examples';
import { describeError } from '../shared/describe-error';
import { blankProject, sampleProject } from './project-doc.svelte';
import type { ProjectChannel } from './project-persistence.svelte';
import type { ProjectSession } from './project-session.svelte';
import { copyName, newProjectId, type ProjectStore, type ProjectSummary } from '../../project/project-store';
import { t } from '../../i18n/i18n.svelte';

/** How long a deleted project can be brought back before it is really deleted. */
export const UNDO_DELETE_MS = 10_000;

export interface LibraryDeps {
  store: ProjectStore;
  session: ProjectSession;
  /** The open project's document as it is now (with edits not yet saved). */
  currentDoc: () => ProjectDoc;
  /** Loads the page for project `id`. */
  navigate: (id: string) => void;
  notify: (kind: 'info' | 'error', text: string) => void;
  channel?: ProjectChannel;
  undoMs?: number;
}

export class ProjectLibrary {
  projects = $state.raw<ProjectSummary[]>([]);
  /** A project deleted a moment ago, still recoverable. */
  pendingDelete = $state.raw<{ id: string; name: string } | undefined>(undefined);
  /** The list without a project waiting to be deleted. */
  readonly visible = $derived(this.projects.filter((p) => p.id !== this.pendingDelete?.id));
  #deleteTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly d: LibraryDeps) {}

  get currentId(): string {
    return this.d.session.id;
  }

  async refresh(): Promise<void> {
    try {
      this.projects = await this.d.store.list();
    } catch (error) {
      this.d.notify('error', t('projects.couldNotList', describeError(error)));
    }
  }

  /** Stores `doc` as a new project (never replacing one) and returns its id; opens it unless told not to. */
  async add(doc: ProjectDoc, options: { open?: boolean } = {}): Promise<string> {
    const id = newProjectId();
    await this.d.store.create(id, doc.name, doc);
    if (options.open !== false) await this.open(id);
    else await this.refresh();
    return id;
  }

  /** A new project, empty, with the sample function, or an example project (by its id), opened at once. */
  async create(kind: string, name?: string): Promise<void> {
    const taken = this.projects.map((p) => p.name);
    const example = EXAMPLES.find((e) => e.id === kind);
    const base = name?.trim() || (kind === 'sample' ? t('projects.sampleName') : example ? example.title : t('projects.defaultName'));
    const unique = taken.includes(base) ? copyName(base, taken, 'new') : base;
    await this.#attempt(async () => {
      if (!example) return this.add(kind === 'sample' ? sampleProject(unique) : blankProject(unique));
      return this.add({ ...(await example.load()), name: unique });
    });
  }

  /** Saves the open project, then loads the page for `id`. */
  async open(id: string): Promise<void> {
    await this.#commitDelete();
    const persistence = this.d.session.persistence;
    await persistence.flush();
    if (persistence.saveState === 'failed') {
      this.d.notify('error', t('projects.couldNotSaveStaysOpen'));
      return;
    }
    persistence.stop();
    await this.d.store.setLastOpened(id);
    this.d.navigate(id);
  }

  /** Renames a project; returns a message for the form when the name is unusable. */
  async rename(id: string, name: string): Promise<string | undefined> {
    const clean = name.trim();
    if (!clean) return t('projects.nameMissing');
    if (clean.length > 128) return t('projects.nameTooLong');
    if (id === this.d.session.id) {
      this.d.session.name = clean;
      this.projects = this.projects.map((p) => (p.id === id ? { ...p, name: clean } : p));
      return undefined;
    }
    return this.#attempt(async () => {
      const record = await this.d.store.get(id);
      if (!record) throw new Error(t('projects.noLongerExists'));
      const doc = record.doc && typeof record.doc === 'object' ? { ...record.doc, name: clean } : record.doc;
      const saved = await this.d.store.save(id, clean, doc, record.revision);
      if (!saved.ok) throw new Error(t('projects.changedSameMoment'));
      this.d.channel?.post({ type: 'saved', id, revision: saved.revision });
      await this.refresh();
    });
  }

  /** Copies a project (the open one with its latest edits) under a new name; the copy is not opened. */
  async duplicate(id: string): Promise<string | undefined> {
    return this.#attempt(async () => {
      let doc: ProjectDoc;
      if (id === this.d.session.id) doc = this.d.currentDoc();
      else {
        const record = await this.d.store.get(id);
        const { readProject } = await import('../../project/migrations');
        const read = readProject(record?.doc);
        if (!read.ok) throw new Error(`That project cannot be read, so it cannot be copied. ${read.message}`);
        doc = read.doc;
      }
      const copy = { ...doc, name: copyName(doc.name, this.projects.map((p) => p.name)) };
      await this.add(copy, { open: false });
      this.d.notify('info', t('projects.made', copy.name));
    });
  }

  /** Hides the project at once and deletes it after the undo time; the open project cannot be deleted. */
  async delete(id: string): Promise<void> {
    if (id === this.d.session.id) return;
    await this.#commitDelete();
    const project = this.projects.find((p) => p.id === id);
    if (!project) return;
    this.pendingDelete = { id, name: project.name };
    this.#deleteTimer = setTimeout(() => void this.#commitDelete(), this.d.undoMs ?? UNDO_DELETE_MS);
  }

  undoDelete(): void {
    clearTimeout(this.#deleteTimer);
    this.pendingDelete = undefined;
  }

  /** Really deletes the project waiting for its undo time (at its end, or before something else). */
  async #commitDelete(): Promise<void> {
    clearTimeout(this.#deleteTimer);
    const pending = this.pendingDelete;
    if (!pending) return;
    this.pendingDelete = undefined;
    try {
      await this.d.store.delete(pending.id);
      this.d.channel?.post({ type: 'deleted', id: pending.id });
      this.projects = this.projects.filter((p) => p.id !== pending.id);
    } catch (error) {
      this.d.notify('error', t('projects.couldNotDelete', pending.name, describeError(error)));
      await this.refresh();
    }
  }

  async #attempt(action: () => Promise<unknown>): Promise<string | undefined> {
    try {
      await action();
      return undefined;
    } catch (error) {
      const message = describeError(error);
      this.d.notify('error', message);
      return message;
    }
  }
}
