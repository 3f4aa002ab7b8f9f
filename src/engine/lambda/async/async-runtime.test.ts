import { beforeEach, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../engine';
import { functionArn } from '../../ids';
import { inProcessSandboxes, nodeCompiler, systemClock } from '../../../../workers/testing/in-process-ports';
import { until } from '../../testing/until';

let engine: Engine;
beforeEach(async () => {
  engine = createEngine({ compiler: await nodeCompiler(), sandboxes: inProcessSandboxes().factory, clock: systemClock });
  return () => engine.dispose();
});


it('retries a real handler error on the scaled clock and hands the record to a real destination handler', async () => {
  // 3600: the one-minute retry wait takes about 17 ms of real time.
  engine.lambda.setAsyncTimeScale(3600);
  await engine.lambda.createFunction({
    FunctionName: 'dlq',
    Code: { Files: { 'index.mjs': "export const handler = async (event) => { console.log('RECORD ' + JSON.stringify(event)); };" } },
  });
  await engine.lambda.createFunction({
    FunctionName: 'fails',
    Code: { Files: { 'index.ts': 'export const handler = async (event: { id: number }) => { throw new RangeError(`no order ${event.id}`); };' } },
  });
  await engine.lambda.putFunctionEventInvokeConfig({ FunctionName: 'fails', MaximumRetryAttempts: 1, DestinationConfig: { OnFailure: { Destination: functionArn('dlq') } } });
  const { output, requestId } = await engine.lambda.invokeAsync({ FunctionName: 'fails', Payload: '{"id":3}' });
  expect(output).toEqual({ StatusCode: 202, Payload: '' });

  const line = await until(() => engine.logs.events('/aws/lambda/dlq').find((e) => e.message.includes('RECORD '))?.message);
  const record = JSON.parse(line.slice(line.indexOf('RECORD ') + 7));
  expect(record).toMatchObject({
    version: '1.0',
    requestContext: { requestId, functionArn: `${functionArn('fails')}:$LATEST`, condition: 'RetriesExhausted', approximateInvokeCount: 2 },
    requestPayload: { id: 3 },
    responseContext: { statusCode: 200, executedVersion: '$LATEST', functionError: 'Unhandled' },
    responsePayload: { errorType: 'RangeError', errorMessage: 'no order 3', trace: expect.arrayContaining([expect.stringContaining('RangeError: no order 3')]) },
  });
  // Both runs logged under the event's one request id.
  const starts = engine.logs.events('/aws/lambda/fails').filter((e) => e.message.startsWith('START '));
  expect(starts.map((e) => e.message)).toEqual(Array(2).fill(`START RequestId: ${requestId} Version: $LATEST`));
});
