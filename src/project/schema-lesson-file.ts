// A lesson on its own, as a file an instructor exports and imports (`*.lesson.json`): the lesson in
// a small envelope, checked with the document's lesson schema and reported in the same words.
import * as v from 'valibot';
import { LessonSchema } from './schema-lessons';
import { describePath } from './validate';
import type { ProjectLesson } from './types';

export const LESSON_FILE_FORMAT = 'serverless-playground/lesson';
export const LESSON_FILE_VERSION = 1;

/** The file's content for one lesson. */
export function lessonFile(lesson: ProjectLesson): { format: string; version: number; lesson: ProjectLesson } {
  return { format: LESSON_FILE_FORMAT, version: LESSON_FILE_VERSION, lesson };
}

export type LessonFileResult = { ok: true; lesson: ProjectLesson } | { ok: false; message: string };

/** Reads a lesson file's text (or a bare lesson object): the lesson, or what is wrong and where. */
export function readLessonFile(input: string | unknown): LessonFileResult {
  let raw: unknown = input;
  if (typeof input === 'string') {
    try {
      raw = JSON.parse(input);
    } catch (error) {
      return { ok: false, message: `This is not JSON: ${(error as Error).message}` };
    }
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, message: 'This is not a lesson: it must be a JSON object.' };
  const envelope = raw as Record<string, unknown>;
  let lesson: unknown = raw;
  if ('format' in envelope) {
    if (envelope.format !== LESSON_FILE_FORMAT) return { ok: false, message: `This is not a lesson file (its format is not "${LESSON_FILE_FORMAT}").` };
    if (envelope.version !== LESSON_FILE_VERSION) {
      return { ok: false, message: `This lesson file has version ${String(envelope.version)}; this playground reads version ${LESSON_FILE_VERSION}.` };
    }
    lesson = envelope.lesson;
  }
  const result = v.safeParse(LessonSchema, lesson, { abortEarly: true });
  if (result.success) return { ok: true, lesson: result.output as ProjectLesson };
  const issue = result.issues[0];
  // A missing field is reported by its parent object; say so instead of the parent's message.
  const missing = issue.received === 'undefined' && (issue.type === 'loose_object' || issue.type === 'object') && issue.path?.length;
  return { ok: false, message: `This lesson has a problem: ${describePath(issue.path) || 'the lesson'}: ${missing ? 'is missing' : issue.message}.` };
}
