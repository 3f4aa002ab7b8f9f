// The open project's lessons and the history their checks read, one store per engine: created when
// the project's lessons are restored (or first asked for), it records engine events from then on.
import type { Engine } from '../../engine/engine';
import type { ProjectLesson } from '../../project/types';
import { LessonHistoryRecorder } from './lesson-history';

export class LessonStore {
  /** Replaced, never mutated: autosave reads it (and so follows it) and saves plain data. */
  lessons = $state.raw<ProjectLesson[]>([]);
  readonly history = new LessonHistoryRecorder();
  readonly #listeners = new Set<() => void>();

  constructor(readonly engine: Engine) {
    engine.events.on((event) => {
      this.history.record(event);
      for (const listener of this.#listeners) listener();
    });
  }

  /** Called after every engine event (the state a check reads may have changed). */
  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  find(id: string): ProjectLesson | undefined {
    return this.lessons.find((l) => l.id === id);
  }

  /** Adds the lesson, or replaces the one with its id in place. */
  put(lesson: ProjectLesson): void {
    const index = this.lessons.findIndex((l) => l.id === lesson.id);
    this.lessons = index < 0 ? [...this.lessons, lesson] : this.lessons.map((l, i) => (i === index ? lesson : l));
  }

  /** Replaces the lesson `id` with `lesson`, whose id may differ (a renamed lesson). */
  replace(id: string, lesson: ProjectLesson): void {
    const index = this.lessons.findIndex((l) => l.id === id);
    if (index < 0) this.put(lesson);
    else this.lessons = this.lessons.map((l, i) => (i === index ? lesson : l)).filter((l, i) => i === index || l.id !== lesson.id);
  }

  remove(id: string): void {
    this.lessons = this.lessons.filter((l) => l.id !== id);
  }

  /** An id no lesson has yet, from `base`. */
  freeId(base: string): string {
    const slug = base.toLowerCase().replace(/[^a-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 56) || 'lesson';
    let id = slug;
    for (let n = 2; this.find(id); n++) id = `${slug}-${n}`;
    return id;
  }
}

const stores = new WeakMap<Engine, LessonStore>();

/** The lessons of the project this engine runs. */
export function lessonStoreOf(engine: Engine): LessonStore {
  let store = stores.get(engine);
  if (!store) stores.set(engine, (store = new LessonStore(engine)));
  return store;
}
