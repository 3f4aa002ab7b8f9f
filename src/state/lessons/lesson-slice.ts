// The lessons' slice of the project document: read for autosave (the store's list is reactive, so a
// lesson edited in the UI is saved) and put back when the project opens, after every service's slice.
import type { ProjectLesson } from '../../project/types';
import type { ServiceSlice } from '../projects/service-slice';
import { lessonStoreOf } from './lesson-store.svelte';

export const lessonSlice: ServiceSlice = {
  key: 'lessons',
  read: (engine) => lessonStoreOf(engine).lessons,
  restore: (engine, lesson) => lessonStoreOf(engine).put(lesson as ProjectLesson),
  describe: (lesson) => `the lesson ${(lesson as Partial<ProjectLesson> | undefined)?.id ?? '(without an id)'}`,
  // Lessons change in the UI, not in the engine: autosave follows the store itself.
  changedBy: [],
};
