// Autosave of the open project: every change is saved (debounced) over the revision this tab
// loaded; when another tab saved first, or deleted the project, saving stops and the person
// is told, so neither tab's work silently replaces the other's. Each change is also written at
// once to a journal the next load replays, so a reload or close inside the delay loses nothing.
import { untrack } from 'svelte';
import type { ProjectDoc } from '../../project/types';
import { describeError } from '../shared/describe-error';
import type { ProjectStore } from '../../project/project-store';
import { fingerprint, type ProjectJournal } from './project-journal';
import { t } from '../../i18n/i18n.svelte';

const SAVE_DELAY_MS = 400;
/** After a failed save (a full quota), the next attempt: room may be made meanwhile, in this tab or another. */
const RETRY_MS = 3000;

/** The browser's storage is over its quota (the platform keeps that name on the error it throws). */
const isQuotaError = (error: unknown) => error instanceof Error && error.name === 'QuotaExceededError';

/**
 * `saved`/`saving`/`failed` as usual; `paused`: another tab changed the project (see `conflict`);
 * `off`: this session never saves (its record could not be read, or it is an embedded link).
 */
export type SaveState = 'saved' | 'saving' | 'failed' | 'paused' | 'off';

/** Why saving stopped: another tab saved a newer revision, or deleted the project. */
export type Conflict = 'changed' | 'deleted';

/** What tabs tell each other about projects (over a BroadcastChannel in the browser). */
export type ProjectMessage = { type: 'saved'; id: string; revision: number } | { type: 'deleted'; id: string };

export interface ProjectChannel {
  post(message: ProjectMessage): void;
  listen(listener: (message: ProjectMessage) => void): void;
}

export interface PersistenceOptions {
  /** The revision the document was loaded at. */
  revision: number;
  /** The document as loaded: a change is what differs from it. */
  loaded: ProjectDoc;
  /** Never save (the stored record could not be read, or the project is not the person's). */
  off?: boolean;
  channel?: ProjectChannel;
  delayMs?: number;
  /** Where every unsaved document is written synchronously, for the next load to replay. */
  journal?: ProjectJournal;
}

/** JSON with object keys sorted, so two documents with the same content compare equal as text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

export class ProjectPersistence {
  saveState = $state<SaveState>('saved');
  conflict = $state<Conflict | undefined>(undefined);
  revision: number;
  #savedJson: string;
  #pending: ProjectDoc | undefined;
  #pendingJson: string | undefined;
  /** The fingerprint of the document whose save is under way (journal entries written meanwhile carry it). */
  #inflight: string | undefined;
  /** The page is going elsewhere on purpose: nothing more is saved or journaled. */
  #stopped = false;
  #journalRefused = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #chain: Promise<void> = Promise.resolve();
  #lastProblem = '';
  /** Saves are failing: said once, retried until one succeeds. */
  #failing = false;
  readonly #delayMs: number;
  readonly #channel: ProjectChannel | undefined;
  readonly #journal: ProjectJournal | undefined;

  constructor(
    private readonly store: ProjectStore,
    readonly projectId: string,
    private readonly notify: (kind: 'info' | 'error', text: string) => void,
    options: PersistenceOptions,
  ) {
    this.revision = options.revision;
    this.#savedJson = canonicalJson(options.loaded);
    this.#delayMs = options.delayMs ?? SAVE_DELAY_MS;
    this.#channel = options.channel;
    this.#journal = options.journal;
    if (options.off) this.saveState = 'off';
    this.#channel?.listen((message) => this.#onMessage(message));
  }

  /**
   * Saves whatever `snapshot` returns after every change it reads (debounced), and on leaving the page.
   * The first document is the baseline, not a change: the engine fills defaults a stored document may
   * leave out, and saving those alone would bump the revision and alarm another tab on this project.
   */
  watch(snapshot: () => ProjectDoc): void {
    let baseline = true;
    $effect.root(() => {
      $effect(() => {
        const doc = snapshot();
        // Only the document's parts are dependencies, not the save state that scheduling writes.
        untrack(() => {
          if (baseline) this.#savedJson = canonicalJson(doc);
          else this.schedule(doc);
          baseline = false;
        });
      });
    });
    // As the page goes (or is hidden, the last sure moment on phones): journal what is on screen
    // now, even a change whose effect has not run yet, and start its save.
    const leave = () => {
      if (baseline || this.saveState === 'off' || this.#stopped) return;
      this.schedule(snapshot());
      void this.flush();
    };
    globalThis.addEventListener?.('pagehide', leave);
    globalThis.document?.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') leave();
    });
  }

  /**
   * Journals `doc` at once and queues it to be saved after the delay; a newer document replaces a
   * queued one. In a conflict it is journaled only: the next load keeps it as a copy, never over theirs.
   */
  schedule(doc: ProjectDoc): void {
    if (this.saveState === 'off' || this.#stopped) return;
    const json = canonicalJson(doc);
    const journaled = this.#journalWrite(json);
    if (this.conflict) return;
    this.#pending = doc;
    this.#pendingJson = json;
    this.saveState = 'saving';
    clearTimeout(this.#timer);
    // Without a journal entry only the save keeps the change, so it starts now.
    if (journaled) this.#timer = setTimeout(() => void this.flush(), this.#delayMs);
    else void this.flush();
  }

  /** Saves a queued document now; resolves when every save so far has finished. */
  flush(): Promise<void> {
    clearTimeout(this.#timer);
    // One failed write must not stop every later one (the chain would stay rejected).
    this.#chain = this.#chain.then(() => this.#write()).catch((error: unknown) => this.#failed(error));
    return this.#chain;
  }

  /** Stops saving for good (the page is about to show another project or reload, its work saved or dropped on purpose). */
  stop(): void {
    this.#stopped = true;
    clearTimeout(this.#timer);
    this.#pending = undefined;
    this.#pendingJson = undefined;
    this.#journal?.clear(this.projectId);
    if (!this.conflict) this.saveState = 'off';
  }

  /**
   * Writes the journal entry for a document as JSON (`json`): false when the storage refused it. A
   * document equal to the saved one, with no save under way, has nothing to replay: its entry goes.
   */
  #journalWrite(json: string): boolean {
    const journal = this.#journal;
    if (!journal) return true;
    if (json === this.#savedJson && this.#inflight === undefined) {
      journal.clear(this.projectId);
      return true;
    }
    if (journal.write(this.projectId, this.revision, json, this.#inflight)) return true;
    // Said once: true of every change from now on, until the project is smaller again.
    if (!this.#journalRefused) {
      this.notify('error', t('projects.journalRefused'));
    }
    this.#journalRefused = true;
    return false;
  }

  /** A save that failed outside the store (e.g. a module that could not load): say so, keep going. */
  #failed(error: unknown): void {
    this.saveState = 'failed';
    this.notify('error', t('projects.couldNotSave', describeError(error)));
  }

  async #write(): Promise<void> {
    const doc = this.#pending;
    const json = this.#pendingJson ?? (doc && canonicalJson(doc));
    this.#pending = undefined;
    this.#pendingJson = undefined;
    if (!doc || json === undefined || this.saveState === 'off' || this.conflict || this.#stopped) return;
    if (json !== this.#savedJson) {
      await this.#warnIfUnreadable(doc);
      let result;
      this.#inflight = fingerprint(json);
      try {
        result = await this.store.save(this.projectId, doc.name, doc, this.revision);
      } catch (error) {
        // The journal entry stays: it is the only copy of this change. The document is tried again
        // (unless a newer one already waits), so freeing space is all the person has to do.
        this.saveState = 'failed';
        if (!this.#failing) this.notify('error', isQuotaError(error) ? t('faults.storageFull') : describeError(error));
        this.#failing = true;
        if (!this.#pending) {
          this.#pending = doc;
          this.#pendingJson = json;
        }
        clearTimeout(this.#timer);
        this.#timer = setTimeout(() => void this.flush(), RETRY_MS);
        return;
      } finally {
        this.#inflight = undefined;
      }
      if (!result.ok) {
        this.conflict = result.reason === 'deleted' ? 'deleted' : 'changed';
        this.saveState = 'paused';
        return;
      }
      this.revision = result.revision;
      this.#savedJson = json;
      this.#failing = false;
      this.#channel?.post({ type: 'saved', id: this.projectId, revision: result.revision });
      // The entry is now in the store, or a newer change waits: journal that one over the new revision.
      if (this.#pendingJson !== undefined) this.#journalWrite(this.#pendingJson);
      else this.#journal?.clear(this.projectId);
    }
    if (!this.#pending) this.saveState = 'saved';
  }

  /**
   * A document the reader would refuse could not be opened after a reload. It is saved anyway (nothing
   * is dropped) and the person is told what to fix; the reader loads only after the first change.
   */
  async #warnIfUnreadable(doc: ProjectDoc): Promise<void> {
    const { validateProject } = await import('../../project/validate');
    const checked = validateProject(doc);
    const problem = checked.ok ? '' : checked.message;
    if (problem && problem !== this.#lastProblem) {
      this.notify('error', t('projects.savedWithProblem', problem));
    }
    this.#lastProblem = problem;
  }

  #onMessage(message: ProjectMessage): void {
    if (message.id !== this.projectId || this.saveState === 'off') return;
    if (message.type === 'deleted') this.conflict = 'deleted';
    else if (message.revision > this.revision) this.conflict = 'changed';
    else return;
    clearTimeout(this.#timer);
    this.saveState = 'paused';
  }
}

/** Tabs of this origin tell each other about saves and deletions (nothing, where there is no BroadcastChannel). */
export function broadcastProjectChannel(name = 'serverless-playground/projects'): ProjectChannel | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  const channel = new BroadcastChannel(name);
  return {
    post: (message) => channel.postMessage(message),
    listen: (listener) => channel.addEventListener('message', (event: MessageEvent<ProjectMessage>) => listener(event.data)),
  };
}
