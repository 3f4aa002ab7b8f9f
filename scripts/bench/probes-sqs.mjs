// Probes for SQS: a message reaching the function an event source mapping invokes, beside what that
// path cannot avoid (storing the message, and one message to the function's worker and back).
// Like probes.mjs, each function runs inside the page (page.evaluate), so it is self-contained.

/**
 * IndexedDB put of one message-sized record in its own transaction, then a postMessage round trip
 * to a worker: what SendMessage → handler starts sits on (SendMessage stores the message; the
 * invocation is a message to the function's warm worker).
 */
export async function rawIdbPutAndRoundTrip({ reps }) {
  const name = `bench-message-${Math.random()}`;
  const db = await new Promise((res, rej) => { const q = indexedDB.open(name, 1); q.onupgradeneeded = () => q.result.createObjectStore('s'); q.onsuccess = () => res(q.result); q.onerror = () => rej(q.error); });
  const w = new Worker(URL.createObjectURL(new Blob(['onmessage = (e) => postMessage(e.data)'])));
  await new Promise((r) => ((w.onmessage = r), w.postMessage(0)));
  const out = [];
  for (let i = 0; i < reps; i++) {
    const record = { messageId: crypto.randomUUID(), body: `message ${i}`, sentTimestamp: Date.now(), receiveCount: 0 };
    const t = performance.now();
    await new Promise((res) => { const tx = db.transaction('s', 'readwrite'); tx.objectStore('s').put(record, i); tx.oncomplete = res; });
    await new Promise((r) => ((w.onmessage = r), w.postMessage(record)));
    out.push(performance.now() - t);
  }
  w.terminate();
  db.close();
  indexedDB.deleteDatabase(name);
  return out;
}

/**
 * SendMessage (window.playground.sqs) → the consumer starts: from the call to the START line of the
 * invocation an event source mapping with BatchSize 1 and no batching window makes (the log's
 * timestamp). The consumer is warm after the first message, which is not counted.
 */
export async function playgroundQueueTrigger({ reps }) {
  const { lambda, sqs, iam, logs } = window.playground;
  const fn = 'bench-queue-consumer';
  const { QueueUrl } = await sqs.createQueue({ QueueName: 'bench-queue' });
  await lambda.createFunction({ FunctionName: fn, Code: { Files: { 'index.mjs': 'export const handler = async () => {};' } } });
  await iam.putFunctionRolePolicy(fn, 'queue', JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'], Resource: '*' }],
  }));
  const { Attributes } = await sqs.getQueueAttributes({ QueueUrl, AttributeNames: ['QueueArn'] });
  await lambda.createEventSourceMapping({ FunctionName: fn, EventSourceArn: Attributes.QueueArn, BatchSize: 1, MaximumBatchingWindowInSeconds: 0 });
  const starts = () => logs.events(`/aws/lambda/${fn}`).filter((e) => e.message.startsWith('START'));
  const out = [];
  for (let i = 0; i <= reps; i++) {
    const before = starts().length;
    const t = Date.now();
    await sqs.sendMessage({ QueueUrl, MessageBody: `message ${i}` });
    while (starts().length === before) await new Promise((r) => setTimeout(r, 1));
    if (i > 0) out.push(starts()[before].timestamp - t);
    // The next message goes once this one is deleted: each send finds the consumer idle, as a
    // message arriving on a quiet queue would.
    while (sqs.messageCounts('bench-queue').inFlight) await new Promise((r) => setTimeout(r, 1));
  }
  return out;
}
