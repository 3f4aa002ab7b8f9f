import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/engine';
import { functionArn } from '../../engine/ids';
import { BucketNotifications, toConfiguration, toRow } from './bucket-notifications.svelte';
import { LOGGER, testEngine, until } from '../shared/state-test-engine';

let engine: Engine;
let n: BucketNotifications;
beforeEach(async () => {
  engine = await testEngine();
  await engine.lambda.createFunction({ FunctionName: 'on-upload', Code: { Files: { 'index.mjs': LOGGER } } });
  await engine.s3.createBucket({ Bucket: 'photos' });
  n = new BucketNotifications(engine, 'photos');
  await n.load();
});
afterEach(() => engine.dispose());

function fillDraft() {
  n.startNew('on-upload');
  n.draft.events = ['s3:ObjectCreated:*'];
  n.draft.prefix = 'uploads/';
  n.draft.suffix = '.jpg';
}

describe('bucket notifications', () => {
  it('shows S3 refusal when the function does not let S3 invoke it, and names the function to fix', async () => {
    fillDraft();
    expect(await n.save()).toBe(false);
    expect(n.error).toMatch(/^InvalidArgument: Unable to validate the following destination configurations \(arn:aws:lambda:us-east-1:123456789012:function:on-upload: S3 is not allowed/);
    expect(n.missingPermissions).toEqual([{ functionName: 'on-upload' }]);
    expect(n.configs).toEqual([]);
    expect(n.editing).toBe('new');
  });

  it('adds the permission the console suggests and saves, after which uploads reach the function', async () => {
    fillDraft();
    await n.save();
    expect(await n.addPermissionsAndSave()).toBe(true);
    expect(n.error).toBe('');
    expect(n.editing).toBeUndefined();
    const statement = JSON.parse(engine.lambda.getPolicy({ FunctionName: 'on-upload' }).Policy).Statement[0];
    expect(statement).toMatchObject({
      Principal: { Service: 's3.amazonaws.com' },
      Condition: { ArnLike: { 'AWS:SourceArn': 'arn:aws:s3:::photos' }, StringEquals: { 'AWS:SourceAccount': '123456789012' } },
    });
    expect(n.rows).toEqual([{ id: expect.any(String), events: ['s3:ObjectCreated:*'], prefix: 'uploads/', suffix: '.jpg', arn: functionArn('on-upload'), functionName: 'on-upload' }]);

    await engine.s3.putObject({ Bucket: 'photos', Key: 'uploads/my cat.jpg', Body: 'x' });
    const line = await until(() => engine.logs.events('/aws/lambda/on-upload').find((e) => e.message.includes('EVENT '))?.message);
    expect(line).toContain('"key":"uploads/my+cat.jpg"');
  });

  it('edits and deletes configurations, saving the whole list each time as S3 replaces it', async () => {
    engine.lambda.addPermission({ FunctionName: 'on-upload', StatementId: 's3', Action: 'lambda:InvokeFunction', Principal: 's3.amazonaws.com', SourceArn: 'arn:aws:s3:::photos' });
    fillDraft();
    n.draft.id = 'jpgs';
    expect(await n.save()).toBe(true);
    n.startNew('on-upload');
    n.draft.id = 'removals';
    n.draft.events = ['s3:ObjectRemoved:Delete'];
    expect(await n.save()).toBe(true);
    n.edit(0);
    expect(n.draft).toMatchObject({ id: 'jpgs', prefix: 'uploads/', suffix: '.jpg', functionName: 'on-upload', qualifier: '' });
    n.draft.suffix = '.png';
    expect(await n.save()).toBe(true);
    expect(n.rows.map((r) => [r.id, r.suffix])).toEqual([['jpgs', '.png'], ['removals', '']]);
    expect(await n.remove(0)).toBe(true);
    const stored = await engine.s3.getBucketNotificationConfiguration({ Bucket: 'photos' });
    expect(stored.LambdaFunctionConfigurations?.map((c) => c.Id)).toEqual(['removals']);
  });

  it('says what is missing before asking S3, and passes S3 own checks on', async () => {
    n.startNew('on-upload');
    n.draft.events = [];
    expect(await n.save()).toBe(false);
    expect(n.error).toBe('Choose at least one event type.');
    engine.lambda.addPermission({ FunctionName: 'on-upload', StatementId: 's3', Action: 'lambda:InvokeFunction', Principal: 's3.amazonaws.com', SourceArn: 'arn:aws:s3:::photos' });
    n.draft.events = ['s3:ObjectCreated:*'];
    await n.save();
    n.startNew('on-upload');
    expect(await n.save()).toBe(false);
    expect(n.error).toBe('InvalidArgument: Configurations overlap. Configurations on the same bucket cannot share a common event type.');
    expect(n.missingPermissions).toEqual([]);
  });

  it('maps drafts to S3 configurations and back, with a qualifier in the ARN', () => {
    const config = toConfiguration({ id: '', events: ['s3:ObjectCreated:Put'], prefix: '', suffix: '.txt', functionName: 'f', qualifier: 'live' });
    expect(config).toEqual({ LambdaFunctionArn: functionArn('f', 'live'), Events: ['s3:ObjectCreated:Put'], Filter: { Key: { FilterRules: [{ Name: 'suffix', Value: '.txt' }] } } });
    expect(toRow({ ...config, Id: 'x' })).toMatchObject({ functionName: 'f', qualifier: 'live', suffix: '.txt', prefix: '' });
  });
});
