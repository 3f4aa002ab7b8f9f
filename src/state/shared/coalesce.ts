// Runs an async job so that calls made while it runs are folded into one more run after it:
// nothing is missed, and a burst of changes costs two runs, not one each.

/** Wraps `job`; every call resolves once a run that started after the call has finished. */
export function coalesce(job: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  let again = false;
  return () => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await Promise.resolve();
          await job();
        } while (again);
      } finally {
        running = undefined;
      }
    })();
    return running;
  };
}
