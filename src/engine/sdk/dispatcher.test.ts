import { describe, expect, it } from 'vitest';
import { ServiceError } from '../errors';
import { MemoryObjectStore } from '../services/s3/memory-object-store';
import { createS3Service } from '../services/s3/service';
import type { RequestIdentity, S3Event } from '../services/s3/event-record';
import { ManualClock } from '../testing/fake-ports';
import { createSdkDispatcher, roleIdentity, type SdkAuthorize, type SdkInvoke } from './dispatcher';
import type { SdkCall, SdkCaller, SdkResult } from './types';

const caller: SdkCaller = { functionName: 'app', version: '$LATEST', roleArn: 'arn:aws:iam::123456789012:role/app-role', requestId: 'req-1', chain: { originId: 'o', count: 2 } };
const denied = (action: string) => new ServiceError('AccessDenied', `not allowed: ${action}`, 403);

async function setup(authorize?: SdkAuthorize, invoke: SdkInvoke = async () => ({ StatusCode: 200, Payload: '"ok"', ExecutedVersion: '$LATEST' })) {
  const events: S3Event[] = [];
  const identities: RequestIdentity[] = [];
  const s3 = createS3Service({
    store: new MemoryObjectStore(), clock: new ManualClock(), changed: () => {},
    notify: (_target, event, identity) => (events.push(event), identities.push(identity)),
  });
  await s3.createBucket({ Bucket: 'bkt' });
  const dispatch = createSdkDispatcher({ s3, invoke, ...(authorize ? { authorize } : {}) });
  const call = (service: SdkCall['service'], operation: string, input: Record<string, unknown>, region?: string) =>
    dispatch({ service, operation, input, ...(region ? { region } : {}) }, caller);
  return { s3, events, identities, call };
}

const errorOf = (result: SdkResult) => (result.ok ? undefined : result.error);

describe('the SDK dispatcher', () => {
  it('answers inputs the SDK would never send with a 400, without throwing', async () => {
    const { call } = await setup();
    expect(errorOf(await call('s3', 'GetObject', { Bucket: 42, Key: 'k' }))).toMatchObject({ name: 'InvalidRequest', statusCode: 400, message: 'Bucket must be a non-empty string.' });
    expect(errorOf(await call('s3', 'PutObject', { Bucket: 'bkt', Key: 'k', Body: { not: 'bytes' } }))).toMatchObject({ name: 'InvalidRequest', statusCode: 400 });
    expect(errorOf(await call('s3', 'SelectObjectContent', { Bucket: 'bkt' }))).toMatchObject({ name: 'UnknownOperationException', statusCode: 400 });
    expect(errorOf(await call('s3', 'constructor', {}))).toMatchObject({ name: 'UnknownOperationException' });
    expect(errorOf(await call('lambda', 'Invoke', { FunctionName: 'f', Payload: { a: 1 } }))).toMatchObject({ name: 'InvalidParameterValueException', statusCode: 400 });
  });

  it('gives S3 errors the members of S3 error bodies, and host failures a bare 500', async () => {
    const { call } = await setup(() => {
      throw new Error('secret host detail');
    });
    const failure = errorOf(await call('s3', 'ListBuckets', {}))!;
    expect(failure).toMatchObject({ name: 'InternalError', statusCode: 500, fields: { Code: 'InternalError' } });
    expect(JSON.stringify(failure)).not.toContain('secret');
    const missing = errorOf(await (await setup()).call('s3', 'GetObject', { Bucket: 'bkt', Key: 'nope' }))!;
    expect(missing.fields).toEqual({ Code: 'NoSuchKey', Key: 'nope', RequestId: missing.requestId, HostId: missing.extendedRequestId });
  });

  it('writes as the function role: event records name its session, and the chain goes on to the notified function', async () => {
    const { s3, events, identities, call } = await setup();
    await s3.putBucketNotificationConfiguration({ Bucket: 'bkt', NotificationConfiguration: { LambdaFunctionConfigurations: [{ LambdaFunctionArn: 'f', Events: ['s3:ObjectCreated:*'] }] } });
    expect(await call('s3', 'PutObject', { Bucket: 'bkt', Key: 'k', Body: new Uint8Array([1, 2]) })).toMatchObject({ ok: true, output: { $metadata: { httpStatusCode: 200 } } });
    const principal = events[0]!.Records[0]!.userIdentity.principalId;
    expect(principal).toBe(roleIdentity(caller).principalId);
    expect(principal).toMatch(/^AWS:AROA[0-9A-Z]{17}:app$/);
    expect(identities[0]).toEqual({ ...roleIdentity(caller), chain: { originId: 'o', count: 2 } });
  });

  it('checks DeleteObjects key by key: denied keys come back in Errors, the others are deleted', async () => {
    const { s3, call } = await setup((_c, action, resource) => (resource.endsWith('/keep') ? denied(action) : undefined));
    for (const Key of ['keep', 'drop']) await s3.putObject({ Bucket: 'bkt', Key, Body: Key });
    const result = await call('s3', 'DeleteObjects', { Bucket: 'bkt', Delete: { Objects: [{ Key: 'keep' }, { Key: 'drop' }] } });
    expect(result).toMatchObject({ ok: true, output: { Deleted: [{ Key: 'drop' }], Errors: [{ Key: 'keep', Code: 'AccessDenied', Message: 'not allowed: s3:DeleteObject' }] } });
    expect((await s3.listObjectsV2({ Bucket: 'bkt' })).Contents?.map((c) => c.Key)).toEqual(['keep']);
  });

  it('hides whether a key exists from a role without s3:ListBucket, and HEAD denials have no message', async () => {
    const { s3, call } = await setup((_c, action) => (action === 's3:ListBucket' ? denied(action) : undefined));
    await s3.putObject({ Bucket: 'bkt', Key: 'here', Body: 'x' });
    expect(errorOf(await call('s3', 'GetObject', { Bucket: 'bkt', Key: 'absent' }))).toMatchObject({ name: 'AccessDenied', statusCode: 403, message: 'not allowed: s3:ListBucket' });
    expect(errorOf(await call('s3', 'HeadObject', { Bucket: 'bkt', Key: 'absent' }))).toMatchObject({ name: '403', statusCode: 403, message: 'UnknownError' });
    expect(await call('s3', 'GetObject', { Bucket: 'bkt', Key: 'here' })).toMatchObject({ ok: true });
    const headDenied = await setup((_c, action) => denied(action));
    expect(errorOf(await headDenied.call('s3', 'HeadBucket', { Bucket: 'bkt' }))).toMatchObject({ name: '403', message: 'UnknownError' });
  });

  it('needs s3:GetObject on the source and s3:PutObject on the target of a copy', async () => {
    const asked: string[] = [];
    const { s3, call } = await setup((_c, action, resource) => void asked.push(`${action} ${resource}`));
    await s3.putObject({ Bucket: 'bkt', Key: 'src key', Body: 'x' });
    expect(await call('s3', 'CopyObject', { Bucket: 'bkt', Key: 'dst', CopySource: 'bkt/src%20key' })).toMatchObject({ ok: true });
    expect(asked).toEqual(['s3:GetObject arn:aws:s3:::bkt/src key', 's3:PutObject arn:aws:s3:::bkt/dst']);
  });

  it('hands IAM the condition keys of a listing (s3:prefix, s3:delimiter, s3:max-keys)', async () => {
    const contexts: unknown[] = [];
    const { call } = await setup((_c, _action, _resource, context) => void contexts.push(context));
    expect(await call('s3', 'ListObjectsV2', { Bucket: 'bkt', Prefix: 'home/', Delimiter: '/', MaxKeys: 5 })).toMatchObject({ ok: true });
    expect(contexts).toEqual([{ 's3:prefix': 'home/', 's3:delimiter': '/', 's3:max-keys': '5' }]);
    expect(errorOf(await call('s3', 'ListObjectsV2', { Bucket: 'bkt', MaxKeys: { toString: 'x' } }))).toMatchObject({ name: 'InvalidRequest', message: 'MaxKeys must be a number.' });
  });

  it('refuses object headers, ranges and metadata of the wrong type before they reach S3', async () => {
    const { call } = await setup();
    expect(errorOf(await call('s3', 'PutObject', { Bucket: 'bkt', Key: 'k', Body: 'x', ContentType: 1 }))).toMatchObject({ name: 'InvalidRequest', statusCode: 400, message: 'ContentType must be a string.' });
    expect(errorOf(await call('s3', 'PutObject', { Bucket: 'bkt', Key: 'k', Body: 'x', Metadata: { a: 1 } }))).toMatchObject({ message: 'Metadata must be an object of strings.' });
    expect(errorOf(await call('s3', 'GetObject', { Bucket: 'bkt', Key: 'k', Range: 5 }))).toMatchObject({ message: 'Range must be a string.' });
    expect(errorOf(await call('s3', 'CopyObject', { Bucket: 'bkt', Key: 'k', CopySource: 'bkt/a', MetadataDirective: ['COPY'] }))).toMatchObject({ message: 'MetadataDirective must be a string.' });
  });

  it('takes the invoked request id from the engine\'s invokeWithRecord answer', async () => {
    const { call } = await setup(undefined, async () => ({ output: { StatusCode: 202, Payload: '' }, requestId: 'queued-id' }));
    expect(await call('lambda', 'Invoke', { FunctionName: 'f', InvocationType: 'Event' })).toEqual({
      ok: true, output: { StatusCode: 202, Payload: new Uint8Array(0), $metadata: { httpStatusCode: 202, requestId: 'queued-id', attempts: 1, totalRetryDelay: 0 } },
    });
  });

  it('invokes with lambda:InvokeFunction on the qualified ARN, for the caller, and answers bytes', async () => {
    const asked: string[] = [];
    const seen: Array<[unknown, SdkCaller]> = [];
    const { call } = await setup(
      (_c, action, resource) => void asked.push(`${action} ${resource}`),
      async (input, who) => {
        seen.push([input, who]);
        return { output: { StatusCode: 200, Payload: '{"n":1}', ExecutedVersion: '2' }, record: { requestId: 'invoked-id' } };
      },
    );
    const result = await call('lambda', 'Invoke', { FunctionName: 'other', Qualifier: 'live', Payload: '{}', ClientContext: 'ignored' });
    expect(asked).toEqual(['lambda:InvokeFunction arn:aws:lambda:us-east-1:123456789012:function:other:live']);
    expect(seen).toEqual([[{ FunctionName: 'other', Qualifier: 'live', Payload: '{}' }, caller]]);
    expect(result).toEqual({
      ok: true,
      output: { StatusCode: 200, Payload: new TextEncoder().encode('{"n":1}'), ExecutedVersion: '2', $metadata: { httpStatusCode: 200, requestId: 'invoked-id', attempts: 1, totalRetryDelay: 0 } },
    });
  });

  it('finds nothing of the account from a client set to another region', async () => {
    const { call } = await setup();
    expect(errorOf(await call('lambda', 'Invoke', { FunctionName: 'f' }, 'eu-west-1'))).toMatchObject({
      name: 'ResourceNotFoundException', statusCode: 404, message: 'Function not found: arn:aws:lambda:eu-west-1:123456789012:function:f',
    });
    expect(errorOf(await call('s3', 'GetObject', { Bucket: 'bkt', Key: 'k' }, 'eu-west-1'))).toMatchObject({ name: 'PermanentRedirect', statusCode: 301, fields: { Endpoint: 'bkt.s3.amazonaws.com' } });
    expect(errorOf(await call('s3', 'GetObject', { Bucket: 'elsewhere', Key: 'k' }, 'eu-west-1'))).toMatchObject({ name: 'NoSuchBucket', statusCode: 404 });
    expect(await call('s3', 'ListBuckets', {}, 'eu-west-1')).toMatchObject({ ok: true });
    expect(await call('s3', 'ListBuckets', {}, 'us-east-1')).toMatchObject({ ok: true });
  });
});
