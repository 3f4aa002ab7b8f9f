import { afterEach, expect, it } from 'vitest';
import type { Engine } from '../../engine/engine';
import type { ProjectLesson } from '../../project/types';
import { readServiceSlices, restoreServiceSlices } from '../projects/service-slice';
import { SERVICE_SLICES } from '../service-registry';
import { testEngine, until } from '../shared/state-test-engine';
import { readProgress, type ProgressStorage } from './lesson-progress';
import { LessonRunner } from './lesson-runner.svelte';
import { LessonSession } from './lesson-session.svelte';
import { lessonStoreOf } from './lesson-store.svelte';

const engines: Engine[] = [];
afterEach(() => engines.splice(0).forEach((e) => e.dispose()));
const engine = async () => {
  const e = await testEngine();
  engines.push(e);
  return e;
};
const storage = (): ProgressStorage => {
  const data = new Map<string, string>();
  return { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
};

const LESSON: ProjectLesson = {
  id: 'config',
  title: { en: 'Configuration', ko: '구성' },
  steps: [
    {
      id: 'memory', title: { en: 'Memory' }, text: { en: 'Set memory to 256 MB.' }, goal: { en: '256 MB' },
      hints: [{ en: 'Configuration tab' }, { en: 'Type 256, then Save' }],
      check: { kind: 'functionExists', name: 'hello', memory: 256 },
    },
    { id: 'warm', title: { en: 'Warm' }, text: { en: 'Invoke twice.' }, goal: { en: 'A warm start' }, check: { kind: 'invoked', function: 'hello', coldStart: false } },
  ],
};

it('shows the step on screen as not yet, then done once it holds; done stays done and is saved', async () => {
  const e = await engine();
  await e.lambda.createFunction({ FunctionName: 'hello', Code: { Files: { 'index.mjs': 'export const handler = async () => 1;' } } });
  const store = lessonStoreOf(e);
  store.put(LESSON);
  const saved = storage();
  const runner = new LessonRunner(new LessonSession(e, 'p1', saved));
  runner.start();
  expect(runner.step?.id).toBe('memory');
  await until(() => runner.status === 'not-yet');
  expect(runner.isDone('memory')).toBe(false);

  await e.lambda.updateFunctionConfiguration({ FunctionName: 'hello', MemorySize: 256 });
  await until(() => runner.status === 'holds');
  expect(runner.isDone('memory')).toBe(true);
  expect(runner.completion).toEqual({ done: 1, total: 2 });
  // The learner sees the tick on the step they did; moving on is theirs to do.
  expect(runner.step?.id).toBe('memory');

  // Undoing the change does not take the step back: the learner did it.
  await e.lambda.updateFunctionConfiguration({ FunctionName: 'hello', MemorySize: 128 });
  await until(() => runner.status === 'not-yet');
  expect(runner.isDone('memory')).toBe(true);

  runner.showHint();
  runner.showHint();
  runner.showHint();
  expect(runner.hintsShown('memory')).toBe(2);
  runner.next();
  expect(runner.step?.id).toBe('warm');
  runner.stop();

  // Another page on the same project (a reload) finds the learner where they were.
  const again = new LessonRunner(new LessonSession(e, 'p1', saved));
  expect(again.step?.id).toBe('warm');
  expect(again.isDone('memory')).toBe(true);
  expect(again.hintsShown('memory')).toBe(2);
  expect(readProgress(saved, 'p1').lessons.config?.done.memory).toEqual(expect.any(Number));
  expect(new LessonRunner(new LessonSession(e, 'another-project', saved)).isDone('memory')).toBe(false);

  again.reset();
  expect(again.isDone('memory')).toBe(false);
  expect(again.step?.id).toBe('memory');
});

it('saves lessons with the project and restores them into a new page', async () => {
  const a = await engine();
  lessonStoreOf(a).put(LESSON);
  const slices = readServiceSlices(a, SERVICE_SLICES);
  expect(slices.lessons).toEqual([LESSON]);

  const b = await engine();
  const problems: string[] = [];
  await restoreServiceSlices(b, SERVICE_SLICES, JSON.parse(JSON.stringify(slices)), (m) => problems.push(m));
  expect(lessonStoreOf(b).lessons).toEqual([LESSON]);
  expect(problems).toEqual([]);
  // A project without lessons saves none.
  expect(readServiceSlices(await engine(), SERVICE_SLICES).lessons).toBeUndefined();
});
