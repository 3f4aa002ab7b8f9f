// The S3 service as the engine exposes it: the project's bucket definitions and the S3 API operations.
import type { Clock, ObjectStore } from '../../ports';
import { BucketRegistry } from './bucket-registry';
import type { LambdaTarget } from './definitions';
import type { RequestIdentity, S3Event } from './event-record';
import { S3Service } from './s3-service';

export interface S3Deps {
  store: ObjectStore;
  clock: Clock;
  /** Delivers an S3 event to a function; the engine wires it to an asynchronous invocation. */
  notify: (target: LambdaTarget, event: S3Event, identity: RequestIdentity) => void;
  /** Called after any bucket definition changes (to save the project, refresh the UI). */
  changed: () => void;
  /** Called after objects of a bucket change (runtime state, not the project document). */
  objectsChanged?: (bucket: string) => void;
  /** Whether S3 may invoke a destination for a bucket (a reason when not); checked on save. */
  checkDestination?: (target: LambdaTarget, bucket: string) => string | undefined;
}

/** Creates the service over an object store. */
export function createS3Service(deps: S3Deps) {
  const registry = new BucketRegistry(deps.store, () => deps.clock.now(), deps.changed);
  const s3 = new S3Service({ registry, store: deps.store, clock: deps.clock, notify: deps.notify, objectsChanged: deps.objectsChanged, checkDestination: deps.checkDestination });
  return {
    /** The project's bucket definitions, in name order (what the project document stores). */
    listBucketDefs: () => registry.list(),
    findBucketDef: (name: string) => registry.find(name),
    /** Restores a saved bucket; seeds its objects the first time this store sees it. */
    importBucket: registry.import.bind(registry),
    createBucket: s3.createBucket.bind(s3),
    deleteBucket: s3.deleteBucket.bind(s3),
    headBucket: s3.headBucket.bind(s3),
    listBuckets: s3.listBuckets.bind(s3),
    putBucketNotificationConfiguration: s3.putBucketNotificationConfiguration.bind(s3),
    getBucketNotificationConfiguration: s3.getBucketNotificationConfiguration.bind(s3),
    putObject: s3.putObject.bind(s3),
    getObject: s3.getObject.bind(s3),
    headObject: s3.headObject.bind(s3),
    deleteObject: s3.deleteObject.bind(s3),
    deleteObjects: s3.deleteObjects.bind(s3),
    copyObject: s3.copyObject.bind(s3),
    listObjectsV2: s3.listObjectsV2.bind(s3),
  };
}

export type S3ServiceApi = ReturnType<typeof createS3Service>;
