// The course's lessons, as the lessons panel and the example gallery offer them; each loads on demand.
import type { LocalizedText, ProjectLesson } from '../../project/types';

export interface CourseLesson {
  id: string;
  title: LocalizedText;
  summary: LocalizedText;
  /** The gallery examples it is written for (`starter`: the landing project with `hello-world`). */
  examples: readonly string[];
  load(): Promise<ProjectLesson>;
}

export const COURSE_LESSONS: readonly CourseLesson[] = [];

/** The lessons written for a gallery example, ready to put in its project's `lessons`. */
export async function lessonsFor(exampleId: string): Promise<ProjectLesson[]> {
  return Promise.all(COURSE_LESSONS.filter((l) => l.examples.includes(exampleId)).map((l) => l.load()));
}
