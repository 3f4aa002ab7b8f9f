// One check against the engine now: the snapshot it needs, then the pure evaluation. Loaded on first
// use, so the page's first download carries only the lessons' store and history, not the evaluator.
import type { Engine } from '../../engine/engine';
import type { LessonCheck } from '../../project/types';
import { checkHolds } from './lesson-checks';
import type { LessonHistory } from './lesson-history';
import { gatherWorld } from './lesson-world';

export async function checkNow(engine: Engine, check: LessonCheck, history: LessonHistory): Promise<boolean> {
  return checkHolds(check, await gatherWorld(engine, [check]), history);
}
