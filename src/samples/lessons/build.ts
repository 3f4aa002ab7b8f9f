// A compact way to write course lessons: each text as an [English, Korean] pair.
import type { LessonCheck, LessonStep, LocalizedText, ProjectLesson } from '../../project/types';

export type Pair = readonly [en: string, ko: string];

export const text = ([en, ko]: Pair): LocalizedText => ({ en, ko });

export interface StepInput {
  title: Pair;
  /** Markdown. */
  body: Pair;
  goal: Pair;
  hints?: readonly Pair[];
  check: LessonCheck;
}

export function step(id: string, input: StepInput): LessonStep {
  return {
    id, title: text(input.title), text: text(input.body), goal: text(input.goal),
    ...(input.hints?.length ? { hints: input.hints.map(text) } : {}),
    check: input.check,
  };
}

export function lesson(id: string, title: Pair, summary: Pair, steps: LessonStep[]): ProjectLesson {
  return { id, title: text(title), summary: text(summary), steps };
}
