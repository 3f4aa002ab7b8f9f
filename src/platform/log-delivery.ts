// Log lines reach the host on their own message channel, which is not ordered with the
// call's reply; the runtime reports how many lines it has written so far, and the host
// waits for them all before it writes END and REPORT.

export function createLogDelivery<T>(deliver: (line: T) => void) {
  let received = 0;
  let waiters: Array<{ count: number; wake: () => void }> = [];

  return {
    receive(line: T): void {
      received++;
      deliver(line);
      const ready = waiters.filter((w) => w.count <= received);
      if (ready.length === 0) return;
      waiters = waiters.filter((w) => w.count > received);
      for (const w of ready) w.wake();
    },
    /** Resolves once `count` lines have arrived, or after `maxWaitMs` as a safety net. */
    until(count: number, maxWaitMs = 1000): Promise<void> {
      if (received >= count) return Promise.resolve();
      return new Promise((resolve) => {
        const timer = setTimeout(resolve, maxWaitMs);
        waiters.push({ count, wake: () => (clearTimeout(timer), resolve()) });
      });
    },
  };
}
