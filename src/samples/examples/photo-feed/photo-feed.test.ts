import { expect, it } from 'vitest';
import { createEngine } from '../../../engine/engine';
import { readProject } from '../../../project/migrations';
import { restoreServiceSlices } from '../../../state/projects/service-slice';
import { SERVICE_SLICES } from '../../../state/service-registry';
import { inProcessSandboxes, nodeCompiler, systemClock } from '../../../../workers/testing/in-process-ports';
import { photoFeedExample } from '.';

it('is a valid project whose bucket, tables, roles, permission and stream trigger all restore', async () => {
  const read = readProject(photoFeedExample());
  if (!read.ok) throw new Error(read.message);
  const engine = createEngine({ compiler: await nodeCompiler(), sandboxes: inProcessSandboxes().factory, clock: systemClock });
  for (const fn of read.doc.functions) {
    await engine.lambda.createFunction({ FunctionName: fn.name, Runtime: fn.runtime, Handler: fn.handler, Environment: { Variables: fn.environment }, Code: { Files: fn.files } });
  }
  const problems: string[] = [];
  expect(await restoreServiceSlices(engine, SERVICE_SLICES, read.doc, (m) => problems.push(m))).toEqual({});
  expect(problems).toEqual([]);
  expect(engine.dynamodb.listTableDefs().map((t) => t.name)).toEqual(['feeds', 'followers', 'photo-metadata']);
  expect((await engine.dynamodb.query({ TableName: 'followers', KeyConditionExpression: 'userId = :u', ExpressionAttributeValues: { ':u': { S: 'ana' } } })).Count).toBe(2);
  const [mapping] = (await engine.lambda.listEventSourceMappings({ FunctionName: 'fan-out-feed' })).EventSourceMappings;
  expect(mapping?.EventSourceArn).toBe((await engine.dynamodb.describeTable({ TableName: 'photo-metadata' })).Table.LatestStreamArn);
  // The fan-out hop on its own: a metadata item reaches both followers' feeds through the stream.
  await engine.dynamodb.putItem({ TableName: 'photo-metadata', Item: { photoId: { S: 'ana/p.png' }, owner: { S: 'ana' }, uploadedAt: { S: '2026-12-07T09:00:00.000Z' } } });
  const deadline = Date.now() + 10_000;
  let feed = 0;
  while (feed < 2 && Date.now() < deadline) {
    feed = ((await engine.dynamodb.scan({ TableName: 'feeds' })).Count as number) ?? 0;
    await new Promise((r) => setTimeout(r, 50));
  }
  expect(feed).toBe(2);
  engine.dispose();
});
