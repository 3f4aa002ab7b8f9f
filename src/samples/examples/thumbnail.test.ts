import { expect, it } from 'vitest';
import { createEngine } from '../../engine/engine';
import { readProject } from '../../project/migrations';
import { restoreServiceSlices } from '../../state/projects/service-slice';
import { SERVICE_SLICES } from '../../state/service-registry';
import { inProcessSandboxes, nodeCompiler, systemClock } from '../../../workers/testing/in-process-ports';
import { thumbnailExample } from './thumbnail';

it('is a valid project whose buckets, role and permission restore into the engine', async () => {
  const read = readProject(thumbnailExample());
  if (!read.ok) throw new Error(read.message);
  const doc = read.doc;
  const engine = createEngine({ compiler: await nodeCompiler(), sandboxes: inProcessSandboxes().factory, clock: systemClock });
  const fn = doc.functions[0]!;
  await engine.lambda.createFunction({ FunctionName: fn.name, Runtime: fn.runtime, Handler: fn.handler, Code: { Files: fn.files } });
  const problems: string[] = [];
  const kept = await restoreServiceSlices(engine, SERVICE_SLICES, doc, (m) => problems.push(m));
  expect(problems).toEqual([]);
  // Nothing had to be kept back: every slice restored.
  expect(kept).toEqual({});
  expect(engine.s3.listBucketDefs().map((b) => b.name)).toEqual(['photos', 'thumbnails']);
  const config = await engine.lambda.getFunctionConfiguration({ FunctionName: 'make-thumbnail' });
  // The function's default role is the example's role, which allows exactly the two S3 calls.
  const role = engine.iam.roleOf({ functionName: 'make-thumbnail', roleArn: config.Role });
  expect(role.roleName).toBe('make-thumbnail-role');
  expect(engine.iam.mayInvoke('make-thumbnail', undefined, { service: 's3.amazonaws.com', sourceArn: 'arn:aws:s3:::photos', sourceAccount: '123456789012' }).allowed).toBe(true);
  expect(engine.iam.mayInvoke('make-thumbnail', undefined, { service: 's3.amazonaws.com', sourceArn: 'arn:aws:s3:::thumbnails', sourceAccount: '123456789012' }).allowed).toBe(false);
  engine.dispose();
});
