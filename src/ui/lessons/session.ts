// The page's lesson session for the app's open project, with progress kept in this browser's localStorage.
import type { Playground } from '../../state/playground.svelte';
import { lessonSessionOf, type LessonSession } from '../../state/lessons/lesson-session.svelte';
import type { ProgressStorage } from '../../state/lessons/lesson-progress';

function browserStorage(): ProgressStorage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    // Storage is refused (some privacy settings): progress lasts for this page.
    return undefined;
  }
}

export function sessionFor(app: Playground): LessonSession {
  return lessonSessionOf(app.engine, app.project.id, browserStorage());
}
