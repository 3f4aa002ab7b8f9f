import { expect, it } from 'vitest';
import { createEngine } from '../../engine/engine';
import { functionArn } from '../../engine/ids';
import { inProcessSandboxes, nodeCompiler, systemClock } from '../../../workers/testing/in-process-ports';
import { readServiceSlices, restoreServiceSlices } from './service-slice';
import { SERVICE_SLICES } from '../service-registry';

const engineFor = async () => createEngine({ compiler: await nodeCompiler(), sandboxes: inProcessSandboxes().factory, clock: systemClock });
const code = { 'index.mjs': 'export const handler = async () => 1;' };

it('saves and restores asynchronous settings, permissions, roles and buckets, and keeps what cannot be restored', async () => {
  const a = await engineFor();
  for (const name of ['worker', 'dlq']) await a.lambda.createFunction({ FunctionName: name, Code: { Files: code } });
  await a.lambda.putFunctionEventInvokeConfig({ FunctionName: 'worker', MaximumRetryAttempts: 0, DestinationConfig: { OnFailure: { Destination: functionArn('dlq') } } });
  a.lambda.addPermission({ FunctionName: 'worker', StatementId: 's3', Action: 'lambda:InvokeFunction', Principal: 's3.amazonaws.com', SourceArn: 'arn:aws:s3:::inbox' });
  await a.s3.createBucket({ Bucket: 'inbox' });
  const slices = readServiceSlices(a, SERVICE_SLICES);
  expect(slices.eventInvokeConfigs).toEqual([{ FunctionName: 'worker', MaximumRetryAttempts: 0, DestinationConfig: { OnFailure: { Destination: functionArn('dlq') } } }]);

  const b = await engineFor();
  for (const name of ['worker', 'dlq']) await b.lambda.createFunction({ FunctionName: name, Code: { Files: code } });
  const problems: string[] = [];
  const broken = { FunctionName: 'missing', MaximumRetryAttempts: 1 };
  const kept = await restoreServiceSlices(b, SERVICE_SLICES, { ...slices, eventInvokeConfigs: [...slices.eventInvokeConfigs!, broken] }, (m) => problems.push(m));
  expect(await b.lambda.getFunctionEventInvokeConfig({ FunctionName: 'worker' })).toMatchObject({ MaximumRetryAttempts: 0, DestinationConfig: { OnFailure: { Destination: functionArn('dlq') } } });
  expect(b.iam.policies.statementsFor('worker')).toHaveLength(1);
  expect(b.s3.listBucketDefs().map((d) => d.name)).toEqual(['inbox']);
  expect(kept.eventInvokeConfigs).toEqual([broken]);
  expect(problems).toEqual([expect.stringContaining('Could not restore the asynchronous settings of missing')]);

  // Deleting a function deletes its resource-based policy, as Lambda does.
  await b.lambda.deleteFunction({ FunctionName: 'worker' });
  expect(b.iam.policies.list()).toEqual([]);
  a.dispose();
  b.dispose();
});
