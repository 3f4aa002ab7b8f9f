// Probes for DynamoDB: a write reaching its stream consumer, beside the IndexedDB write it sits on.
// Like probes.mjs, each function runs inside the page (page.evaluate), so it is self-contained.

/** IndexedDB put of one small record in its own transaction: what a PutItem persists. */
export async function rawIdbPutRecord({ reps }) {
  const name = `bench-item-${Math.random()}`;
  const db = await new Promise((res, rej) => { const q = indexedDB.open(name, 1); q.onupgradeneeded = () => q.result.createObjectStore('s'); q.onsuccess = () => res(q.result); q.onerror = () => rej(q.error); });
  const out = [];
  for (let i = 0; i < reps; i++) {
    const t = performance.now();
    await new Promise((res) => { const tx = db.transaction('s', 'readwrite'); tx.objectStore('s').put({ pk: { S: `item-${i}` }, n: { N: String(i) } }, i); tx.oncomplete = res; });
    out.push(performance.now() - t);
  }
  db.close();
  indexedDB.deleteDatabase(name);
  return out;
}

/**
 * PutItem → the stream's consumer starts: from the call to the START line of the invocation the
 * event source mapping makes (the log's timestamp). The consumer is warm after the first.
 */
export async function playgroundStreamTrigger({ reps }) {
  const { lambda, dynamodb, iam, logs } = window.playground;
  const fn = 'bench-stream';
  const table = 'bench-stream';
  await dynamodb.createTable({
    TableName: table, BillingMode: 'PAY_PER_REQUEST', StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_IMAGE' },
    AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
  });
  await lambda.createFunction({ FunctionName: fn, Code: { Files: { 'index.mjs': 'export const handler = async () => {};' } } });
  await iam.putFunctionRolePolicy(fn, 'stream', JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: ['dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:DescribeStream', 'dynamodb:ListStreams'], Resource: '*' }],
  }));
  const { Table } = await dynamodb.describeTable({ TableName: table });
  await lambda.createEventSourceMapping({ FunctionName: fn, EventSourceArn: Table.LatestStreamArn, StartingPosition: 'LATEST', BatchSize: 1 });
  const starts = () => logs.events(`/aws/lambda/${fn}`).filter((e) => e.message.startsWith('START'));
  const out = [];
  for (let i = 0; i <= reps; i++) {
    const before = starts().length;
    const t = Date.now();
    await dynamodb.putItem({ TableName: table, Item: { pk: { S: `item-${i}` }, n: { N: String(i) } } });
    while (starts().length === before) await new Promise((r) => setTimeout(r, 1));
    if (i > 0) out.push(starts()[before].timestamp - t);
  }
  return out;
}
