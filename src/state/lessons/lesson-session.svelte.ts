// The lessons as this page shows them: whether the panel is open, learning or editing, and the learner's
// progress in this browser. One per engine (so per open project), shared by the header button and the
// panel. Light on purpose: it is part of the first download; the runner (checks, navigation) loads with the panel.
import type { Engine } from '../../engine/engine';
import type { ProjectLesson } from '../../project/types';
import { completion, readProgress, writeProgress, type LessonProgressRecord, type ProgressStorage, type ProjectProgress } from './lesson-progress';
import { lessonStoreOf, type LessonStore } from './lesson-store.svelte';

export type LessonMode = 'learn' | 'edit';

const EMPTY_RECORD: LessonProgressRecord = { done: {}, hints: {} };

export class LessonSession {
  /** Undefined until the person opens or closes the panel: a project with lessons opens with it shown. */
  #open = $state<boolean | undefined>(undefined);
  mode = $state<LessonMode>('learn');
  progress = $state.raw<ProjectProgress>({ lessons: {} });
  /** The progress could not be saved in this browser (storage full or refused). */
  unsaved = $state(false);
  readonly store: LessonStore;
  readonly projectId: string;
  readonly #storage: ProgressStorage | undefined;

  /** The lesson on screen: the one chosen last, else the first. */
  readonly lesson = $derived.by<ProjectLesson | undefined>(() => this.store.find(this.progress.lesson ?? '') ?? this.store.lessons[0]);
  readonly record = $derived.by<LessonProgressRecord>(() => (this.lesson && this.progress.lessons[this.lesson.id]) || EMPTY_RECORD);
  readonly completion = $derived.by(() => (this.lesson ? completion(this.lesson, this.record) : { done: 0, total: 0 }));

  constructor(engine: Engine, projectId: string, storage?: ProgressStorage) {
    this.store = lessonStoreOf(engine);
    this.projectId = projectId;
    this.#storage = storage;
    this.progress = readProgress(storage, projectId);
  }

  get open(): boolean {
    return this.#open ?? this.store.lessons.length > 0;
  }

  set open(value: boolean) {
    this.#open = value;
  }

  toggle(): void {
    this.open = !this.open;
  }

  /** Replaces the progress and saves it in this browser. */
  saveProgress(progress: ProjectProgress): void {
    this.progress = progress;
    this.unsaved = !writeProgress(this.#storage, this.projectId, progress) && this.#storage !== undefined;
  }
}

const sessions = new WeakMap<Engine, LessonSession>();

/** The page's lesson session for this engine's project. */
export function lessonSessionOf(engine: Engine, projectId: string, storage?: ProgressStorage): LessonSession {
  let session = sessions.get(engine);
  if (!session) sessions.set(engine, (session = new LessonSession(engine, projectId, storage)));
  return session;
}
