// The lessons as this page shows them: whether the panel is open, learning or editing, and the
// learner's runner. One per engine (so per open project), shared by the header button and the panel.
import type { Engine } from '../../engine/engine';
import type { ProjectLesson } from '../../project/types';
import { readLessonFile } from '../../project/schema-lesson-file';
import type { ProgressStorage } from './lesson-progress';
import { LessonRunner } from './lesson-runner.svelte';
import { lessonStoreOf, type LessonStore } from './lesson-store.svelte';

export type LessonMode = 'learn' | 'edit';

export class LessonSession {
  /** Undefined until the person opens or closes the panel: a project with lessons opens with it shown. */
  #open = $state<boolean | undefined>(undefined);
  mode = $state<LessonMode>('learn');
  readonly store: LessonStore;
  readonly runner: LessonRunner;

  constructor(engine: Engine, projectId: string, storage?: ProgressStorage) {
    this.store = lessonStoreOf(engine);
    this.runner = new LessonRunner(this.store, projectId, storage);
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

  /**
   * Adds a lesson from a file's text, or a lesson object. A lesson with the id of one already in the
   * project replaces it (an instructor sending out a corrected version). Returns the error, if any.
   */
  importLesson(input: string | ProjectLesson): { ok: true; lesson: ProjectLesson; replaced: boolean } | { ok: false; message: string } {
    const read = readLessonFile(input);
    if (!read.ok) return read;
    const replaced = this.store.find(read.lesson.id) !== undefined;
    this.store.put(read.lesson);
    this.runner.selectLesson(read.lesson.id);
    return { ok: true, lesson: read.lesson, replaced };
  }
}

const sessions = new WeakMap<Engine, LessonSession>();

/** The page's lesson session for this engine's project. */
export function lessonSessionOf(engine: Engine, projectId: string, storage?: ProgressStorage): LessonSession {
  let session = sessions.get(engine);
  if (!session) sessions.set(engine, (session = new LessonSession(engine, projectId, storage)));
  return session;
}
