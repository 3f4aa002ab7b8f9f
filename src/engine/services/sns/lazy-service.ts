// SNS loaded on first use: the service and its filter-policy language are a chunk of their own, so a
// project without topics never downloads them. Until a topic exists (which takes an asynchronous
// call), the synchronous reads have nothing to report and answer empty.
import type { SnsDeps, SnsService } from './service';

type AsyncOperation = {
  [K in keyof SnsService]: SnsService[K] extends (...args: infer A) => Promise<infer R> ? (...args: A) => Promise<R> : never;
};

/** The same API as createSnsService's, with the service itself loaded when first needed. */
export function lazySnsService(deps: SnsDeps) {
  let service: SnsService | undefined;
  let loading: Promise<SnsService> | undefined;
  const load = () => (loading ??= import('./service').then((module) => (service = module.createSnsService(deps))));
  const later = <K extends keyof SnsService>(name: K) =>
    (async (...args: unknown[]) => ((await load())[name] as (...a: unknown[]) => unknown)(...args)) as AsyncOperation[K];

  return {
    listTopicDefs: (): ReturnType<SnsService['listTopicDefs']> => service?.listTopicDefs() ?? [],
    findTopicDef: (name: string) => service?.findTopicDef(name),
    importTopic: later('importTopic'),
    createTopic: later('createTopic'),
    deleteTopic: later('deleteTopic'),
    listTopics: later('listTopics'),
    getTopicAttributes: later('getTopicAttributes'),
    setTopicAttributes: later('setTopicAttributes'),
    subscribe: later('subscribe'),
    unsubscribe: later('unsubscribe'),
    listSubscriptions: later('listSubscriptions'),
    listSubscriptionsByTopic: later('listSubscriptionsByTopic'),
    getSubscriptionAttributes: later('getSubscriptionAttributes'),
    setSubscriptionAttributes: later('setSubscriptionAttributes'),
    publish: later('publish'),
    publishBatch: later('publishBatch'),
  } satisfies SnsService;
}
