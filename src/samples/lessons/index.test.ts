import { describe, expect, it } from 'vitest';
import { readProject } from '../../project/migrations';
import { sampleProject } from '../../state/projects/project-doc.svelte';
import { leafChecks } from '../../state/lessons/lesson-world';
import { COURSE_LESSONS, lessonsFor } from './index';

describe('course lessons', () => {
  it('are valid lessons, titled as listed, with English and Korean text in every step', async () => {
    expect(COURSE_LESSONS.length).toBeGreaterThanOrEqual(6);
    for (const entry of COURSE_LESSONS) {
      const lesson = await entry.load();
      expect(lesson.id).toBe(entry.id);
      expect(lesson.title).toEqual(entry.title);
      const read = readProject({ ...sampleProject(), lessons: [lesson] });
      expect(read.ok ? 'ok' : read.message, entry.id).toBe('ok');
      for (const step of lesson.steps) {
        for (const text of [step.title, step.text, step.goal, ...(step.hints ?? [])]) {
          expect(text.en?.trim(), `${entry.id}/${step.id}`).toBeTruthy();
          expect(text.ko?.trim(), `${entry.id}/${step.id}`).toBeTruthy();
        }
      }
    }
  });

  it('name the landing project\'s function in the lessons written for it', async () => {
    for (const lesson of await lessonsFor('starter')) {
      const functions = leafChecks(lesson.steps.map((s) => s.check)).flatMap((c) => ('function' in c ? [c.function] : 'name' in c ? [c.name] : []));
      expect(functions.filter((name) => name !== 'hello-world'), lesson.id).toEqual([]);
    }
  });

  it('attach to gallery examples by id', async () => {
    expect((await lessonsFor('thumbnails')).map((l) => l.id)).toEqual(['s3-trigger']);
    expect((await lessonsFor('notes-stream')).map((l) => l.id)).toEqual(['dynamodb-streams']);
    expect(await lessonsFor('no-such-example')).toEqual([]);
  });
});
