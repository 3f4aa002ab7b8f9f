import { describe, expect, it } from 'vitest';
import { BUCKET_OWNER_ID, eventRecord, s3Event, type ObjectChange, type S3EventRecord } from './event-record';
import { omit, sampleRecord, VOLATILE } from './test-samples';

const time = Date.UTC(2026, 10, 21, 12, 0, 0, 123);

/** A change described with the values the samples use. */
function change(eventName: string, overrides: Partial<ObjectChange> = {}): ObjectChange {
  return {
    eventName,
    bucket: 'example-bucket',
    key: 'test/key',
    size: 1024,
    etag: '"0123456789abcdef0123456789abcdef"',
    time,
    sequencer: '00692055C000000001',
    requestId: 'C3D13FE58DE4C810',
    hostId: 'FMyUVURIY8/IgAtTv8xRjskZQpcIZ9KG4V5Wp6S7S/JRWeUWerMUE5JgHvANOjpD',
    identity: { principalId: 'EXAMPLE', sourceIPAddress: '127.0.0.1' },
    ...overrides,
  };
}

/** The formats of the fields the comparisons leave out. */
function expectVolatileFormats(record: S3EventRecord) {
  expect(record.eventVersion).toBe('2.1');
  expect(record.eventTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  expect(record.responseElements['x-amz-request-id']).toMatch(/^[0-9A-F]{16}$/);
  expect(record.responseElements['x-amz-id-2']).toMatch(/^[A-Za-z0-9+/=]+$/);
  expect(record.s3.object.sequencer).toMatch(/^[0-9A-F]{18}$/);
  expect(record.s3.bucket.ownerIdentity.principalId).toMatch(/^A[0-9A-Z]+$/);
}

describe('event records against the official samples', () => {
  it('matches aws-sam-cli/S3Put.json field by field', () => {
    const sample = sampleRecord('aws-sam-cli/S3Put.json');
    const record = eventRecord(change('ObjectCreated:Put'), 'testConfigRule');
    expect(omit(record, VOLATILE)).toEqual(omit(sample, VOLATILE));
    // Same fields in the same order, down to the object.
    expect(JSON.stringify(Object.keys(record))).toBe(JSON.stringify(Object.keys(sample)));
    expect(Object.keys(record.s3.object)).toEqual(Object.keys(sample.s3.object));
    expectVolatileFormats(record);
    expect(record.eventTime).toBe('2026-11-21T12:00:00.123Z');
  });

  it('matches aws-sam-cli/S3Delete.json: no size and no eTag on deletes', () => {
    const sample = sampleRecord('aws-sam-cli/S3Delete.json');
    const record = eventRecord(change('ObjectRemoved:Delete', { size: undefined, etag: undefined }), 'testConfigRule');
    expect(omit(record, VOLATILE)).toEqual(omit(sample, VOLATILE));
    expect(Object.keys(record.s3.object)).toEqual(['key', 'sequencer']);
    expectVolatileFormats(record);
  });

  it('matches aws-lambda-go/s3-event.json except where that sample is not what S3 sends', () => {
    const sample = sampleRecord('aws-lambda-go/s3-event.json');
    const record = eventRecord(
      change('ObjectCreated:Put', { bucket: 'sourcebucket', key: 'Happy Face.jpg', etag: '"d41d8cd98f00b204e9800998ecf8427e"' }),
      'testConfigRule',
    );
    // Not what S3 sends: the sample's bucket ARN names another bucket ("mybucket"), its key encodes
    // the space as %20 where S3 writes "+", and it has a versionId, which unversioned buckets lack.
    const differs = ['s3.bucket.arn', 's3.object.key', 's3.object.versionId'];
    expect(omit(record, [...VOLATILE, ...differs])).toEqual(omit(sample, [...VOLATILE, ...differs]));
    expect(record.s3.bucket.arn).toBe('arn:aws:s3:::sourcebucket');
    expect(record.s3.object.key).toBe('Happy+Face.jpg');
    expect(decodeURIComponent(sample.s3.object.key)).toBe(decodeURIComponent(record.s3.object.key.replace(/\+/g, ' ')));
    expect(record.s3.object).not.toHaveProperty('versionId');
    expectVolatileFormats(record);
  });

  it('matches aws-lambda-go/s3-event-with-decoded.json, whose urlDecodedKey is added by the Go library, not S3', () => {
    const sample = sampleRecord('aws-lambda-go/s3-event-with-decoded.json') as S3EventRecord & { s3: { object: { urlDecodedKey?: string } } };
    const record = eventRecord(
      change('ObjectCreated:Put', { bucket: 'sourcebucket', key: 'Happy Face.jpg', etag: 'd41d8cd98f00b204e9800998ecf8427e' }),
      'testConfigRule',
    );
    const differs = ['s3.bucket.arn', 's3.object.key', 's3.object.versionId', 's3.object.urlDecodedKey'];
    expect(omit(record, [...VOLATILE, ...differs])).toEqual(omit(sample, [...VOLATILE, ...differs]));
    expect(record.s3.object).not.toHaveProperty('urlDecodedKey');
    expect(sample.s3.object.urlDecodedKey).toBe('Happy Face.jpg');
  });
});

describe('event records', () => {
  it('carries the unquoted eTag, the encoded key, the bucket ARN and the owner', () => {
    const record = eventRecord(change('ObjectCreated:Copy', { bucket: 'photos', key: 'in/red flower.jpg' }), 'thumbs');
    expect(record.eventName).toBe('ObjectCreated:Copy');
    expect(record.s3).toMatchObject({
      configurationId: 'thumbs',
      bucket: { name: 'photos', arn: 'arn:aws:s3:::photos', ownerIdentity: { principalId: BUCKET_OWNER_ID } },
      object: { key: 'in/red+flower.jpg', size: 1024, eTag: '0123456789abcdef0123456789abcdef' },
    });
    expect(record.awsRegion).toBe('us-east-1');
  });

  it('wraps one record per event', () => {
    const event = s3Event(change('ObjectRemoved:Delete'), 'c');
    expect(event.Records).toHaveLength(1);
    expect(JSON.parse(JSON.stringify(event))).toEqual(event);
  });
});
