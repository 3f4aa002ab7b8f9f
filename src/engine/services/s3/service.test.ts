import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../testing/fake-ports';
import type { BucketDef, LambdaTarget } from './definitions';
import type { S3Event } from './event-record';
import { MemoryObjectStore } from './memory-object-store';
import { createS3Service } from './service';
import { omit, sampleRecord, VOLATILE } from './test-samples';

/** A bucket as a project document would carry it, named and configured like the SAM samples. */
const project: BucketDef = {
  name: 'example-bucket',
  creationDate: Date.UTC(2026, 0, 1),
  notificationConfiguration: {
    LambdaFunctionConfigurations: [{ Id: 'testConfigRule', LambdaFunctionArn: 'thumbnailer', Events: ['s3:ObjectCreated:*', 's3:ObjectRemoved:*'] }],
  },
  seedObjects: [{ key: 'welcome.txt', body: 'hi' }],
};

function setup() {
  const clock = new ManualClock();
  const sent: Array<{ target: LambdaTarget; event: S3Event }> = [];
  let changes = 0;
  const s3 = createS3Service({ store: new MemoryObjectStore(), clock, notify: (target, event) => sent.push({ target, event }), changed: () => changes++ });
  return { s3, sent, clock, changes: () => changes };
}

describe('the S3 service end to end', () => {
  it('imports a project bucket, seeds it quietly, and triggers its function like the SAM samples', async () => {
    const { s3, sent } = setup();
    await s3.importBucket(structuredClone(project));
    expect(s3.listBucketDefs().map((b) => b.name)).toEqual(['example-bucket']);
    expect((await s3.listObjectsV2({ Bucket: 'example-bucket' })).Contents?.map((c) => c.Key)).toEqual(['welcome.txt']);
    expect(sent).toEqual([]); // seeding is not an upload

    // The sample's object: 1024 bytes under test/key, by the sample's principal.
    const caller = { principalId: 'EXAMPLE', sourceIPAddress: '127.0.0.1' };
    const put = await s3.putObject({ Bucket: 'example-bucket', Key: 'test/key', Body: new Uint8Array(1024) }, caller);
    await s3.deleteObject({ Bucket: 'example-bucket', Key: 'test/key' }, caller);
    expect(sent.map((s) => s.target)).toEqual([{ functionName: 'thumbnailer' }, { functionName: 'thumbnailer' }]);

    const [created, removed] = sent.map((s) => s.event.Records[0]!);
    const putSample = sampleRecord('aws-sam-cli/S3Put.json');
    const ignore = [...VOLATILE, 's3.object.eTag'];
    expect(omit(created, ignore)).toEqual(omit(putSample, ignore));
    expect(created!.s3.object.eTag).toBe(put.ETag.replace(/"/g, ''));
    expect(created!.s3.object.eTag).toMatch(/^[0-9a-f]{32}$/);
    expect(omit(removed, VOLATILE)).toEqual(omit(sampleRecord('aws-sam-cli/S3Delete.json'), VOLATILE));
    expect(removed!.s3.object.sequencer > created!.s3.object.sequencer).toBe(true);
    // What Lambda will receive must survive JSON, as an invocation payload does.
    expect(JSON.parse(JSON.stringify(sent[0]!.event))).toEqual(sent[0]!.event);
  });

  it('announces definition changes (for saving the project) but not object writes', async () => {
    const { s3, changes } = setup();
    await s3.createBucket({ Bucket: 'my-bucket' });
    await s3.putBucketNotificationConfiguration({ Bucket: 'my-bucket', NotificationConfiguration: {} });
    await s3.putObject({ Bucket: 'my-bucket', Key: 'k', Body: 'v' });
    await s3.deleteObject({ Bucket: 'my-bucket', Key: 'k' });
    await s3.deleteBucket({ Bucket: 'my-bucket' });
    expect(changes()).toBe(3);
  });

  it('exports definitions that import again unchanged', async () => {
    const { s3 } = setup();
    await s3.importBucket(structuredClone(project));
    const saved = JSON.parse(JSON.stringify(s3.listBucketDefs())) as BucketDef[];
    const other = setup();
    for (const def of saved) await other.s3.importBucket(def);
    expect(other.s3.listBucketDefs()).toEqual(s3.listBucketDefs());
  });
});
