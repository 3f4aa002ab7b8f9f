// A learner going through the project's lessons: which lesson and step are on screen, the live status
// of the step's check (evaluated again after every engine event), hints unlocked one by one, and the
// progress saved in this browser. A step stays done once its check has held.
import type { LessonStep, ProjectLesson } from '../../project/types';
import { coalesce } from '../shared/coalesce';
import { completion, readProgress, writeProgress, type LessonProgressRecord, type ProgressStorage, type ProjectProgress } from './lesson-progress';
import type { LessonStore } from './lesson-store.svelte';

/** The check of the step on screen: being looked at, holding now, or not yet. */
export type CheckStatus = 'checking' | 'holds' | 'not-yet';

const EMPTY_RECORD: LessonProgressRecord = { done: {}, hints: {} };

export class LessonRunner {
  readonly store: LessonStore;
  readonly projectId: string;
  readonly #storage: ProgressStorage | undefined;
  progress = $state.raw<ProjectProgress>({ lessons: {} });
  status = $state<CheckStatus>('checking');
  /** The progress could not be saved in this browser (storage full or refused). */
  unsaved = $state(false);

  readonly lesson = $derived.by<ProjectLesson | undefined>(() => this.store.find(this.progress.lesson ?? '') ?? this.store.lessons[0]);
  readonly record = $derived<LessonProgressRecord>((this.lesson && this.progress.lessons[this.lesson.id]) || EMPTY_RECORD);
  readonly stepIndex = $derived.by(() => {
    const steps = this.lesson?.steps ?? [];
    const chosen = steps.findIndex((s) => s.id === this.record.current);
    if (chosen >= 0) return chosen;
    const firstOpen = steps.findIndex((s) => this.record.done[s.id] === undefined);
    return firstOpen >= 0 ? firstOpen : Math.max(0, steps.length - 1);
  });
  readonly step = $derived<LessonStep | undefined>(this.lesson?.steps[this.stepIndex]);
  readonly completion = $derived(this.lesson ? completion(this.lesson, this.record) : { done: 0, total: 0 });

  #stop: (() => void) | undefined;

  constructor(store: LessonStore, projectId: string, storage?: ProgressStorage) {
    this.store = store;
    this.projectId = projectId;
    this.#storage = storage;
    this.progress = readProgress(storage, projectId);
  }

  get lessons(): ProjectLesson[] {
    return this.store.lessons;
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
    this.#save({ ...this.progress, lesson: id });
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
    const { [this.lesson.id]: _dropped, ...rest } = this.progress.lessons;
    this.#save({ ...this.progress, lessons: rest });
    this.#recheck();
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
    this.#save({ ...this.progress, lesson: lesson.id, lessons: { ...this.progress.lessons, [lesson.id]: { ...this.record, ...change } } });
  }

  #save(progress: ProjectProgress): void {
    this.progress = progress;
    this.unsaved = !writeProgress(this.#storage, this.projectId, progress) && this.#storage !== undefined;
  }
}
