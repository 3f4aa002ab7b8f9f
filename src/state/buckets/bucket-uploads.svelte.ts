// Uploads into one bucket: each file is one PutObject of the File itself (a Blob, never read into
// a string), a few at a time, with each file's state and the batch's progress for the UI.
import type { Engine } from '../../engine/engine';
import { describeS3Error } from './s3-messages';

export type UploadState = 'waiting' | 'uploading' | 'done' | 'failed';

export interface UploadItem {
  id: number;
  name: string;
  key: string;
  size: number;
  state: UploadState;
  error?: string;
}

interface Job {
  id: number;
  key: string;
  file: Blob;
  contentType: string;
  done: () => void;
}

/**
 * Files uploaded at once. PutObject hashes the body for its ETag and writes it to IndexedDB, so a
 * few in parallel keep the disk busy without a dozen 50 MB hashes competing for the main thread.
 */
const PARALLEL = 3;

export class BucketUploads {
  items = $state.raw<UploadItem[]>([]);
  readonly active = $derived(this.items.filter((i) => i.state === 'waiting' || i.state === 'uploading').length);
  /** Progress of the uploads on the list: files finished (done or failed) and their bytes. */
  readonly progress = $derived.by(() => {
    const finished = this.items.filter((i) => i.state === 'done' || i.state === 'failed');
    return {
      finished: finished.length,
      total: this.items.length,
      bytesFinished: finished.reduce((sum, i) => sum + i.size, 0),
      bytesTotal: this.items.reduce((sum, i) => sum + i.size, 0),
    };
  });

  readonly #queue: Job[] = [];
  #running = 0;
  #nextId = 0;

  constructor(
    private readonly s3: Engine['s3'],
    private readonly bucket: string,
  ) {}

  /**
   * Uploads files into a folder (`prefix`, '' for the top level); a file picked with its folder
   * keeps its relative path. Resolves when all of them have finished, whether or not they failed.
   */
  add(files: ArrayLike<File>, prefix: string): Promise<void> {
    const added: Promise<void>[] = [];
    const items: UploadItem[] = [];
    for (const file of Array.from(files)) {
      const id = ++this.#nextId;
      const key = `${prefix}${file.webkitRelativePath || file.name}`;
      items.push({ id, name: file.name, key, size: file.size, state: 'waiting' });
      added.push(new Promise((done) => this.#queue.push({ id, key, file, contentType: file.type, done })));
    }
    // A new batch starts a new progress count once the previous one has finished.
    this.items = this.active === 0 ? items : [...this.items, ...items];
    this.#pump();
    return Promise.all(added).then(() => undefined);
  }

  /** Forgets finished uploads; otherwise they stay listed (failures with S3's error) until the next batch. */
  clearFinished(): void {
    this.items = this.items.filter((i) => i.state === 'waiting' || i.state === 'uploading');
  }

  #pump(): void {
    while (this.#running < PARALLEL && this.#queue.length) {
      const job = this.#queue.shift()!;
      this.#running++;
      void this.#run(job).finally(() => {
        this.#running--;
        job.done();
        this.#pump();
      });
    }
  }

  async #run(job: Job): Promise<void> {
    this.#update(job.id, { state: 'uploading' });
    try {
      // Without a type (an unknown extension) S3 stores binary/octet-stream, as on AWS.
      await this.s3.putObject({ Bucket: this.bucket, Key: job.key, Body: job.file, ...(job.contentType ? { ContentType: job.contentType } : {}) });
      this.#update(job.id, { state: 'done' });
    } catch (error) {
      this.#update(job.id, { state: 'failed', error: describeS3Error(error) });
    }
  }

  #update(id: number, patch: Partial<UploadItem>): void {
    this.items = this.items.map((i) => (i.id === id ? { ...i, ...patch } : i));
  }
}
