// The S3 event notifications deliver to Lambda, `{ Records: [record] }`, field for field as S3 writes it.
import { ACCOUNT_ID, REGION } from '../../ids';
import { encodeEventKey } from './event-key';

export interface S3EventRecord {
  eventVersion: string;
  eventSource: 'aws:s3';
  awsRegion: string;
  eventTime: string;
  eventName: string;
  userIdentity: { principalId: string };
  requestParameters: { sourceIPAddress: string };
  responseElements: { 'x-amz-request-id': string; 'x-amz-id-2': string };
  s3: {
    s3SchemaVersion: '1.0';
    configurationId: string;
    bucket: { name: string; ownerIdentity: { principalId: string }; arn: string };
    object: { key: string; size?: number; eTag?: string; versionId?: string; sequencer: string };
  };
}

/** What Lambda receives from S3. */
export interface S3Event {
  Records: S3EventRecord[];
}

/**
 * The owner's ID as S3 puts it in `ownerIdentity` (an Amazon customer ID, upper-case letters and
 * digits, like AWS's `A3NL1KOZZKExample`); the account owns every bucket of the playground.
 */
export const BUCKET_OWNER_ID = `A${ACCOUNT_ID}PLAYGRND`;

/** Who made a request: the playground user by default, a function's role for SDK calls. */
export interface RequestIdentity {
  /** `AWS:<IAM unique id>` for users, `AWS:<role id>:<session>` for roles. */
  principalId: string;
  sourceIPAddress: string;
  /**
   * The recursion chain of the invocation that made the request (SDK calls from a handler), passed
   * through to the notified function so a function writing into its own trigger bucket is stopped.
   */
  chain?: unknown;
}

/** The playground's own user, an IAM user as the console would have it (the docs' example id). */
export const CONSOLE_IDENTITY: RequestIdentity = { principalId: 'AWS:AIDAJDPLRKLG7UEXAMPLE', sourceIPAddress: '127.0.0.1' };

/** One change to describe. */
export interface ObjectChange {
  /** Without the `s3:` prefix, e.g. `ObjectCreated:Put`. */
  eventName: string;
  bucket: string;
  key: string;
  /** Created objects only; S3 leaves size and eTag out of ObjectRemoved records. */
  size?: number;
  /** Quoted or not; the record carries it unquoted. */
  etag?: string;
  /** Epoch milliseconds when S3 finished the request. */
  time: number;
  sequencer: string;
  requestId: string;
  hostId: string;
  identity: RequestIdentity;
}

/**
 * Builds the record for one configuration, after the AWS docs' "Event message structure".
 * `eventVersion` is 2.1, which S3 uses for object created and removed events (the samples in
 * aws-lambda-go and SAM still say 2.0); `versionId` appears only for versioned buckets, which the
 * playground does not simulate.
 */
export function eventRecord(change: ObjectChange, configurationId: string): S3EventRecord {
  const key = encodeEventKey(change.key);
  // Property order as in the SAM samples: key, size, eTag, sequencer.
  const object: S3EventRecord['s3']['object'] = change.eventName.startsWith('ObjectCreated:')
    ? { key, size: change.size ?? 0, eTag: (change.etag ?? '').replace(/"/g, ''), sequencer: change.sequencer }
    : { key, sequencer: change.sequencer };
  return {
    eventVersion: '2.1',
    eventSource: 'aws:s3',
    awsRegion: REGION,
    eventTime: new Date(change.time).toISOString(),
    eventName: change.eventName,
    userIdentity: { principalId: change.identity.principalId },
    requestParameters: { sourceIPAddress: change.identity.sourceIPAddress },
    responseElements: { 'x-amz-request-id': change.requestId, 'x-amz-id-2': change.hostId },
    s3: {
      s3SchemaVersion: '1.0',
      configurationId,
      bucket: { name: change.bucket, ownerIdentity: { principalId: BUCKET_OWNER_ID }, arn: `arn:aws:s3:::${change.bucket}` },
      object,
    },
  };
}

/** S3 sends one record per event. */
export const s3Event = (change: ObjectChange, configurationId: string): S3Event => ({ Records: [eventRecord(change, configurationId)] });
