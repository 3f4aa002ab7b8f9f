// The playground's one IndexedDB database, with versioned upgrades.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ObjectMeta } from '../engine/ports';

/** One file or directory of an environment's /tmp, as the host keeps it. */
export interface TmpRecord {
  environmentId: string;
  path: string;
  type: 'file' | 'dir';
  data?: Blob;
  size: number;
  mtimeMs: number;
}

/** An S3 bucket the object store knows, per project (`scope`). */
export interface S3BucketRecord {
  scope: string;
  name: string;
  creationDate: number;
}

/** An S3 object: its metadata and its bytes as a Blob, which IndexedDB keeps natively. */
export interface S3ObjectRecord {
  scope: string;
  bucket: string;
  key: string;
  meta: ObjectMeta;
  body: Blob;
}

/** A saved project: its document (format `serverless-playground/project`) and list details. */
export interface ProjectRecord {
  id: string;
  name: string;
  /** Epoch milliseconds of the last save. */
  updatedAt: number;
  /** Bumped on every save, so two tabs on one project can tell the other one saved. */
  revision: number;
  doc: unknown;
}

/** A DynamoDB table the item store knows, per project (`scope`). */
export interface DynamoTableRecord {
  scope: string;
  name: string;
}

/** One DynamoDB item, under the text that identifies its key in its table. */
export interface DynamoItemRecord {
  scope: string;
  table: string;
  key: string;
  item: Record<string, unknown>;
}

export interface PlaygroundDB extends DBSchema {
  /** The version-1 workspace (key `current`) and small settings such as the last opened project. */
  workspace: { key: string; value: unknown };
  projects: { key: string; value: ProjectRecord; indexes: { byUpdated: number } };
  tmp: { key: [string, string]; value: TmpRecord; indexes: { byEnvironment: string } };
  s3Buckets: { key: [string, string]; value: S3BucketRecord; indexes: { byScope: string } };
  s3Objects: { key: [string, string, string]; value: S3ObjectRecord; indexes: { byBucket: [string, string] } };
  dynamoTables: { key: [string, string]; value: DynamoTableRecord };
  dynamoItems: { key: [string, string, string]; value: DynamoItemRecord };
}

const NAME = 'serverless-playground';
const VERSION = 4;
let db: Promise<IDBPDatabase<PlaygroundDB>> | undefined;

export function openDatabase(): Promise<IDBPDatabase<PlaygroundDB>> {
  db ??= openDB<PlaygroundDB>(NAME, VERSION, {
    upgrade(database, oldVersion) {
      if (oldVersion < 1) database.createObjectStore('workspace');
      if (oldVersion < 2) {
        const tmp = database.createObjectStore('tmp', { keyPath: ['environmentId', 'path'] });
        tmp.createIndex('byEnvironment', 'environmentId');
      }
      if (oldVersion < 3) {
        database.createObjectStore('projects', { keyPath: 'id' }).createIndex('byUpdated', 'updatedAt');
        database.createObjectStore('s3Buckets', { keyPath: ['scope', 'name'] }).createIndex('byScope', 'scope');
        database.createObjectStore('s3Objects', { keyPath: ['scope', 'bucket', 'key'] }).createIndex('byBucket', ['scope', 'bucket']);
      }
      if (oldVersion < 4) {
        database.createObjectStore('dynamoTables', { keyPath: ['scope', 'name'] });
        database.createObjectStore('dynamoItems', { keyPath: ['scope', 'table', 'key'] });
      }
    },
    // A newer release in another tab needs this connection closed to upgrade the database. Closing
    // it and reloading brings this tab onto that release too (autosave has kept its work), rather
    // than leaving the other tab waiting on a blank page.
    blocking(_current, _next, event) {
      (event.target as IDBDatabase).close();
      if (typeof location !== 'undefined') location.reload();
    },
    blocked() {
      console.warn('Serverless Playground: another tab with an older version holds the database; close it to continue.');
    },
  });
  return db;
}
