// The engine's ports: everything it needs from the outside world, implemented by platform/
// in the browser and by plain fakes or the worker factories themselves in unit tests.
import type { Diagnostic, LambdaErrorPayload, RuntimeLogLine, TmpChange } from './lambda/runtime-protocol';
import type { SdkCallHandler } from './sdk/types';

export type { Diagnostic };

/** What to compile: a function's files and the module its handler names (e.g. `src/app`). */
export interface CompileRequest {
  files: Record<string, string>;
  entryModule: string;
  /** esbuild target, e.g. `node22`. */
  target: string;
}

/** A compiled bundle (CommonJS, run as a classic script) or the diagnostics that stopped it. */
export type CompileResult =
  | { ok: true; code: string; map: string; warnings: Diagnostic[] }
  | { ok: false; errors: Diagnostic[]; warnings: Diagnostic[] };

/** Turns source files into a bundle; implemented by the esbuild-wasm worker. */
export interface Compiler {
  compile(request: CompileRequest): Promise<CompileResult>;
}

/** What an environment needs to run its INIT phase. */
export interface SandboxInit {
  code: string;
  map: string;
  handler: string;
  runtime: string;
  functionName: string;
  functionVersion: string;
  memoryLimitInMB: number;
  logGroupName: string;
  logStreamName: string;
  environment: Record<string, string>;
  /** The function's code, readable under /var/task. */
  taskFiles: Record<string, string>;
  /** The ephemeral-storage setting: the size of /tmp in MB. */
  ephemeralStorageMB: number;
}

/** One invocation request as the runtime API hands it to an environment. */
export interface SandboxInvoke {
  requestId: string;
  payload: string;
  invokedFunctionArn: string;
  /** Epoch milliseconds at which the invocation times out. */
  deadline: number;
  /** The X-Ray trace header, set as `_X_AMZN_TRACE_ID` for this invocation. */
  traceId?: string;
}

export type SandboxInitResult =
  | { status: 'ok'; initDurationMs: number }
  | { status: 'error'; error: LambdaErrorPayload; initDurationMs: number };

/** What /tmp looks like after an invocation, and what changed in it. */
export interface TmpReport {
  usage: { bytes: number; files: number };
  changes: TmpChange[];
}

export type SandboxInvokeResult =
  | { status: 'ok'; payload: string; durationMs: number; memoryUsedMB: number; tmp?: TmpReport }
  | {
      status: 'error';
      tmp?: TmpReport;
      error: LambdaErrorPayload;
      durationMs: number;
      memoryUsedMB: number;
      /** The environment crashed (e.g. unhandled rejection) and must not be reused. */
      fatal: boolean;
    };

/** One execution environment: a Web Worker in the browser, in-process in unit tests. */
export interface Sandbox {
  /** Settles once the environment's runtime is up and listening (or can never be); left out where starting is immediate. */
  started?: Promise<void>;
  init(request: SandboxInit): Promise<SandboxInitResult>;
  invoke(request: SandboxInvoke): Promise<SandboxInvokeResult>;
  /** Stops the environment at once, whatever it is doing. */
  dispose(): void;
}

/**
 * Starts execution environments; `onLog` receives every line the handler's console writes, and
 * `onSdkCall` every AWS SDK call its code makes (without it, such calls fail in the environment).
 */
export interface SandboxFactory {
  create(onLog: (line: RuntimeLogLine) => void, onSdkCall?: SdkCallHandler): Sandbox;
}

/** Time as the engine sees it; tests substitute a controllable clock. */
export interface Clock {
  /** Wall-clock epoch milliseconds. */
  now(): number;
  /** Runs `fn` after `ms` milliseconds; returns a function that cancels it. */
  setTimer(ms: number, fn: () => void): () => void;
}

/** Where the host keeps each environment's /tmp (IndexedDB in the browser). */
export interface TmpStore {
  apply(environmentId: string, changes: TmpChange[]): Promise<void>;
  /** Forgets an environment's /tmp when the environment ends. */
  drop(environmentId: string): Promise<void>;
}

/** A bucket as the object store records it; objects are stored only in recorded buckets. */
export interface BucketRecord {
  name: string;
  /** Epoch milliseconds. */
  creationDate: number;
}

/** Everything S3 keeps about an object besides its bytes. */
export interface ObjectMeta {
  bucket: string;
  key: string;
  /** Bytes. */
  size: number;
  /** Quoted hex MD5 for single-part uploads, as S3 shows it: `"d41d8cd98f00b204e9800998ecf8427e"`. */
  etag: string;
  /** Epoch milliseconds. */
  lastModified: number;
  contentType: string;
  /** User metadata (`x-amz-meta-*`) with lower-case names. */
  metadata: Record<string, string>;
  cacheControl?: string;
  contentDisposition?: string;
  contentEncoding?: string;
  contentLanguage?: string;
}

/** A byte range of an object: `start` inclusive, `end` exclusive (as `Blob.slice`). */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * Where S3 object bytes and metadata live: IndexedDB in the browser, memory in tests and Node.
 * Bodies are Blobs (Node 20 has them too) so a tens-of-MB object is never copied to be stored,
 * listed, copied to another key or read in part: IndexedDB keeps Blobs natively and `slice` is lazy.
 */
export interface ObjectStore {
  /** Records a bucket; a no-op if it is recorded already. */
  createBucket(record: BucketRecord): Promise<void>;
  /** Forgets a bucket and every object in it. */
  deleteBucket(name: string): Promise<void>;
  listBuckets(): Promise<BucketRecord[]>;
  /** Stores an object, replacing any object with the same bucket and key. */
  putObject(meta: ObjectMeta, body: Blob): Promise<void>;
  headObject(bucket: string, key: string): Promise<ObjectMeta | undefined>;
  /** An object's metadata and its bytes, or just the bytes in `range` (already checked against the size). */
  getObject(bucket: string, key: string, range?: ByteRange): Promise<{ meta: ObjectMeta; body: Blob } | undefined>;
  /** Removes an object; answers what was removed, if anything. */
  deleteObject(bucket: string, key: string): Promise<ObjectMeta | undefined>;
  /**
   * A bucket's objects in UTF-8 binary key order (S3's listing order), keys starting with
   * `prefix`, strictly after `startAfter`, at most `limit` of them.
   */
  listObjects(bucket: string, options?: { prefix?: string; startAfter?: string; limit?: number }): Promise<ObjectMeta[]>;
}

/** One change to a table's stored items: `item` undefined deletes the key. */
export interface StoredItemChange {
  /** The key's identifying text (see services/dynamodb/keys.ts keyId). */
  key: string;
  item?: Record<string, unknown>;
}

/** Where DynamoDB keeps items (IndexedDB in the browser), per table; the engine reads them once, at restore. */
export interface ItemStore {
  /** Every item of a table, or undefined when the table was never created in this store (so seed items go in once). */
  load(table: string): Promise<Array<[string, Record<string, unknown>]> | undefined>;
  /** Records that the table exists, with no items. */
  create(table: string): Promise<void>;
  apply(table: string, changes: StoredItemChange[]): Promise<void>;
  /** Forgets the table and its items. */
  drop(table: string): Promise<void>;
}
