import { expect, it } from 'vitest';
import { createEngine } from '../../engine/engine';
import { readProject } from '../../project/migrations';
import { restoreServiceSlices } from '../../state/projects/service-slice';
import { SERVICE_SLICES } from '../../state/service-registry';
import { inProcessSandboxes, nodeCompiler, systemClock } from '../../../workers/testing/in-process-ports';
import { until } from '../../engine/testing/until';
import { notesStreamExample } from './notes-stream';
import { EXAMPLES } from '.';

it('is a valid project whose tables, roles and trigger restore, and whose chain counts a note', async () => {
  const read = readProject(notesStreamExample());
  if (!read.ok) throw new Error(read.message);
  const doc = read.doc;
  const engine = createEngine({ compiler: await nodeCompiler(), sandboxes: inProcessSandboxes().factory, clock: systemClock });
  for (const fn of doc.functions) {
    await engine.lambda.createFunction({ FunctionName: fn.name, Runtime: fn.runtime, Handler: fn.handler, Environment: { Variables: fn.environment }, Code: { Files: fn.files } });
  }
  const problems: string[] = [];
  expect(await restoreServiceSlices(engine, SERVICE_SLICES, doc, (m) => problems.push(m))).toEqual({});
  expect(problems).toEqual([]);
  expect((await engine.dynamodb.scan({ TableName: 'notes' })).Count).toBe(1);
  expect((await engine.lambda.listEventSourceMappings({})).EventSourceMappings).toHaveLength(1);

  const put = await engine.lambda.invoke({ FunctionName: 'put-note', Payload: JSON.stringify({ requestContext: { http: { method: 'POST' } }, body: '{"text":"four words in here"}' }) });
  expect(JSON.parse(put.Payload!).statusCode).toBe(201);
  // getItem answers at once for an in-memory table, so the probe can read its result synchronously.
  let stats: unknown;
  await until(() => {
    void engine.dynamodb.getItem({ TableName: 'note-stats', Key: { statId: { S: 'all' } } }).then((out) => (stats = out.Item));
    return stats;
  }, 10_000);
  expect(stats).toEqual({ statId: { S: 'all' }, notes: { N: '1' }, words: { N: '4' } });
  engine.dispose();
});

it('is listed in the gallery', async () => {
  expect((await EXAMPLES.find((e) => e.id === 'notes-stream')!.load()).name).toBe('DynamoDB stream');
});
