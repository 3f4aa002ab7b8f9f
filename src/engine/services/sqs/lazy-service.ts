// SQS loaded on first use: the service is a chunk of its own, so a project without queues never
// downloads it. Until a queue exists (which takes an asynchronous call), the synchronous reads have
// nothing to report and answer empty.
import type { SqsDeps, SqsService } from './service';

type AsyncOperation = {
  [K in keyof SqsService]: SqsService[K] extends (...args: infer A) => Promise<infer R> ? (...args: A) => Promise<R> : never;
};

/** The same API as createSqsService's, with the service itself loaded when first needed. */
export function lazySqsService(deps: SqsDeps) {
  let service: SqsService | undefined;
  let loading: Promise<SqsService> | undefined;
  const load = () => (loading ??= import('./service').then((module) => (service = module.createSqsService(deps))));
  const later = <K extends keyof SqsService>(name: K) =>
    (async (...args: unknown[]) => ((await load())[name] as (...a: unknown[]) => unknown)(...args)) as AsyncOperation[K];

  return {
    listQueueDefs: (): ReturnType<SqsService['listQueueDefs']> => service?.listQueueDefs() ?? [],
    findQueueDef: (name: string) => service?.findQueueDef(name),
    queueSource: (arn: string) => service?.queueSource(arn),
    messageCounts: (name: string): ReturnType<SqsService['messageCounts']> => service?.messageCounts(name) ?? { visible: 0, inFlight: 0, delayed: 0 },
    peekMessages: (name: string): ReturnType<SqsService['peekMessages']> => service?.peekMessages(name) ?? [],
    dispose: () => service?.dispose(),
    importQueue: later('importQueue'),
    createQueue: later('createQueue'),
    getQueueUrl: later('getQueueUrl'),
    getQueueAttributes: later('getQueueAttributes'),
    setQueueAttributes: later('setQueueAttributes'),
    listQueues: later('listQueues'),
    listDeadLetterSourceQueues: later('listDeadLetterSourceQueues'),
    deleteQueue: later('deleteQueue'),
    purgeQueue: later('purgeQueue'),
    sendMessage: later('sendMessage'),
    sendMessageBatch: later('sendMessageBatch'),
    receiveMessage: later('receiveMessage'),
    deleteMessage: later('deleteMessage'),
    deleteMessageBatch: later('deleteMessageBatch'),
    changeMessageVisibility: later('changeMessageVisibility'),
    changeMessageVisibilityBatch: later('changeMessageVisibilityBatch'),
  } satisfies SqsService;
}
