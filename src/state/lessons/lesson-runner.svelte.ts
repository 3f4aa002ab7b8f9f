// A learner going through the project's lessons: the step on screen, the live status of its check
// (evaluated again after every engine event), hints unlocked one by one, lessons added from files. The
// progress itself is the session's (saved in this browser). A step stays done once its check has held.
import type { LessonStep, ProjectLesson } from '../../project/types';
import { readLessonFile } from '../../project/schema-lesson-file';
import { coalesce } from '../shared/coalesce';
import type { LessonProgressRecord } from './lesson-progress';
import type { LessonSession } from './lesson-session.svelte';
import type { LessonStore } from './lesson-store.svelte';

/** The check of the step on screen: being looked at, holding now, or not yet. */
export type CheckStatus = 'checking' | 'holds' | 'not-yet';

export type ImportResult = { ok: true; lesson: ProjectLesson; replaced: boolean } | { ok: false; message: string };

export class LessonRunner {
  readonly session: LessonSession;
  status = $state<CheckStatus>('checking');

  readonly stepIndex = $derived.by(() => {
    const steps = this.lesson?.steps ?? [];
    const chosen = steps.findIndex((s) => s.id === this.record.current);
    if (chosen >= 0) return chosen;
    const firstOpen = steps.findIndex((s) => this.record.done[s.id] === undefined);
    return firstOpen >= 0 ? firstOpen : Math.max(0, steps.length - 1);
  });
  readonly step = $derived.by<LessonStep | undefined>(() => this.lesson?.steps[this.stepIndex]);

  #stop: (() => void) | undefined;

  constructor(session: LessonSession) {
    this.session = session;
  }

  get store(): LessonStore {
    return this.session.store;
  }
  get lessons(): ProjectLesson[] {
    return this.store.lessons;
  }
  get lesson(): ProjectLesson | undefined {
    return this.session.lesson;
  }
  get record(): LessonProgressRecord {
    return this.session.record;
  }
  get completion(): { done: number; total: number } {
    return this.session.completion;
  }
  get unsaved(): boolean {
    return this.session.unsaved;
  }

  /** Follows the engine: the step's check is evaluated now and after every change. Returns the stop. */
  start(): () => void {
    this.#stop ??= this.store.onChange(() => void this.evaluate());
    void this.evaluate();
    return () => this.stop();
  }

  stop(): void {
    this.#stop?.();
    this.#stop = undefined;
  }

  isDone(stepId: string): boolean {
    return this.record.done[stepId] !== undefined;
  }

  hintsShown(stepId: string): number {
    return this.record.hints[stepId] ?? 0;
  }

  selectLesson(id: string): void {
    this.session.saveProgress({ ...this.session.progress, lesson: id });
    this.#recheck();
  }

  goTo(index: number): void {
    const step = this.lesson?.steps[index];
    if (step) this.#update({ current: step.id });
    this.#recheck();
  }

  next(): void {
    this.goTo(this.stepIndex + 1);
  }

  previous(): void {
    this.goTo(this.stepIndex - 1);
  }

  /** Unlocks the step's next hint. */
  showHint(): void {
    const step = this.step;
    if (!step) return;
    const shown = Math.min(this.hintsShown(step.id) + 1, step.hints?.length ?? 0);
    this.#update({ hints: { ...this.record.hints, [step.id]: shown } });
  }

  /** Starts the lesson over: nothing done, no hints, the first step. */
  reset(): void {
    if (!this.lesson) return;
    const { [this.lesson.id]: _dropped, ...rest } = this.session.progress.lessons;
    this.session.saveProgress({ ...this.session.progress, lessons: rest });
    this.#recheck();
  }

  /**
   * Adds a lesson from a file's text, or a lesson object, and shows it. One with the id of a lesson already
   * in the project replaces it (an instructor sending out a corrected version).
   */
  importLesson(input: string | ProjectLesson): ImportResult {
    const read = readLessonFile(input);
    if (!read.ok) return read;
    const replaced = this.store.find(read.lesson.id) !== undefined;
    this.store.put(read.lesson);
    this.selectLesson(read.lesson.id);
    return { ok: true, lesson: read.lesson, replaced };
  }

  /** Evaluates the step on screen; calls during a run fold into one more run after it. */
  readonly evaluate = coalesce(async () => {
    const lesson = this.lesson;
    const step = this.step;
    if (!lesson || !step) return;
    let holds = false;
    try {
      const { checkNow } = await import('./lesson-evaluate');
      holds = await checkNow(this.store.engine, step.check, this.store.history.snapshot());
    } catch {
      // The engine changed under the check (a function deleted meanwhile): not yet; the next event checks again.
    }
    if (this.lesson?.id !== lesson.id || this.step?.id !== step.id) return;
    this.status = holds ? 'holds' : 'not-yet';
    if (holds && !this.isDone(step.id)) this.#update({ current: step.id, done: { ...this.record.done, [step.id]: Date.now() } });
  });

  #recheck(): void {
    this.status = 'checking';
    void this.evaluate();
  }

  #update(change: Partial<LessonProgressRecord>): void {
    const lesson = this.lesson;
    if (!lesson) return;
    const progress = this.session.progress;
    this.session.saveProgress({ ...progress, lesson: lesson.id, lessons: { ...progress.lessons, [lesson.id]: { ...this.record, ...change } } });
  }
}

const runners = new WeakMap<LessonSession, LessonRunner>();

/** The session's runner, kept while the page lives so the panel reopens where it was. */
export function runnerFor(session: LessonSession): LessonRunner {
  let runner = runners.get(session);
  if (!runner) runners.set(session, (runner = new LessonRunner(session)));
  return runner;
}
