import { describe, expect, it } from 'vitest';
import type { ProjectLesson } from '../../project/types';
import { completion, progressKey, readProgress, writeProgress, type ProgressStorage } from './lesson-progress';

const memoryStorage = (): ProgressStorage & { data: Map<string, string> } => {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
};

describe('lesson progress', () => {
  it('is kept per project and read back as written', () => {
    const storage = memoryStorage();
    const progress = { lesson: 'memory', lessons: { memory: { current: 'b', done: { a: 1 }, hints: { b: 2 } } } };
    expect(writeProgress(storage, 'p1', progress)).toBe(true);
    expect(readProgress(storage, 'p1')).toEqual(progress);
    expect(readProgress(storage, 'p2')).toEqual({ lessons: {} });
    expect([...storage.data.keys()]).toEqual([progressKey('p1')]);
  });

  it('reads damaged or foreign data as no progress, keeping what is usable', () => {
    const storage = memoryStorage();
    storage.setItem(progressKey('p'), '{not json');
    expect(readProgress(storage, 'p')).toEqual({ lessons: {} });
    storage.setItem(progressKey('p'), JSON.stringify({ lessons: { a: { done: { s1: 5, s2: 'x' }, hints: null }, b: 7 } }));
    expect(readProgress(storage, 'p')).toEqual({ lessons: { a: { done: { s1: 5 }, hints: {} } } });
    expect(readProgress(undefined, 'p')).toEqual({ lessons: {} });
  });

  it('survives a storage that refuses to write', () => {
    const refusing: ProgressStorage = { getItem: () => null, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } };
    expect(writeProgress(refusing, 'p', { lessons: {} })).toBe(false);
  });

  it('counts done steps that still exist in the lesson', () => {
    const step = (id: string) => ({ id, title: { en: id }, text: { en: '' + id }, goal: { en: id }, check: { kind: 'throttled', function: 'f' } as const });
    const lesson: ProjectLesson = { id: 'l', title: { en: 'L' }, steps: [step('a'), step('b'), step('c')] };
    expect(completion(lesson, { done: { a: 1, gone: 2 }, hints: {} })).toEqual({ done: 1, total: 3 });
    expect(completion(lesson, undefined)).toEqual({ done: 0, total: 3 });
  });
});
