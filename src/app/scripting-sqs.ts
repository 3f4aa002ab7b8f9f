// `window.playground.sqs`: the simulated SQS with the AWS SDK v3 input and output shapes (attribute
// values as strings, binary message attributes as Uint8Array), as SQSClient sends them; messages
// sent from here carry the account as their SenderId, as the console's do.
import type { Engine } from '../engine/engine';

export function createSqsScripting(sqs: Engine['sqs']) {
  return {
    createQueue: sqs.createQueue,
    getQueueUrl: sqs.getQueueUrl,
    getQueueAttributes: sqs.getQueueAttributes,
    setQueueAttributes: sqs.setQueueAttributes,
    listQueues: sqs.listQueues,
    listDeadLetterSourceQueues: sqs.listDeadLetterSourceQueues,
    deleteQueue: sqs.deleteQueue,
    purgeQueue: sqs.purgeQueue,
    sendMessage: (input: Record<string, unknown>) => sqs.sendMessage(input),
    sendMessageBatch: (input: Record<string, unknown>) => sqs.sendMessageBatch(input),
    receiveMessage: sqs.receiveMessage,
    deleteMessage: sqs.deleteMessage,
    deleteMessageBatch: sqs.deleteMessageBatch,
    changeMessageVisibility: sqs.changeMessageVisibility,
    changeMessageVisibilityBatch: sqs.changeMessageVisibilityBatch,
    /** Not an AWS API: visible, in-flight and delayed messages of a queue, by name. */
    messageCounts: (queueName: string) => sqs.messageCounts(queueName),
    /** Not an AWS API: a queue's messages and their states, oldest first, without receiving them. */
    peekMessages: (queueName: string) => sqs.peekMessages(queueName),
  };
}
