// The renderer main thread's CPU time in a Chromium trace, per window of the page's clock: on a
// loaded machine wall time says how long the page waited, CPU time how much work it had to do.

const TASK = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);
/** Kinds of work worth naming inside the tasks (they nest, so their sums overlap). */
const KINDS = new Map([
  ['v8.evaluateModule', 'evaluate modules'], ['EvaluateScript', 'evaluate scripts'], ['v8.compileModule', 'compile modules'],
  ['v8.compile', 'compile scripts'], ['FunctionCall', 'JavaScript (calls)'], ['RunMicrotasks', 'JavaScript (microtasks)'],
  ['UpdateLayoutTree', 'style'], ['Layout', 'layout'], ['Paint', 'paint'], ['ParseHTML', 'parse HTML'],
  ['MinorGC', 'GC'], ['MajorGC', 'GC'], ['FireAnimationFrame', 'animation frames'], ['FireIdleCallback', 'idle callbacks'],
]);

/** `windows`: [[fromMs, toMs, label], …] in the page's clock (ms since navigation start). */
export function mainThreadCpu(events, windows) {
  const threadName = new Map();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threadName.set(`${e.pid}:${e.tid}`, e.args.name);
  // The page's own navigation (frames the page opens later have one too, without a document URL).
  const navigation = events.filter((e) => e.name === 'navigationStart' && threadName.get(`${e.pid}:${e.tid}`) === 'CrRendererMain' && e.args?.data?.documentLoaderURL?.startsWith('http')).at(-1);
  if (!navigation) throw new Error('no navigationStart in the trace');
  const thread = `${navigation.pid}:${navigation.tid}`;
  const on = events.filter((e) => `${e.pid}:${e.tid}` === thread && e.ph === 'X' && e.dur !== undefined);
  const taskName = on.some((e) => e.name === 'ThreadControllerImpl::RunTask') ? 'ThreadControllerImpl::RunTask' : 'RunTask';
  const at = (e) => (e.ts - navigation.ts) / 1000;
  return windows.map(([from, to, label]) => {
    const inside = on.filter((e) => at(e) >= from && at(e) < to);
    const tasks = inside.filter((e) => e.name === taskName);
    const kinds = new Map();
    for (const e of inside) {
      const kind = KINDS.get(e.name);
      if (kind && !TASK.has(e.name)) kinds.set(kind, (kinds.get(kind) ?? 0) + (e.tdur ?? 0) / 1000);
    }
    return {
      label, from, to,
      cpu: tasks.reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000,
      wall: tasks.reduce((sum, e) => sum + e.dur, 0) / 1000,
      longest: Math.max(0, ...tasks.map((e) => e.dur / 1000)),
      kinds: [...kinds].sort((a, b) => b[1] - a[1]),
    };
  });
}

export const TRACE_CATEGORIES = ['devtools.timeline', 'v8.execute', 'blink.user_timing', 'loading', 'toplevel'];
