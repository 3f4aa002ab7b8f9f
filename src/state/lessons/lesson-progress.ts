// A learner's progress through the lessons of one project — which steps are done, how many hints each
// shows, where they are — kept in this browser (localStorage), not in the shared document: everyone who
// opens the same link has their own.
import type { ProjectLesson } from '../../project/types';

/** The part of localStorage this needs (a fake in tests). */
export interface ProgressStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** One lesson's progress. Steps are named by id, so editing the lesson keeps what was done. */
export interface LessonProgressRecord {
  /** The step on screen, by id. */
  current?: string;
  /** Step id → when its check first held (epoch ms). */
  done: Record<string, number>;
  /** Step id → how many of its hints are shown. */
  hints: Record<string, number>;
}

/** Lesson id → its progress; plus the lesson on screen. */
export interface ProjectProgress {
  lesson?: string;
  lessons: Record<string, LessonProgressRecord>;
}

export const progressKey = (projectId: string) => `playground.lessons.${projectId}`;

const isRecord = (value: unknown): value is Record<string, unknown> => Boolean(value) && typeof value === 'object' && !Array.isArray(value);
const numbers = (value: unknown): Record<string, number> =>
  isRecord(value) ? Object.fromEntries(Object.entries(value).filter(([, n]) => typeof n === 'number' && Number.isFinite(n))) as Record<string, number> : {};

/** The stored progress; anything unreadable (another version, a hand edit) counts as none rather than failing. */
export function readProgress(storage: ProgressStorage | undefined, projectId: string): ProjectProgress {
  let raw: unknown;
  try {
    raw = JSON.parse(storage?.getItem(progressKey(projectId)) ?? 'null');
  } catch {
    raw = null;
  }
  if (!isRecord(raw) || !isRecord(raw.lessons)) return { lessons: {} };
  const lessons: Record<string, LessonProgressRecord> = {};
  for (const [id, value] of Object.entries(raw.lessons)) {
    if (!isRecord(value)) continue;
    lessons[id] = { done: numbers(value.done), hints: numbers(value.hints), ...(typeof value.current === 'string' ? { current: value.current } : {}) };
  }
  return { lessons, ...(typeof raw.lesson === 'string' ? { lesson: raw.lesson } : {}) };
}

/** Saves the progress; a full or refused storage keeps it for this page only. */
export function writeProgress(storage: ProgressStorage | undefined, projectId: string, progress: ProjectProgress): boolean {
  try {
    storage?.setItem(progressKey(projectId), JSON.stringify(progress));
    return storage !== undefined;
  } catch {
    return false;
  }
}

/** How far a learner is through a lesson: steps done (that still exist) of all steps. */
export function completion(lesson: ProjectLesson, record: LessonProgressRecord | undefined): { done: number; total: number } {
  return { done: lesson.steps.filter((s) => record?.done[s.id] !== undefined).length, total: lesson.steps.length };
}
