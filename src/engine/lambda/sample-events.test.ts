import { readFileSync, readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../engine';
import { inProcessSandboxes, nodeCompiler, systemClock } from '../../../workers/testing/in-process-ports';

// Official AWS sample events (test-fixtures/events, copied from aws-lambda-go and aws-sam-cli).
const root = new URL('../../../test-fixtures/events/', import.meta.url);
const samples = ['aws-lambda-go', 'aws-sam-cli'].flatMap((dir) =>
  readdirSync(new URL(`${dir}/`, root)).filter((f) => f.endsWith('.json')).map((f) => ({ name: `${dir}/${f}`, json: readFileSync(new URL(`${dir}/${f}`, root), 'utf8') })),
);

let engine: Engine;
beforeAll(async () => {
  engine = createEngine({ compiler: await nodeCompiler(), sandboxes: inProcessSandboxes().factory, clock: systemClock });
  // A handler in each style that reports what it received: the event must arrive unchanged.
  await engine.lambda.createFunction({ FunctionName: 'echo-async', Runtime: 'nodejs24.x', Code: { Files: { 'index.mjs': 'export const handler = async (event) => event;' } } });
  await engine.lambda.createFunction({ FunctionName: 'echo-callback', Runtime: 'nodejs22.x', Code: { Files: { 'index.js': 'exports.handler = (event, context, callback) => callback(null, event);' } } });
  await engine.lambda.createFunction({ FunctionName: 'echo-done', Runtime: 'nodejs20.x', Code: { Files: { 'index.js': 'exports.handler = function (event, context) { context.done(null, event); };' } } });
  return () => engine.dispose();
});

describe('official sample events as inputs', () => {
  it('there are samples to test with', () => expect(samples.length).toBeGreaterThanOrEqual(15));

  for (const sample of samples) {
    it(`${sample.name} reaches async, callback and context.done handlers unchanged`, async () => {
      for (const fn of ['echo-async', 'echo-callback', 'echo-done']) {
        const out = await engine.lambda.invoke({ FunctionName: fn, Payload: sample.json });
        expect(out.FunctionError).toBeUndefined();
        expect(JSON.parse(out.Payload)).toEqual(JSON.parse(sample.json));
      }
    });
  }
});
