// EventBridge loaded on first use: the service, its cron and pattern languages are a chunk of their
// own, so a project without rules never downloads them. Until a rule exists (which takes an
// asynchronous call), the synchronous reads have nothing to report and answer empty.
import type { EventBridgeDeps, EventBridgeService } from './service';

type AsyncOperation = {
  [K in keyof EventBridgeService]: EventBridgeService[K] extends (...args: infer A) => Promise<infer R> ? (...args: A) => Promise<R> : never;
};

/** The same API as createEventBridgeService's, with the service itself loaded when first needed. */
export function lazyEventBridgeService(deps: EventBridgeDeps) {
  let service: EventBridgeService | undefined;
  let loading: Promise<EventBridgeService> | undefined;
  let disposed = false;
  const load = () =>
    (loading ??= import('./service').then((module) => {
      service = module.createEventBridgeService(deps);
      if (disposed) service.dispose();
      return service;
    }));
  const later = <K extends keyof EventBridgeService>(name: K) =>
    (async (...args: unknown[]) => ((await load())[name] as (...a: unknown[]) => unknown)(...args)) as AsyncOperation[K];

  return {
    listRuleDefs: (): ReturnType<EventBridgeService['listRuleDefs']> => service?.listRuleDefs() ?? [],
    findRuleDef: (name: string) => service?.findRuleDef(name),
    nextFireTimes: (ruleName: string, n?: number): number[] => service?.nextFireTimes(ruleName, n) ?? [],
    lastFirings: (ruleName: string): ReturnType<EventBridgeService['lastFirings']> => service?.lastFirings(ruleName) ?? [],
    dispose: () => {
      disposed = true;
      service?.dispose();
    },
    importRule: later('importRule'),
    putRule: later('putRule'),
    describeRule: later('describeRule'),
    listRules: later('listRules'),
    deleteRule: later('deleteRule'),
    enableRule: later('enableRule'),
    disableRule: later('disableRule'),
    putTargets: later('putTargets'),
    removeTargets: later('removeTargets'),
    listTargetsByRule: later('listTargetsByRule'),
    putEvents: later('putEvents'),
    sendEvents: later('sendEvents'),
    testEventPattern: later('testEventPattern'),
    previewSchedule: later('previewSchedule'),
  } satisfies EventBridgeService;
}

export type LazyEventBridgeService = ReturnType<typeof lazyEventBridgeService>;
