import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/engine';
import { BucketList } from './bucket-list.svelte';
import { formatBytes, triggerFailureText } from './s3-messages';
import { testEngine } from '../shared/state-test-engine';

let engine: Engine;
let notices: string[];
let list: BucketList;
beforeEach(async () => {
  engine = await testEngine();
  notices = [];
  list = new BucketList(engine, (kind, text) => notices.push(`${kind}: ${text}`));
});
afterEach(() => engine.dispose());

describe('bucket list', () => {
  it('says which of S3 naming rules a name breaks, as it is typed and when S3 refuses it', async () => {
    expect(list.nameProblem('')).toBeUndefined();
    expect(list.nameProblem('Photos')).toContain('lowercase letters');
    expect(list.nameProblem('my..bucket')).toBe('Bucket names must not contain two adjacent periods.');
    expect(await list.create('192.168.1.1')).toBe('InvalidBucketName: The specified bucket is not valid. Bucket names must not be formatted as an IP address.');
    expect(list.buckets).toEqual([]);
  });

  it('creates and selects a bucket, and refuses the same name again with S3 error', async () => {
    expect(await list.create('photos')).toBeUndefined();
    expect(list.buckets.map((b) => b.name)).toEqual(['photos']);
    expect(list.selected).toBe('photos');
    expect(await list.create('photos')).toMatch(/^BucketAlreadyOwnedByYou: /);
  });

  it('follows buckets made elsewhere (the scripting API), and drops the selection of one deleted', async () => {
    await engine.s3.createBucket({ Bucket: 'from-script' });
    expect(list.buckets.map((b) => b.name)).toEqual(['from-script']);
    list.selected = 'from-script';
    await engine.s3.deleteBucket({ Bucket: 'from-script' });
    expect(list.selected).toBeUndefined();
  });

  it('refuses to delete a bucket with objects (BucketNotEmpty), and empties then deletes it when asked', async () => {
    await list.create('logs');
    for (let i = 0; i < 3; i++) await engine.s3.putObject({ Bucket: 'logs', Key: `a/${i}.txt`, Body: 'x' });
    const refused = await list.delete('logs');
    expect(refused).toEqual({ code: 'BucketNotEmpty', message: 'BucketNotEmpty: The bucket you tried to delete is not empty' });
    expect(await list.emptyAndDelete('logs')).toBeUndefined();
    expect(list.buckets).toEqual([]);
    expect(notices).toContain('info: Deleted the bucket logs.');
  });

  it('turns a failed S3 delivery into an error notice naming the bucket and the function', () => {
    engine.events.emit({ type: 'trigger-failed', source: 's3:photos', functionName: 'thumbs', message: 'S3 may not invoke thumbs.', time: 0 });
    expect(notices).toEqual(['error: S3 bucket photos could not invoke thumbs: S3 may not invoke thumbs.']);
    expect(triggerFailureText('events:nightly', 'f', 'x')).toBe('events:nightly could not invoke f: x');
  });

  it('keeps one browser and one notification editor per bucket', async () => {
    await list.create('a-bucket');
    expect(list.browser('a-bucket')).toBe(list.browser('a-bucket'));
    expect(list.notifications('a-bucket')).toBe(list.notifications('a-bucket'));
  });

  it('formats sizes as the console does', () => {
    expect([formatBytes(0), formatBytes(1023), formatBytes(1536), formatBytes(25 * 1024 * 1024)]).toEqual(['0 B', '1023 B', '1.5 KB', '25.0 MB']);
  });
});
