import { afterEach, expect, it } from 'vitest';
import type { Engine } from '../../engine/engine';
import type { LessonCheck } from '../../project/types';
import { testEngine, until } from '../shared/state-test-engine';
import { checkHolds } from './lesson-checks';
import { LessonHistoryRecorder } from './lesson-history';
import { gatherWorld } from './lesson-world';

let engine: Engine | undefined;
afterEach(() => engine?.dispose());

const READER = `import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
const s3 = new S3Client({});
export const handler = async (event) => {
  if (event.read) await s3.send(new GetObjectCommand({ Bucket: 'photos', Key: 'cat.jpg' }));
  return { statusCode: 200, body: 'item ' + (event.pathParameters?.id ?? '') };
};`;

it('answers checks from the real engine: settings, cold and warm starts, objects, role decisions, AccessDenied and API responses', async () => {
  const e = (engine = await testEngine());
  const recorder = new LessonHistoryRecorder();
  e.events.on((event) => void recorder.record(event));
  const holds = async (check: LessonCheck) => checkHolds(check, await gatherWorld(e, [check]), recorder.snapshot());

  await e.lambda.createFunction({ FunctionName: 'reader', Code: { Files: { 'index.mjs': READER } } });
  expect(await holds({ kind: 'functionExists', name: 'reader', memory: 256 })).toBe(false);
  await e.lambda.updateFunctionConfiguration({ FunctionName: 'reader', MemorySize: 256 });
  expect(await holds({ kind: 'functionExists', name: 'reader', memory: 256 })).toBe(true);

  expect(await holds({ kind: 'invoked', function: 'reader', coldStart: false })).toBe(false);
  await e.lambda.invoke({ FunctionName: 'reader', Payload: '{}' });
  expect(await holds({ kind: 'invoked', function: 'reader', coldStart: true, memory: 256 })).toBe(true);
  expect(await holds({ kind: 'invoked', function: 'reader', coldStart: false })).toBe(false);
  await e.lambda.invoke({ FunctionName: 'reader', Payload: '{}' });
  expect(await holds({ kind: 'invoked', function: 'reader', coldStart: false, succeeded: true })).toBe(true);

  await e.s3.createBucket({ Bucket: 'photos' });
  expect(await holds({ kind: 'objectExists', bucket: 'photos', keySuffix: '.jpg' })).toBe(false);
  await e.s3.putObject({ Bucket: 'photos', Key: 'cat.jpg', Body: 'meow' });
  expect(await holds({ kind: 'objectExists', bucket: 'photos', keySuffix: '.jpg' })).toBe(true);

  // The role Lambda gives a new function allows logging only: reading the photo is refused.
  expect(await holds({ kind: 'roleAllows', function: 'reader', action: 's3:GetObject' })).toBe(false);
  await e.lambda.invoke({ FunctionName: 'reader', Payload: '{"read":true}' });
  expect(await holds({ kind: 'denied', function: 'reader', action: 's3:GetObject' })).toBe(true);
  const FunctionConfiguration = await e.lambda.getFunctionConfiguration({ FunctionName: 'reader' });
  const role = e.iam.roleOf({ functionName: 'reader', roleArn: FunctionConfiguration.Role });
  e.iam.roles.putRolePolicy(role.roleName, 'read-photos', JSON.stringify({
    Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::photos/*' }],
  }));
  expect(await holds({ kind: 'roleAllows', function: 'reader', action: 's3:GetObject' })).toBe(true);
  expect(await holds({ kind: 'roleAllows', function: 'reader', action: 's3:GetObject', resource: 'arn:aws:s3:::photos/cat.jpg' })).toBe(true);
  expect(await holds({ kind: 'roleAllows', function: 'reader', action: 's3:GetObject', resource: 'arn:aws:s3:::other/cat.jpg' })).toBe(false);

  const api = e.apigateway.createApi({ name: 'items', kind: 'http' });
  e.apigateway.createRoute(api.id, { routeKey: 'GET /items/{id}', target: { functionName: 'reader' } });
  expect(await holds({ kind: 'routeExists', routeKey: 'GET /items/{id}' })).toBe(true);
  await e.apigateway.handle({ method: 'GET', path: `/${api.id}/items/1`, query: '', headers: [] });
  await until(() => recorder.snapshot().apiResponses.length > 0);
  expect(await holds({ kind: 'apiResponded', method: 'GET', path: '/items/1', status: 200 })).toBe(true);
  expect(await holds({ kind: 'apiResponded', method: 'GET', path: '/items/{id}', status: 200 })).toBe(true);
  expect(await holds({ kind: 'apiResponded', method: 'GET', path: '/items/2' })).toBe(false);
});

it('keeps only the newest entries of each kind', () => {
  const recorder = new LessonHistoryRecorder(2);
  for (const time of [1, 2, 3]) recorder.record({ type: 'throttle', functionName: 'f', reason: 'ReservedFunctionConcurrentInvocationLimitExceeded', time });
  expect(recorder.snapshot().throttles.map((t) => t.time)).toEqual([2, 3]);
  expect(recorder.record({ type: 'functions-changed' })).toBe(false);
});
