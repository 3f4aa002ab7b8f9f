import { describe, expect, it } from 'vitest';
import { readProject } from './migrations';
import { lessonFile, readLessonFile } from './schema-lesson-file';
import { fullProject } from './test-samples';
import { validateProject } from './validate';
import { decodeShareLink, encodeShareLink } from './share-link';
import { WORKSPACE_FORMAT_V1, type ProjectLesson } from './types';

const lesson = (): ProjectLesson => ({
  id: 'memory',
  title: { en: 'Memory', ko: '메모리' },
  steps: [
    {
      id: 'raise',
      title: { en: 'Raise memory' },
      text: { en: 'Open **Configuration**.', ko: '**구성**을 엽니다.' },
      goal: { en: 'Memory is 256 MB', ko: '메모리 256MB' },
      hints: [{ en: 'Configuration tab' }, { ko: '저장을 누르세요' }],
      check: { kind: 'functionExists', name: 'hello', memory: 256 },
    },
    {
      id: 'both',
      title: { en: 'Invoke warm' },
      text: { en: 'Test twice.' },
      goal: { en: 'A warm start' },
      check: { kind: 'all', checks: [{ kind: 'invoked', function: 'hello', coldStart: false }, { kind: 'apiResponded', method: 'GET', path: '/items/{id}', status: 200 }] },
    },
  ],
});

const withLessons = (lessons: unknown) => ({ ...fullProject(), lessons });
const problem = (doc: unknown) => {
  const read = validateProject(doc);
  return read.ok ? undefined : read.message;
};

describe('lessons in the project document', () => {
  it('round-trips a document with lessons through JSON unchanged', () => {
    const doc = withLessons([lesson()]);
    const read = readProject(JSON.parse(JSON.stringify(doc)));
    expect(read.ok && read.doc).toEqual(doc);
  });

  it('travels in a share link', async () => {
    const doc = { ...fullProject(), lessons: [lesson()] };
    expect(await decodeShareLink(await encodeShareLink(doc))).toEqual({ ok: true, doc });
  });

  it('keeps documents without lessons valid, older ones included', () => {
    expect(validateProject(fullProject()).ok).toBe(true);
    const v1 = readProject({ format: WORKSPACE_FORMAT_V1, version: 1, functions: [] });
    expect(v1.ok && v1.doc.lessons).toBeUndefined();
  });

  it('says which lesson, step and field is wrong', () => {
    const bad = lesson();
    (bad.steps[0]!.check as { memory: unknown }).memory = 'lots';
    expect(problem(withLessons([bad]))).toBe('lessons[0] (memory).steps[0] (raise).check.memory: must be an integer of at least 128');
    const noKind = lesson();
    noKind.steps[1]!.check = { kind: 'teleported' } as never;
    expect(problem(withLessons([noKind]))).toMatch(/^lessons\[0\] \(memory\)\.steps\[1\] \(both\)\.check\.kind: must be a check whose kind is one of functionExists, invoked, .*all$/);
    const empty = lesson();
    empty.steps[0]!.goal = { en: ' ' };
    expect(problem(withLessons([empty]))).toBe('lessons[0] (memory).steps[0] (raise).goal: needs an English (en) or Korean (ko) text');
  });

  it('refuses fields a check does not know, so a typo cannot loosen it', () => {
    const typo = lesson();
    typo.steps[0]!.check = { kind: 'functionExists', name: 'hello', memmory: 256 } as never;
    expect(problem(withLessons([typo]))).toBe('lessons[0] (memory).steps[0] (raise).check: has a field a functionExists check does not know: memmory (it takes name, memory, timeout, runtime, reservedConcurrency)');
  });

  it('wants lesson and step ids unique, since progress is kept by them', () => {
    expect(problem(withLessons([lesson(), lesson()]))).toBe('lessons: has two lessons with the id "memory": each needs its own');
    const twice = lesson();
    twice.steps[1]!.id = 'raise';
    expect(problem(withLessons([twice]))).toBe('lessons[0] (memory).steps: has two steps with the id "raise": each needs its own');
  });
});

describe('lesson files', () => {
  it('reads back what it writes', () => {
    expect(readLessonFile(JSON.stringify(lessonFile(lesson())))).toEqual({ ok: true, lesson: lesson() });
    expect(readLessonFile(lesson())).toEqual({ ok: true, lesson: lesson() });
  });

  it('explains what is wrong', () => {
    expect(readLessonFile('{oops')).toMatchObject({ ok: false, message: expect.stringMatching(/^This is not JSON/) });
    expect(readLessonFile({ format: 'something/else', version: 1 })).toMatchObject({ ok: false, message: expect.stringContaining('not a lesson file') });
    const { goal: _goal, ...withoutGoal } = lesson().steps[0]!;
    expect(readLessonFile({ ...lesson(), steps: [withoutGoal] })).toEqual({ ok: false, message: 'This lesson has a problem: steps[0] (raise).goal: is missing.' });
  });
});
