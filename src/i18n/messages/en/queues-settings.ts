// English labels of a queue's settings (dead-letter queue included) and triggers, and what the queue state says.
export const queuesSettings = {
  'queues.settings': 'Queue settings',
  'queues.visibilityTimeout': 'Visibility timeout (s)',
  'queues.visibilityTimeoutHelp': 'How long a received message stays hidden (0–43200, default 30).',
  'queues.deliveryDelay': 'Delivery delay (s)',
  'queues.deliveryDelayHelp': 'New messages wait this long before they can be received (0–900).',
  'queues.retentionPeriod': 'Retention period (s)',
  'queues.retentionPeriodHelp': 'Messages older than this are deleted (60 s to 14 days, default 4 days).',
  'queues.maximumMessageSize': 'Maximum message size (bytes)',
  'queues.maximumMessageSizeHelp': '1 KiB to 1 MiB.',
  'queues.receiveWaitTime': 'Receive wait time (s)',
  'queues.receiveWaitTimeHelp': 'Long polling for receives that do not set WaitTimeSeconds (0–20).',
  'queues.deadLetterQueue': 'Dead-letter queue',
  'queues.queue': 'Queue',
  'queues.noneOption': 'None',
  'queues.missing': (name: string) => `${name} (missing)`,
  'queues.maximumReceives': 'Maximum receives',
  'queues.dlqMoves': (count: number, arn: string) => `A message received ${count} times without being deleted moves to \`${arn}\` on its next receive.`,
  'queues.dlqCreateAnother': (fifo: boolean) => `Create another ${fifo ? 'FIFO' : 'standard'} queue to use it as this one's dead-letter queue.`,
  'queues.dlqNone': 'Messages that keep failing stay in this queue until they expire.',
  'queues.saveSettings': 'Save settings',
  'queues.saved': 'Saved.',

  'queues.triggers': 'Triggers',
  'queues.noTriggers': 'No function reads this queue yet.',
  'queues.triggersIntro': (visibilityTimeout: number, maxReceiveCount: number | undefined) =>
    `Lambda polls the queue and invokes the function with batches of messages. It deletes a batch when the function succeeds; failed messages become visible again after the visibility timeout (${visibilityTimeout} s)${maxReceiveCount === undefined ? '' : ` and move to the dead-letter queue after ${maxReceiveCount} receives`}.`,
  'queues.trigger': 'Trigger',
  'queues.batchSize': 'Batch size',
  'queues.batchWindow': 'Batch window (s)',
  'queues.batchWindowTitle': 'Needed (at least 1) for batches over 10',
  'queues.maximumConcurrency': 'Maximum concurrency',
  'queues.maximumConcurrencyTitle': '2–1000; 0 for no limit',
  'queues.reportFailures': 'Report batch item failures',
  'queues.roleHint': (functionName: string) =>
    `The function polls the queue as its execution role. Add sqs:ReceiveMessage, sqs:DeleteMessage and sqs:GetQueueAttributes on this queue (as the AWSLambdaSQSQueueExecutionRole policy grants them) to *${functionName}*'s role?`,

};
